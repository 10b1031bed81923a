package org.fiqra.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.fiqra.index.Indexer;
import org.fiqra.index.Indexes;
import org.fiqra.link.Instruments;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Linker;
import org.fiqra.model.Document;
import org.fiqra.parse.DocumentParser;
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
 */
public final class SiteBuild {
    /** The build report, written at the root of the site and printed to the console. */
    public static final String REPORT = "build-report.txt";

    private final BuildRequest request;
    private final Diagnostics diagnostics = new Diagnostics();
    private java.util.function.Consumer<String> progressSink;
    private java.time.Duration progressEvery = java.time.Duration.ofSeconds(5);
    private Progress progress = Progress.every(progressEvery, null);

    public SiteBuild(BuildRequest request) {
        this.request = request;
    }

    /** Reports the stage and how many of its documents are done to {@code sink}, every {@code every}. */
    public SiteBuild reportingProgress(java.util.function.Consumer<String> sink, java.time.Duration every) {
        this.progressSink = sink;
        this.progressEvery = every;
        return this;
    }

    /**
     * Runs the build. Problems in the content come back as diagnostics in the result (with
     * {@link BuildResult#published()} false when they stopped it); a problem of the environment (a
     * folder that cannot be written) is thrown as a {@link FiqraException}.
     */
    public BuildResult run() {
        try (Progress p = Progress.every(progressEvery, progressSink)) {
            progress = p;
            return stages();
        }
    }

    private BuildResult stages() {
        progress.stage("load", 0, "");
        ContentLoader loader = new ContentLoader(request.content(), diagnostics);
        List<SourceFile> sources = loader.sources();
        Bodies bodies = loader.bodies();
        Instruments instruments = loader.instruments();
        List<Document> documents = parse(sources);
        if (failed()) {
            return result(documents.size(), 0, false);
        }
        Map<String, Document> english = english(loader.englishSources(), documents);
        progress.stage("link", 0, "");
        LinkedCorpus linked = Linker.link(documents, instruments, diagnostics);
        progress.stage("index (topics, verbs, related clauses)", 0, "");
        Indexes indexes = Indexer.index(documents, linked, loader.topics(), loader.glossary(), diagnostics);
        Path staging = staging();
        int pages;
        try {
            pages = render(documents, english, linked, indexes, bodies, staging);
            if (request.check()) check(staging);
        } catch (FiqraException e) {
            if (!e.contentFault()) {
                delete(staging);
                throw e;
            }
            diagnostics.error(Code.TEMPLATE, SourcePosition.of(request.templates().getFileName() + ""), e.getMessage());
            pages = 0;
        }
        writeReport(staging);
        if (failed()) {
            delete(staging);
            return result(documents.size(), pages, false);
        }
        publish(staging);
        return result(documents.size(), pages, true);
    }

    private BuildResult result(int documents, int pages, boolean published) {
        return new BuildResult(documents, pages, diagnostics.all(), published);
    }

    private boolean failed() {
        return diagnostics.hasErrors() || request.strict() && diagnostics.count(Severity.WARNING) > 0;
    }

    // ---------------------------------------------------------------- parse

    private List<Document> parse(List<SourceFile> sources) {
        progress.stage("parse", sources.size(), "documents");
        List<Document> documents = sources.parallelStream().map(s -> {
            Document d = DocumentParser.parse(s, diagnostics);
            progress.done();
            return d;
        }).toList();
        Map<String, Document> bySlug = new HashMap<>();
        List<Document> unique = new ArrayList<>();
        for (Document d : documents) {
            if (d.slug().isEmpty()) {
                diagnostics.error(Code.DUPLICATE_SLUG, SourcePosition.of(d.source()),
                        "symbol '" + d.symbol() + "' gives an empty slug: a symbol needs Latin letters or digits");
                continue;
            }
            Document other = bySlug.putIfAbsent(d.slug(), d);
            if (other != null) {
                diagnostics.error(Code.DUPLICATE_SLUG, SourcePosition.of(d.source()), "symbol '" + d.symbol()
                        + "' gives the slug '" + d.slug() + "', as '" + other.symbol() + "' in " + other.source() + " does");
                continue;
            }
            unique.add(d);
        }
        unique.sort(Comparator.comparing((Document d) -> d.date() == null ? java.time.LocalDate.MIN : d.date())
                .reversed().thenComparing(Document::symbol));
        return unique;
    }

    /** The English texts, by the slug of their Arabic document, each aligned with it. */
    private Map<String, Document> english(List<SourceFile> sources, List<Document> documents) {
        Map<String, Document> arabic = new HashMap<>();
        documents.forEach(d -> arabic.put(d.slug(), d));
        Map<String, Document> out = new HashMap<>();
        for (SourceFile s : sources) {
            Document en = DocumentParser.parse(s, diagnostics);
            Document ar = arabic.get(en.slug());
            if (ar == null) {
                diagnostics.warn(Code.ALIGNMENT, SourcePosition.of(en.source()), "English text of '" + en.symbol()
                        + "', which has no Arabic text in content/ar: not published");
                continue;
            }
            Alignment.check(ar, en, diagnostics);
            out.put(en.slug(), en);
        }
        return out;
    }

    // ---------------------------------------------------------------- render

