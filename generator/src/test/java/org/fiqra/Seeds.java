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

    /** Parses {@code content/ar/<slug>.md}; its diagnostics go to {@code diagnostics}. */
    public static Document parse(String slug, Diagnostics diagnostics) {
        Path file = content().resolve("ar").resolve(slug + ".md");
        var source = new ContentReader(diagnostics).read(file, "content/ar/" + slug + ".md").orElseThrow();
        return DocumentParser.parse(source, diagnostics);
    }
}
