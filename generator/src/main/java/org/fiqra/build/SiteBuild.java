package org.fiqra.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fiqra.check.Checks;
import org.fiqra.check.WrittenSite;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.FiqraException;
import org.fiqra.diag.Severity;
import org.fiqra.diag.SourcePosition;
import org.fiqra.index.Glossary;
import org.fiqra.index.Indexer;
import org.fiqra.index.Indexes;
import org.fiqra.index.Topics;
import org.fiqra.link.Instruments;
import org.fiqra.link.EnglishReferences;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Linker;
import org.fiqra.model.Document;
import org.fiqra.render.Addresses;
import org.fiqra.render.IndexViewBuilder;
import org.fiqra.render.InlineRenderer;
import org.fiqra.render.Language;
import org.fiqra.render.Messages;
import org.fiqra.render.PageKind;
import org.fiqra.render.SiteRenderer;
import org.fiqra.render.ViewBuilder;
import org.fiqra.render.Views;

/**
 * One build of the site: load → parse → link → index → render → check → publish. The site is written to a
 * staging folder beside the output and moved into place only when everything succeeded, so a
 * failed build leaves the previous site as it was.
 *
 * <p>Given a {@link BuildState} that an earlier build of the same process left, the build is incremental:
 * unchanged source files are not parsed again, and only pages whose view changed are rendered and written,
 * in place (see {@link SiteOutput}). The site it leaves is byte for byte the one a full build makes.
 */
public final class SiteBuild {
    /** The build report, written at the root of the site and printed to the console. */
    public static final String REPORT = "build-report.txt";

    private final BuildRequest request;
    private final BuildState state;
    /** Replaced, once, when documents are left out for their pages and the site is rendered again ({@link #leaveOut}). */
    private Diagnostics diagnostics = new Diagnostics();
    /** The errors that leave a document out (or, STRUCTURE_LOST, are published with it) instead of stopping the build. */
    private final DocumentFaults faults = new DocumentFaults();
    /** The documents being published; an empty corpus after leaving some out is not published. */
    private List<Document> documents = List.of();
    private SiteOutput out;
    /** The site being rendered, its pages checked as they come ({@link #checkAsRendered}), and whether any failed. */
    private WrittenSite rendering;
    private final java.util.concurrent.atomic.AtomicBoolean renderingFound = new java.util.concurrent.atomic.AtomicBoolean();
    private java.util.function.Consumer<String> progressSink;
    private java.time.Duration progressEvery = java.time.Duration.ofSeconds(5);
    private Progress progress = Progress.every(progressEvery, null);
    private java.util.function.BooleanSupplier cancelled = () -> false;

    public SiteBuild(BuildRequest request) {
        this(request, null);
    }

    /** A build that reuses what {@code state} kept of the last build, and leaves it for the next one. */
    public SiteBuild(BuildRequest request, BuildState state) {
        this.request = request;
        this.state = state;
    }

    /** Reports the stage and how many of its documents are done to {@code sink}, every {@code every}. */
    public SiteBuild reportingProgress(java.util.function.Consumer<String> sink, java.time.Duration every) {
        this.progressSink = sink;
        this.progressEvery = every;
        return this;
    }

    /**
     * Stops the build early, leaving the site as it is, when {@code cancelled} turns true: asked between
     * stages and between documents. An in-place build stopped while writing leaves the state true to the disk.
     */
    public SiteBuild cancelledWhen(java.util.function.BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        return this;
    }

    /** Thrown where the build notices it was cancelled. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private void stopIfCancelled() {
        if (cancelled.getAsBoolean()) throw new Cancelled();
    }

    /**
     * Runs the build. Problems in the content come back as diagnostics in the result: a document with an
     * error is left out and the others published (see {@link DocumentFaults}), and an error of the site, or
     * in a strict build any error or warning, stops it ({@link BuildResult#published()} false). A problem of
     * the environment (a folder that cannot be written) is thrown as a {@link FiqraException}.
     */
    public BuildResult run() {
        try (Progress p = Progress.every(progressEvery, progressSink)) {
            progress = p;
            return stages();
        } catch (Cancelled c) {
            if (out != null) {
                delete(out.files());
                if (!out.inPlace()) delete(out.pages());
            }
            return new BuildResult(0, 0, out == null ? 0 : out.renderedCount(), diagnostics.all(), false, progress.timings(),
                    out == null ? Set.of() : out.changedPages(), true, faults.leftOut());
        }
    }