    private int render(List<Document> documents, Map<String, Document> english, LinkedCorpus linked, Indexes indexes,
                       Bodies bodies, Path out) {
        SiteRenderer renderer = new SiteRenderer(request.templates());
        int count = 0;
        for (Language lang : Language.values()) {
            count += render(lang, documents, english, linked, indexes, bodies, renderer, out);
        }
        copyTree(request.templates().resolve("assets"), out.resolve("assets"));
        Publishing.write(out, request.baseUrl());
        new org.fiqra.data.DataExport(linked, indexes, english).write(out, documents);
        return count;
    }

    /** Every page of one language's tree. */
    private int render(Language lang, List<Document> documents, Map<String, Document> english, LinkedCorpus linked,
                       Indexes indexes, Bodies bodies, SiteRenderer renderer, Path out) {
        Messages msg = Messages.load(request.templates(), lang.code());
        ViewBuilder views = new ViewBuilder(lang, msg, new InlineRenderer(true), d -> bodies.name(d, lang.code()), linked, indexes,
                english);
        IndexViewBuilder indexViews = new IndexViewBuilder(views);
        Pages pages = new Pages(renderer, lang, msg, out, request.baseUrl());

        progress.stage("render " + lang.code(), documents.size(), "documents");
        pages.emit(PageKind.HOME, Addresses.HOME, msg.get("site.name"), "home", views.home(documents), msg.get("site.tagline"));
        pages.emit(PageKind.NOT_FOUND, Addresses.NOT_FOUND, msg.get("notFound.title"), "notFound", Boolean.TRUE);
        pages.emit(PageKind.SEARCH, Addresses.SEARCH, msg.get("search.title"), "search", Boolean.TRUE);
        documents.parallelStream().forEach(doc -> {
            boolean en = views.showsEnglish(doc);
            String title = doc.symbol() + " — " + (en ? english.get(doc.slug()).title() : doc.title());
            pages.emit(PageKind.DOCUMENT, Addresses.document(doc.slug()), title, "doc", views.document(doc));
            Document shown = en ? english.get(doc.slug()) : doc;
            for (Views.ClausePage cp : views.clausePages(doc)) {
                String description = shown.clause(cp.clause().id())
                        .map(c -> Descriptions.plain(c.text().raw())).orElse(cp.clause().citationText());
                pages.emit(PageKind.CLAUSE, Addresses.clause(doc.slug(), cp.clause().id()), cp.clause().citationText(), "cp", cp,
                        description);
            }
            if (english.containsKey(doc.slug())) {
                pages.emit(PageKind.PARALLEL, Addresses.parallel(doc.slug()), msg.format("parallel.title", doc.symbol()),
                        "parallel", views.parallel(doc));
            }
            progress.done();
        });
        progress.stage("render " + lang.code() + " (citator, topics, verbs, listings)", 0, "");
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
        progress.stage("search index " + lang.code(), 0, "");
        SearchEntries.write(out.resolve(lang.prefix() + Addresses.SEARCH_INDEX), lang, documents, english, views, linked, indexes);
        return pages.count();
    }

    /** Writes the pages of one language, counting them. */
    private static final class Pages {
        private final SiteRenderer renderer;
        private final Language lang;
        private final Messages msg;
        private final Path out;
        private final String baseUrl;
        private final AtomicInteger count = new AtomicInteger();

        Pages(SiteRenderer renderer, Language lang, Messages msg, Path out, String baseUrl) {
            this.renderer = renderer;
            this.lang = lang;
            this.msg = msg;
            this.out = out;
            this.baseUrl = baseUrl;
        }

        /** Writes the page at {@code path} of this language's tree; its title is its description. */
        void emit(PageKind kind, String path, String title, String name, Object view) {
            emit(kind, path, title, name, view, title);
        }

        void emit(PageKind kind, String path, String title, String name, Object view, String description) {
            String full = lang.prefix() + path;
            String other = lang.other().prefix() + path;
            Views.Page page = new Views.Page(lang.code(), lang.dir(), Addresses.root(path), Addresses.root(full), full, title,
                    Addresses.root(full) + other, lang.other().code(), lang.sourceAttributes(), description,
                    baseUrl == null ? null : baseUrl + full, baseUrl == null ? null : baseUrl + other);
            write(out, full, renderer.render(kind, page, msg, name, view));
            count.incrementAndGet();
        }

        int count() {
            return count.get();
        }
    }

    private static void write(Path root, String path, String html) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FiqraException.environment("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- check

    private void check(Path staging) {
        progress.stage("check the written pages", 0, "");
        WrittenSite site = WrittenSite.of(staging);
        site.check(Checks.standard()).forEach((page, problems) -> problems.forEach(p ->
                diagnostics.error(Code.CHECK, SourcePosition.of(page), p)));
    }

    // ---------------------------------------------------------------- publish

    private Path staging() {
        Path staging = request.output().resolveSibling("." + request.output().getFileName() + ".staging");
        delete(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw FiqraException.environment("cannot create " + staging + ": " + e.getMessage(), e);
        }
        return staging;
    }

    private void writeReport(Path staging) {
        StringBuilder report = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            report.append(d).append('\n');
        }
        report.append(diagnostics.count(Severity.ERROR)).append(" errors, ")
                .append(diagnostics.count(Severity.WARNING)).append(" warnings\n");
        write(staging, REPORT, report.toString());
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
