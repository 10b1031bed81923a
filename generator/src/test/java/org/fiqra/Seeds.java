package org.fiqra;

import java.nio.file.Path;
import org.fiqra.content.ContentReader;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Document;
import org.fiqra.parse.DocumentParser;

/** The repository's own content and templates, as the tests read them. */
public final class Seeds {
    private Seeds() {
    }

    public static Path repo() {
        return Path.of(System.getProperty("fiqra.repo", "..")).toAbsolutePath().normalize();
    }

    public static Path content() {
        return repo().resolve("content");
    }

    /** Twelve documents made by make-corpus, kept in the test resources (see ABOUT.txt there). */
    public static Path synthetic() {
        return repo().resolve("generator/src/test/resources/synthetic");
    }

    public static Path templates() {
        return repo().resolve("templates");
    }

    /** A copy of the repository's templates in {@code target}, for a test to break. */
    public static Path copyOfTemplates(Path target) throws java.io.IOException {
        return copy(templates(), target);
    }

    /** A copy of the folder {@code from} and all under it in {@code target}; returns {@code target}. */
    public static Path copy(Path from, Path target) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to);
                else java.nio.file.Files.copy(p, to);
            }
        }
        return target;
    }

    /**
     * Every distinct line of the repository's content and of the synthetic corpus, in file order:
     * the real texts that a fast path must treat as its slow path does.
     */
    public static java.util.List<String> realLines() throws java.io.IOException {
        java.util.Set<Path> files = new java.util.TreeSet<>(filesUnder(content()));
        java.util.List<Path> synthetic = filesUnder(synthetic());
        if (synthetic.stream().filter(p -> p.toString().endsWith(".md")).count() < 12) {
            throw new IllegalStateException("the synthetic corpus is missing from " + synthetic());
        }
        files.addAll(synthetic);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Path f : files) {
            String text = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
            java.util.Collections.addAll(out, text.split("\n", -1));
        }
        return java.util.List.copyOf(out);
    }

    private static java.util.List<Path> filesUnder(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(dir)) throw new java.io.FileNotFoundException(dir.toString());
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
            return walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
    }

    /** Parses {@code content/ar/<slug>.md}; its diagnostics go to {@code diagnostics}. */
    public static Document parse(String slug, Diagnostics diagnostics) {
        Path file = content().resolve("ar").resolve(slug + ".md");
        var source = new ContentReader(diagnostics).read(file, "content/ar/" + slug + ".md").orElseThrow();
        return DocumentParser.parse(source, diagnostics);
    }
}