    private BuildResult stages() {
        progress.stage("load", 0, "");
        ContentLoader loader = new ContentLoader(request.content(), diagnostics, state == null ? null : state.reads);
        List<SourceFile> sources = loader.sources();
        Bodies bodies = loader.bodies();
        Instruments instruments = loader.instruments();
        documents = parse(sources);
        List<SourceFile> englishSources = loader.englishSources();
        faults.unreadable(loader.unreadable());
        if (failed()) {
            return result(documents.size(), 0, false);
        }
        Map<String, Document> english = english(englishSources, documents);
        Topics topics = loader.topics();
        Glossary glossary = loader.glossary();
        if (state != null) state.keepOnly(new java.util.HashSet<>(concat(sources, englishSources)));
        // what reading the content reported: rendered again without some documents, the site reports the rest afresh
        List<Diagnostic> read = diagnostics.all();
        Rendering site;
        try {
            site = renderSite(english, instruments, topics, glossary, bodies);
            Map<String, List<Diagnostic>> failing = failingTheCheck(site.owners());
            if (!failing.isEmpty()) {
                abandon();
                english = leaveOut(failing, english, read);
                if (documents.isEmpty()) return result(0, 0, false);
                site = renderSite(english, instruments, topics, glossary, bodies);
            }
        } catch (FiqraException e) {
            abandon();
            if (!e.contentFault()) throw e;
            diagnostics.error(Code.TEMPLATE, SourcePosition.of(request.templates().getFileName() + ""), e.getMessage());
            return result(documents.size(), 0, false);
        }
        out.file(REPORT, report());
        if (failed()) {
            abandon();
            return result(documents.size(), site.pages(), false);
        }
        if (!out.inPlace()) {
            out.finish();
            publish(out.pages());
            if (state != null) state.search.published();
        }
        if (state != null) {
            state.corpus = new BuildState.Corpus(documents, english, site.linked(), site.indexes(), bodies);
            state.unchecked.clear();
        }
        return result(documents.size(), site.pages(), true);
    }

    /** The site rendered from {@link #documents}: the corpus linked and indexed, its pages, and which are a document's. */
    private record Rendering(LinkedCorpus linked, Indexes indexes, int pages, Map<String, Document> owners) {
    }

    /**
     * Links, indexes and renders {@link #documents}, and checks the pages written; an in-place build has
     * written over the site by then (see {@link SiteOutput}), a full one into its staging folder.
     */
    private Rendering renderSite(Map<String, Document> english, Instruments instruments, Topics topics, Glossary glossary,
                                 Bodies bodies) {
        stopIfCancelled();
        progress.stage("link", 0, "");
        LinkedCorpus linked = EnglishReferences.add(
                Linker.link(documents, instruments, diagnostics, state == null ? null : state.links), documents, english);
        stopIfCancelled();
        Indexes indexes = Indexer.index(documents, linked, topics, glossary, diagnostics,
                state == null ? null : state.related, new Indexer.Steps() {
                    @Override
                    public void step(String name, int clauses) {
                        progress.stage("index: " + name, clauses, "clauses");
                    }

                    @Override
                    public void done() {
                        progress.done();
                    }
                });
        stopIfCancelled();
        out = state != null && state.usable() && Files.isDirectory(request.output())
                ? SiteOutput.inPlace(request.output(), scratch(), state, request.templates())
                : SiteOutput.full(staging(), state, request.templates());
        if (request.check()) checkAsRendered();
        Map<String, Document> owners = new java.util.concurrent.ConcurrentHashMap<>();
        int pages = render(documents, english, linked, indexes, bodies, owners);
        stopIfCancelled();
        if (out.inPlace()) {
            out.finish();
            state.search.published();
        }
        if (request.check()) check();
        return new Rendering(linked, indexes, pages, owners);
    }

