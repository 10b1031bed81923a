package org.fiqra.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostics;
import org.fiqra.index.Indexer;
import org.fiqra.index.Indexes;
import org.fiqra.link.EnglishReferences;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Linker;
import org.fiqra.model.Document;
import org.fiqra.render.Language;
import org.fiqra.render.Messages;
import org.fiqra.render.SiteRenderer;
import org.fiqra.render.ViewBuilder;

/**
 * The preview's first answer to an edit: the pages of the edited documents themselves (their page, their
 * clauses' pages, their parallel text, in both languages), rendered within a moment against the corpus the
 * site was last rendered from, so the editor sees the edit before the build that redoes the rest of the site
 * (listings, citators, topics, related clauses, search) has ended.
 *
 * <p>It previews the edited texts that were already in the corpus, whose symbols are unchanged and that parse
 * without errors; every other change (a new or deleted file, a template, a data file, an error) is left to
 * the full build, which always follows. What it renders is the full build's page, with two exceptions the
 * full build then corrects: an edited clause keeps the related clauses it had (a new clause has none yet),
 * and the lists of clauses by topic and by verb are the last build's.
 */
public final class QuickPreview {
    private QuickPreview() {
    }

    /**
     * Renders the own pages of the documents of {@code changed} (absolute paths of source files) over the site
     * that {@code state} describes; empty, having written nothing, when this change is not one it previews.
     */
    public static Optional<BuildResult> run(BuildRequest request, BuildState state, Set<Path> changed) {
        if (!state.usable() || state.corpus == null || changed.isEmpty()) return Optional.empty();
        long started = System.nanoTime();
        BuildState.Corpus corpus = state.corpus;
        Diagnostics diagnostics = new Diagnostics();
        Path arabicFolder = new ContentLoader(request.content(), diagnostics).arabicFolder();
        Map<String, Document> arabic = new HashMap<>();
        corpus.documents().forEach(d -> arabic.put(d.slug(), d));

        Map<Document, Document> replaced = new IdentityHashMap<>();
        Map<String, Document> english = new HashMap<>(corpus.english());
        Set<String> slugs = new java.util.TreeSet<>();
        for (Path file : changed) {
            Diagnostics own = new Diagnostics();
            Optional<SourceFile> source = new ContentLoader(request.content(), own, state.reads).source(file);
            if (source.isEmpty() || own.hasErrors()) continue;
            BuildState.Parsed parsed = state.parse(source.get());
            Document now = parsed.document();
            Document ar = arabic.get(now.slug());
            if (ar == null || !ar.symbol().equals(now.symbol())
                    || parsed.diagnostics().stream().anyMatch(d -> d.severity() == org.fiqra.diag.Severity.ERROR)) {
                continue;
            }
            if (file.getParent().equals(arabicFolder)) {
                replaced.put(ar, now);
            } else if (english.containsKey(now.slug())) {
                english.put(now.slug(), now);
            } else {
                continue;
            }
            parsed.diagnostics().forEach(diagnostics::add);
            slugs.add(now.slug());
        }
        if (slugs.isEmpty()) return Optional.empty();
        List<Document> documents = new ArrayList<>(corpus.documents());
        documents.replaceAll(d -> replaced.getOrDefault(d, d));
        LinkedCorpus linked = EnglishReferences.add(replaced.isEmpty() ? corpus.linked()
                : Linker.relink(corpus.linked(), documents, replaced, diagnostics), documents, english);
        Indexes indexes = replaced.isEmpty() ? corpus.indexes() : Indexer.reindex(corpus.indexes(), replaced, linked, diagnostics);

        SiteOutput out = SiteOutput.preview(request.output(), state, request.templates());
        SiteRenderer renderer = new SiteRenderer(request.templates());
        for (Language lang : Language.values()) {
            Messages msg = Messages.load(request.templates(), lang.code());
            ViewBuilder views = new ViewBuilder(lang, msg, SiteBuild.inlineRenderer(state),
                    d -> corpus.bodies().name(d, lang.code()), linked, indexes, english);
            SiteBuild.Pages pages = new SiteBuild.Pages(renderer, lang, msg, out, request.baseUrl());
            slugs.parallelStream().forEach(slug -> SiteBuild.documentPages(pages, views, msg, english,
                    linked.bySymbol().get(arabic.get(slug).symbol())));
        }
        state.corpus = new BuildState.Corpus(documents, english, linked, indexes, corpus.bodies());
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("preview " + String.join(", ", slugs), (System.nanoTime() - started) / 1_000_000);
        return Optional.of(new BuildResult(documents.size(), state.pages.size(), out.renderedCount(), diagnostics.all(), true,
                timings, out.changedPages(), false, List.of()));
    }
}
