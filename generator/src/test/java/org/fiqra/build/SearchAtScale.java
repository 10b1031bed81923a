package org.fiqra.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiqra.Chromium;
import org.fiqra.diag.Diagnostics;
import org.fiqra.index.Indexer;
import org.fiqra.index.Indexes;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Linker;
import org.fiqra.model.Document;
import org.fiqra.parse.DocumentParser;
import org.fiqra.render.InlineRenderer;
import org.fiqra.render.Language;
import org.fiqra.render.Messages;
import org.fiqra.render.ViewBuilder;

/**
 * A measurement, not a test: what the search page of a large site loads to answer its first query.
 * Builds only the Arabic search index of a corpus (the pages are not needed for it) beside the search
 * page and assets of a built site, opens {@code search.html?q=…} in headless Chromium for each query,
 * and prints every file the browser requested with its size.
 *
 * <pre>java -cp … org.fiqra.build.SearchAtScale CONTENT TEMPLATES BUILT_SITE OUT QUERY…</pre>
 * (CONTENT {@code -}: measure the index already in OUT with the current assets).
 */
public final class SearchAtScale {
    private SearchAtScale() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Path built = Path.of(args[2]);
        Path out = Path.of(args[3]);
        long t0 = System.nanoTime();
        if (!args[0].equals("-")) buildIndex(content, templates, out);
        Files.copy(built.resolve("search.html"), out.resolve("search.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var walk = Files.walk(templates.resolve("assets"))) {
            for (Path p : walk.toList()) {
                Path to = out.resolve("assets").resolve(templates.resolve("assets").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long files;
        long bytes;
        try (var walk = Files.walk(out.resolve("search"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = 0;
            for (Path p : all) bytes += Files.size(p);
        }
        System.out.printf("index of %d files, %.1f MB, ready in %.0f s%n", files, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
        measure(out, java.util.Arrays.copyOfRange(args, 4, args.length));
    }

    private static void buildIndex(Path content, Path templates, Path out) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(content, diagnostics);
        List<Document> documents = loader.sources().parallelStream().map(s -> DocumentParser.parse(s, diagnostics)).toList();
        LinkedCorpus linked = Linker.link(documents, loader.instruments(), diagnostics);
        Indexes indexes = Indexer.index(documents, linked, loader.topics(), loader.glossary(), diagnostics);
        Bodies bodies = loader.bodies();
        Language lang = Language.AR;
        ViewBuilder views = new ViewBuilder(lang, Messages.load(templates, lang.code()), new InlineRenderer(true),
                d -> bodies.name(d, lang.code()), linked, indexes, Map.of());
        SiteBuild.delete(out);
        Files.createDirectories(out);
        SearchEntries.write(List.of(new SearchEntries.Tree(lang, out.resolve("search"), views)), documents, Map.of(), linked, indexes,
                null, false, () -> { });
        long clauses = documents.stream().mapToLong(d -> d.clauses().size()).sum();
        System.out.printf("%d documents, %d clauses%n", documents.size(), clauses);
    }

    private static void measure(Path out, String[] queries) throws Exception {
        for (String query : queries) {
            try (Chromium browser = new Chromium()) {
                String q = java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
                browser.open(out.resolve("search.html").toUri() + "?q=" + q);
                browser.waitFor("document.documentElement.classList.contains('search-ready')"
                        + " && !document.getElementById('search-status').textContent.match(/…$/)", 60);
                String status = browser.eval("document.getElementById('search-status').textContent").asText();
                String first = browser.eval("(document.querySelector('#search-results a') || {}).textContent || ''").asText();
                long loaded = 0;
                List<String> lines = new ArrayList<>();
                for (String url : browser.requested()) {
                    Path p = Path.of(java.net.URI.create(url.replaceFirst("\\?.*", "")));
                    long size = Files.exists(p) ? Files.size(p) : 0;
                    loaded += size;
                    lines.add(String.format("    %8d  %s", size, out.relativize(p)));
                }
                System.out.printf("query «%s»: %s; first: %s; loaded %d files, %.0f KB%n", query, status, first,
                        lines.size(), loaded / 1024.0);
                lines.forEach(System.out::println);
                if (!browser.problems().isEmpty()) System.out.println("  problems: " + browser.problems());
            }
        }
    }
}