    /**
     * The documents to leave out for what the check found on their own pages ({@code owners}: the document of
     * each such page), by source file, with those errors. Empty in a strict build, and unless every error of
     * the site is such a one: a check error on a page of no single document (home, listings, citator, topics,
     * verbs, search), or any other error of the site, stops the build as it is, and leaving documents out
     * would not change that.
     */
    private Map<String, List<Diagnostic>> failingTheCheck(Map<String, Document> owners) {
        if (request.strict()) return Map.of();
        Map<String, List<Diagnostic>> failing = new TreeMap<>();
        for (Diagnostic d : faults.siteErrors(diagnostics.all())) {
            Document owner = d.code() == Code.CHECK ? owners.get(d.position().file()) : null;
            if (owner == null) return Map.of();
            failing.computeIfAbsent(owner.source(), k -> new ArrayList<>()).add(d);
        }
        return failing;
    }

    /**
     * Leaves out the documents of {@code failing} for the check's errors on their pages, each error then naming
     * its document, and forgets what the stages after reading reported: it was reported of a corpus with those
     * documents in it (references to them resolved, for one), and they run again without them. Returns the
     * English texts of the documents that stay.
     */
    private Map<String, Document> leaveOut(Map<String, List<Diagnostic>> failing, Map<String, Document> english,
                                           List<Diagnostic> read) {
        diagnostics = new Diagnostics();
        read.forEach(diagnostics::add);
        Map<String, Document> stayingEnglish = new HashMap<>(english);
        List<Document> staying = new ArrayList<>();
        for (Document d : documents) {
            List<Diagnostic> errors = failing.get(d.source());
            if (errors == null) {
                staying.add(d);
                continue;
            }
            for (Diagnostic e : errors) {
                Diagnostic named = new Diagnostic(e.code(), e.severity(), e.position(),
                        e.message() + " (a page of " + d.source() + ", which is left out)");
                diagnostics.add(named);
                faults.leaveOut(d.source(), named);
            }
            Document en = stayingEnglish.remove(d.slug());
            if (en != null) englishNotPublished(en);
        }
        documents = List.copyOf(staying);
        return stayingEnglish;
    }

    /**
     * Drops what a failed build wrote: the staging folder of a full build. An in-place build may have
     * rewritten pages already; the state is then unusable and the next build is a full one.
     */
    private void abandon() {
        delete(out.files());
        if (out.inPlace()) {
            state.invalidate();
        } else {
            delete(out.pages());
        }
    }

