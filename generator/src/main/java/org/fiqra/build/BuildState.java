package org.fiqra.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic;
import org.fiqra.model.Document;

/**
 * What one build leaves for the next in the same process (the preview server), so that the next one
 * redoes only what changed:
 * <ul>
 *   <li>each source file as last read, with the document parsed from it and what the parser reported, so
 *       an unchanged file is not parsed again;</li>
 *   <li>the fingerprint of every page written (a digest of its template, page frame and view): a page
 *       whose fingerprint is the same is neither rendered nor written again;</li>
 *   <li>every file of the published site, so that files the new build no longer makes are deleted;</li>
 *   <li>the inline renderer of each language, with its memo of texts already rendered.</li>
 * </ul>
 * A build that fails halfway through writing marks the state unusable, and the next build is full again.
 * Not thread-safe: one build at a time.
 */
public final class BuildState {
    /** A source file parsed once: its document and what parsing it reported. */
    record Parsed(Document document, List<Diagnostic> diagnostics) {
    }

    final Map<SourceFile, Parsed> parsed = new ConcurrentHashMap<>();
    final Map<org.fiqra.render.Language, org.fiqra.render.InlineRenderer> inline = new ConcurrentHashMap<>();
    Map<String, Fingerprint> pages = Map.of();
    Set<String> files = Set.of();
    boolean usable;

    /** True once a build has published a site that this state describes. */
    public boolean usable() {
        return usable;
    }

    /** Forgets the site: the next build is a full one. */
    public void invalidate() {
        usable = false;
        pages = Map.of();
        files = Set.of();
    }

    /** Forgets parsed files that are no longer sources, so the cache does not grow with every edit. */
    void keepOnly(Set<SourceFile> sources) {
        parsed.keySet().retainAll(sources);
    }

    /** A digest of what a page is made from; equal fingerprints render equal bytes. */
    record Fingerprint(long high, long low) {
    }
}
