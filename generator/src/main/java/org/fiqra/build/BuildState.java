package org.fiqra.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostics;
import org.fiqra.index.Indexes;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.model.Document;
import org.fiqra.parse.DocumentParser;

/**
 * What one build leaves for the next in the same process (the preview server), so that the next one
 * redoes only what changed:
 * <ul>
 *   <li>each source file as last read (read again when its size or time of change differ), with the document parsed from it and what the parser reported, so
 *       an unchanged file is not parsed again;</li>
 *   <li>the fingerprint of every page on disk (a digest of its template, page frame and view): a page
 *       whose fingerprint is the same is neither rendered nor written again. It is updated page by page as
 *       pages are written, so it describes the disk even when a build stops halfway;</li>
 *   <li>every file of the published site, so that files the new build no longer makes are deleted;</li>
 *   <li>what linking read of each document ({@link org.fiqra.link.Linker.Memo}), and the related clauses with
 *       a digest of what they were computed from ({@link org.fiqra.index.Indexer.Memo}), and a digest of each
 *       search index as written ({@link SearchEntries.Memo});</li>
 *   <li>the inline renderer of each language, with its memo of texts already rendered;</li>
 *   <li>the corpus the site on disk was last rendered from, which a {@link QuickPreview} of one edited
 *       document renders against, and the pages such a preview wrote, which the next build checks.</li>
 * </ul>
 * A build that fails halfway through writing marks the state unusable, and the next build is full again.
 * Not thread-safe: one build at a time.
 */
public final class BuildState {
    /** A source file parsed once: its document and what parsing it reported. */
    record Parsed(Document document, List<Diagnostic> diagnostics) {
    }

    /** What the pages were last rendered from: the stages' results of the build, and the data files. */
    record Corpus(List<Document> documents, Map<String, Document> english, LinkedCorpus linked, Indexes indexes,
                  Bodies bodies) {
    }

    final Map<java.nio.file.Path, ContentLoader.Read> reads = new ConcurrentHashMap<>();
    final Map<SourceFile, Parsed> parsed = new ConcurrentHashMap<>();
    final org.fiqra.link.Linker.Memo links = new org.fiqra.link.Linker.Memo();
    final org.fiqra.index.Indexer.Memo related = new org.fiqra.index.Indexer.Memo();
    final SearchEntries.Memo search = new SearchEntries.Memo();
    final org.fiqra.render.InlineRenderer inline = new org.fiqra.render.InlineRenderer(true);
    final Map<String, Fingerprint> pages = new ConcurrentHashMap<>();
    final Set<String> files = ConcurrentHashMap.newKeySet();
    /** Pages a quick preview wrote that no check has read yet. */
    final Set<String> unchecked = ConcurrentHashMap.newKeySet();
    Corpus corpus;
    boolean usable;

    /** True once a build has published a site that this state describes. */
    public boolean usable() {
        return usable;
    }

    /** Forgets the site: the next build is a full one. */
    public void invalidate() {
        usable = false;
        pages.clear();
        files.clear();
        unchecked.clear();
        corpus = null;
    }

    /** Forgets files that are no longer sources, so the caches do not grow with every edit. */
    void keepOnly(Set<SourceFile> sources) {
        parsed.keySet().retainAll(sources);
        reads.values().removeIf(r -> r.source().isEmpty() || !sources.contains(r.source().get()));
    }

    /** The document of {@code source}, parsed now or taken from the last build if the file is unchanged. */
    Parsed parse(SourceFile source) {
        return parsed.computeIfAbsent(source, BuildState::parseNow);
    }

    /** The document of {@code source}, parsed now, with what the parser reported of it. */
    static Parsed parseNow(SourceFile source) {
        Diagnostics own = new Diagnostics();
        return new Parsed(DocumentParser.parse(source, own), own.all());
    }

    /** A digest of what a page is made from; equal fingerprints render equal bytes. */
    record Fingerprint(long high, long low) {
    }
}