    private static List<SourceFile> concat(List<SourceFile> a, List<SourceFile> b) {
        List<SourceFile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private BuildResult result(int documents, int pages, boolean published) {
        return new BuildResult(documents, pages, out == null ? 0 : out.renderedCount(), diagnostics.all(), published,
                progress.timings(), out == null ? Set.of() : out.changedPages(), false, faults.leftOut());
    }

    /**
     * Whether the build stops, leaving the previous site as it was: at an error of the site, when every document
     * was left out, or, strict, at any error or warning. Errors of single documents do not stop it.
     */
    private boolean failed() {
        if (request.strict()) return diagnostics.hasErrors() || diagnostics.count(Severity.WARNING) > 0;
        return faults.siteFault(diagnostics.all()) || documents.isEmpty() && !faults.leftOut().isEmpty();
    }

    // ---------------------------------------------------------------- parse

    /** The documents of {@code sources} to publish: each text with an error that leaves it out is not among them. */
    private List<Document> parse(List<SourceFile> sources) {
        progress.stage("parse", sources.size(), "documents");
        List<BuildState.Parsed> parsed = sources.parallelStream().map(s -> {
            BuildState.Parsed p = parse(s);
            progress.done();
            return p;
        }).toList();
        Map<String, Document> bySlug = new HashMap<>();
        List<Document> unique = new ArrayList<>();
        for (BuildState.Parsed p : parsed) {
            Document d = p.document();
            if (!faults.parsed(d.source(), p.diagnostics())) continue;
            if (d.slug().isEmpty()) {
                leaveOut(d, "symbol '" + d.symbol() + "' gives an empty slug: a symbol needs Latin letters or digits");
                continue;
            }
            Document other = bySlug.putIfAbsent(d.slug(), d);
            if (other != null) {
                leaveOut(d, "symbol '" + d.symbol() + "' gives the slug '" + d.slug() + "', as '" + other.symbol() + "' in "
                        + other.source() + " does: give each text its own symbol, or delete the copy");
                continue;
            }
            unique.add(d);
        }
        unique.sort(Comparator.comparing((Document d) -> d.date() == null ? java.time.LocalDate.MIN : d.date())
                .reversed().thenComparing(Document::symbol));
        return unique;
    }

    /** Reports a slug clash of {@code d}, which is left out. */
    private void leaveOut(Document d, String message) {
        Diagnostic error = new Diagnostic(Code.DUPLICATE_SLUG, Severity.ERROR, SourcePosition.of(d.source()), message);
        diagnostics.add(error);
        faults.leaveOut(d.source(), error);
    }

    /**
     * One source file, parsed, or taken from the state when it is unchanged since the last build, with what its
     * parse reported (reported into the build's diagnostics too).
     */
    private BuildState.Parsed parse(SourceFile source) {
        BuildState.Parsed parsed = state == null ? BuildState.parseNow(source) : state.parse(source);
        parsed.diagnostics().forEach(diagnostics::add);
        return parsed;
    }

    /** The English texts, by the slug of their Arabic document, each aligned with it. */
    private Map<String, Document> english(List<SourceFile> sources, List<Document> documents) {
        Map<String, Document> arabic = new HashMap<>();
        documents.forEach(d -> arabic.put(d.slug(), d));
        Map<String, Document> out = new HashMap<>();
        for (SourceFile s : sources) {
            BuildState.Parsed parsed = parse(s);
            Document en = parsed.document();
            if (!faults.parsed(en.source(), parsed.diagnostics())) continue;
            Document ar = arabic.get(en.slug());
            if (ar == null) {
                englishNotPublished(en);
                continue;
            }
            Alignment.check(ar, en, diagnostics);
            out.put(en.slug(), en);
        }
        return out;
    }

    /** Reports that the English text {@code en} is not published: its Arabic text is missing, or left out. */
    private void englishNotPublished(Document en) {
        diagnostics.warn(Code.ALIGNMENT, SourcePosition.of(en.source()), "English text of '" + en.symbol()
                + "', which has no Arabic text in content/ar (or one left out for its errors): not published");
    }

    // ---------------------------------------------------------------- render

    /** Renders the site; records in {@code owners}, by path, the document each of a document's own pages belongs to. */
    private int render(List<Document> documents, Map<String, Document> english, LinkedCorpus linked, Indexes indexes,
                       Bodies bodies, Map<String, Document> owners) {
        SiteRenderer renderer = new SiteRenderer(request.templates());
        InlineRenderer inline = inlineRenderer(state);
        List<Tree> trees = new ArrayList<>();
        for (Language lang : Language.values()) {
            Messages msg = Messages.load(request.templates(), lang.code());
            ViewBuilder views = new ViewBuilder(lang, msg, inline, d -> bodies.name(d, lang.code()), linked, indexes, english);
            trees.add(new Tree(lang, msg, views, new Pages(renderer, lang, msg, out, request.baseUrl(), owners)));
        }
        // Each document's pages in both trees, one after the other: the two show the same texts, whose
        // rendering the inline renderer's memo keeps for the second, and they read the same parts of the corpus.
        progress.stage("render", documents.size(), "documents (both trees)");
        for (Tree t : trees) {
            t.pages.emit(PageKind.HOME, Addresses.HOME, t.msg.get("site.name"), "home", t.views.home(documents),
                    t.msg.get("site.tagline"));
            t.pages.emit(PageKind.NOT_FOUND, Addresses.NOT_FOUND, t.msg.get("notFound.title"), "notFound", Boolean.TRUE);
            t.pages.emit(PageKind.SEARCH, Addresses.SEARCH, t.msg.get("search.title"), "search", Boolean.TRUE);
        }
        documents.parallelStream().forEach(doc -> {
            stopIfCancelled();
            for (Tree t : trees) documentPages(t.pages, t.views, t.msg, english, doc);
            progress.done();
        });
        List<String> written = new ArrayList<>();
        List<SearchEntries.Tree> searched = new ArrayList<>();
        for (Tree t : trees) {
            progress.stage("render " + t.lang.code() + " (citator, topics, verbs, listings)", 0, "");
            indexPages(t.lang, t.msg, t.views, t.pages, documents, indexes);
            written.addAll(t.pages.written());
            searched.add(new SearchEntries.Tree(t.lang, out.files().resolve(t.lang.prefix() + Addresses.SEARCH_INDEX), t.views));
        }
        progress.stage("search index", documents.size() * searched.size(), "documents (both trees)");
        Set<Language> wrote = SearchEntries.write(searched, documents, english, linked, indexes, state == null ? null : state.search,
                out.inPlace(), progress::done);
        for (Language lang : Language.values()) {
            if (!wrote.contains(lang)) out.keep(lang.prefix() + Addresses.SEARCH_INDEX);
        }
        progress.stage("assets, sitemap and data/", 0, "");
        Path files = out.files();
        copyTree(request.templates().resolve("assets"), files.resolve("assets"));
        Publishing.write(files, request.baseUrl(), written);
        new org.fiqra.data.DataExport(linked, indexes, english).write(files, documents);
        return written.size();
    }

    /** One language's tree being rendered: its messages, how it shows the corpus, and where its pages go. */
    private record Tree(Language lang, Messages msg, ViewBuilder views, Pages pages) {
    }

    /** The pages of one language's tree that list across documents: citator, topics, verbs, listings. */
    private void indexPages(Language lang, Messages msg, ViewBuilder views, Pages pages, List<Document> documents,
                            Indexes indexes) {
        IndexViewBuilder indexViews = new IndexViewBuilder(views);
        pages.emit(PageKind.CITED_INDEX, Addresses.CITED_INDEX, msg.get("cited.heading"), "citator", views.citator());
        views.citedKeys().parallelStream().forEach(key -> pages.emit(PageKind.CITED, Addresses.cited(key),
                msg.format("cited.pageTitle", key), "cited", views.citedPage(key)));

        pages.emit(PageKind.TOPICS_INDEX, Addresses.TOPICS_INDEX, msg.get("topics.heading"), "topics", indexViews.topicIndex());
        indexes.topics().all().parallelStream().forEach(t -> pages.emit(PageKind.TOPIC, Addresses.topic(t.id()),
                msg.format("topics.pageTitle", lang.pick(t.ar(), t.en())), "topic", indexViews.topicPage(t)));
        pages.emit(PageKind.VERBS_INDEX, Addresses.VERBS_INDEX, msg.get("verbs.heading"), "verbs", indexViews.verbIndex());
        indexViews.usedVerbs().parallelStream().forEach(v -> pages.emit(PageKind.VERB, Addresses.verb(v.id()),
                msg.format("verbs.pageTitle", v.ar(), v.en()), "verb", indexViews.verbPage(v)));

        Map<String, List<Document>> byBody = new TreeMap<>();
        Map<Integer, List<Document>> byYear = new TreeMap<>();
        for (Document d : documents) {
            String code = Linker.bodyCode(d);
            if (!code.isEmpty()) byBody.computeIfAbsent(code, k -> new ArrayList<>()).add(d);
            if (d.date() != null) byYear.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d);
        }
        byBody.forEach((code, docs) -> pages.emit(PageKind.LISTING, Addresses.body(code), views.bodyName(docs.get(0)), "listing",
                indexViews.body(docs)));
        byYear.forEach((year, docs) -> pages.emit(PageKind.LISTING, Addresses.year(year),
                msg.format("year.heading", lang.number(year)), "listing", indexViews.year(year, docs)));
    }

    /** The pages of one document in one language: its page, its clauses' pages and its parallel text. */
    static void documentPages(Pages tree, ViewBuilder views, Messages msg, Map<String, Document> english, Document doc) {
        Pages pages = tree.of(doc);
        boolean en = views.showsEnglish(doc);
        String title = doc.symbol() + " — " + (en ? english.get(doc.slug()).title() : doc.title());
        pages.emit(PageKind.DOCUMENT, Addresses.document(doc.slug()), title, "doc", views.document(doc));
        Document shown = en ? english.get(doc.slug()) : doc;
        for (Views.ClausePage cp : views.clausePages(doc)) {
            String description = shown.clause(cp.clause().id())
                    .map(c -> Descriptions.plain(c.text().raw())).orElse(cp.clause().citationText());
            // Both trees have the page of every clause of the Arabic; an English clause the Arabic lacks has its
            // page in the English tree only, and switches to the Arabic document instead of a page that is not there.
            String path = Addresses.clause(doc.slug(), cp.clause().id());
            String other = doc.clause(cp.clause().id()).isPresent() ? path : Addresses.document(doc.slug());
            pages.emit(PageKind.CLAUSE, path, other, cp.clause().citationText(), "cp", cp, description);
        }
        if (english.containsKey(doc.slug())) {
            pages.emit(PageKind.PARALLEL, Addresses.parallel(doc.slug()), msg.format("parallel.title", doc.symbol()),
                    "parallel", views.parallel(doc));
        }
    }

    /**
     * The inline renderer of both trees: the state's, whose memo outlives the build, or a new one. Both
     * trees isolate Latin runs, for the Arabic texts the English interface shows too.
     */
    static InlineRenderer inlineRenderer(BuildState state) {
        return state == null ? new InlineRenderer(true) : state.inline;
    }

    /** Writes the pages of one language, keeping their paths. */
    static final class Pages {
        private final SiteRenderer renderer;
        private final Language lang;
        private final Messages msg;
        private final SiteOutput out;
        private final String baseUrl;
        private final java.util.Queue<String> written;
        /** The document each page written through {@link #of} belongs to, by its path. */
        private final Map<String, Document> owners;
        /** The document whose pages are written through this, or null for pages of no single document. */
        private final Document owner;

        Pages(SiteRenderer renderer, Language lang, Messages msg, SiteOutput out, String baseUrl) {
            this(renderer, lang, msg, out, baseUrl, new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** Pages that record in {@code owners} (thread-safe) the document each page of a document belongs to. */
        Pages(SiteRenderer renderer, Language lang, Messages msg, SiteOutput out, String baseUrl, Map<String, Document> owners) {
            this(renderer, lang, msg, out, baseUrl, new java.util.concurrent.ConcurrentLinkedQueue<>(), owners, null);
        }

        private Pages(SiteRenderer renderer, Language lang, Messages msg, SiteOutput out, String baseUrl,
                      java.util.Queue<String> written, Map<String, Document> owners, Document owner) {
            this.renderer = renderer;
            this.lang = lang;
            this.msg = msg;
            this.out = out;
            this.baseUrl = baseUrl;
            this.written = written;
            this.owners = owners;
            this.owner = owner;
        }

        /**
         * The same pages, written as {@code doc}'s own: a problem the check finds on one of them is that
         * document's, and leaves it out rather than stopping the site.
         */
        Pages of(Document doc) {
            return new Pages(renderer, lang, msg, out, baseUrl, written, owners, doc);
        }

        /** Writes the page at {@code path} of this language's tree; its title is its description. */
        void emit(PageKind kind, String path, String title, String name, Object view) {
            emit(kind, path, title, name, view, title);
        }

        void emit(PageKind kind, String path, String title, String name, Object view, String description) {
            emit(kind, path, path, title, name, view, description);
        }

        /**
         * Writes the page at {@code path} of this language's tree, whose language switch leads to {@code otherPath}
         * of the other tree: the same page, or, where the other tree has none, the nearest page it has.
         */
        void emit(PageKind kind, String path, String otherPath, String title, String name, Object view, String description) {
            String full = lang.prefix() + path;
            String other = lang.other().prefix() + otherPath;
            Views.Page page = new Views.Page(lang.code(), lang.dir(), Addresses.root(path), Addresses.root(full), full, title,
                    Addresses.root(full) + other, lang.other().code(), lang.sourceAttributes(), description,
                    baseUrl == null ? null : baseUrl + full, baseUrl == null ? null : baseUrl + other, otherPath.equals(path));
            if (owner != null) owners.put(full, owner);
            out.page(full, List.of(kind, name, page, view), () -> renderer.render(kind, page, msg, name, view));
            written.add(full);
        }

        List<String> written() {
            return List.copyOf(written);
        }
    }

    // ---------------------------------------------------------------- check

    /**
     * Checks each page as it is rendered, from its text: nothing is read back, and most of the check's work
     * is done on the rendering threads. Links to other pages are recorded, and verified by {@link #check}.
     */
    private void checkAsRendered() {
        rendering = WrittenSite.pending(out.pages());
        renderingFound.set(false);
        List<org.fiqra.check.HtmlCheck> checks = Checks.standard();
        out.onPage((path, html) -> {
            if (!rendering.checkPage(checks, path, html).isEmpty()) renderingFound.set(true);
        });
    }

    /**
     * Checks the pages written: all of them, or in an in-place build those rendered again. The pages checked
     * as they were rendered passed if their links resolve in the written site; otherwise (a problem, which is
     * rare) they are all checked again from the disk, so that every problem is reported, page by page, in the
     * words of a check of the written site. Pages written otherwise (an earlier preview's) are read back.
     */
    private void check() {
        WrittenSite site = WrittenSite.of(out.pages());
        Set<String> only = out.renderedPages();
        if (only != null && state != null) {
            for (String p : state.unchecked) if (site.exists(p)) only.add(p);
        }
        Set<String> pages = only == null ? site.pages() : only;
        progress.stage("check the links of the rendered pages", 0, "");
        if (!renderingFound.get() && rendering.linksResolveIn(site)) {
            pages = pages.stream().filter(p -> !out.rendered(p)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
        progress.stage("check the written pages", pages.size(), "pages");
        site.check(Checks.standard(), pages, progress::done).forEach((page, problems) -> problems.forEach(p ->
                diagnostics.error(Code.CHECK, SourcePosition.of(page), p)));
    }

    // ---------------------------------------------------------------- publish

    private Path staging() {
        return fresh(".staging");
    }

    private Path scratch() {
        return fresh(".scratch");
    }

    /** An empty folder beside the output, named after it. */
    private Path fresh(String suffix) {
        Path staging = request.output().resolveSibling("." + request.output().getFileName() + suffix);
        delete(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw FiqraException.environment("cannot create " + staging + ": " + e.getMessage(), e);
        }
        return staging;
    }

    private String report() {
        StringBuilder report = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            report.append(d).append('\n');
        }
        List<String> leftOut = faults.leftOut();
        if (!leftOut.isEmpty()) {
            report.append("left out of the site for the errors above: ").append(String.join(", ", leftOut)).append('\n');
        }
        report.append(diagnostics.count(Severity.ERROR)).append(" errors, ")
                .append(diagnostics.count(Severity.WARNING)).append(" warnings\n");
        return report.toString();
    }

    /** Moves the staging folder into place: the old site is replaced only once the new one is complete. */
    private void publish(Path staging) {
        Path output = request.output();
        Path old = output.resolveSibling("." + output.getFileName() + ".old");
        try {
            delete(old);
            if (Files.exists(output)) {
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw FiqraException.environment("cannot move the new site into " + output + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw FiqraException.environment("cannot copy the assets " + from + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
