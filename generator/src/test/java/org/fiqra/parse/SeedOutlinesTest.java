package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.fiqra.content.ContentReader;
import org.fiqra.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The outlines of the texts Fiqra was founded on (the seeds in both languages and the synthetic
 * corpus made from them) stay what they were when the parser's decisions became global: a change
 * of the parser that moves one clause of them shows here, with the whole outline.
 * {@code -Dfiqra.outlines.write=true} writes the outlines anew, for a change made on purpose.
 */
class SeedOutlinesTest {
    private static final Path GOLDEN = Seeds.repo().resolve("generator/src/test/resources/outlines");

    @TestFactory
    Stream<DynamicTest> seedOutlinesAreUnchanged() throws IOException {
        List<Path> files;
        try (Stream<Path> a = Files.list(Seeds.content().resolve("ar")); Stream<Path> e = Files.list(Seeds.content().resolve("en"));
             Stream<Path> s = Files.list(Seeds.synthetic())) {
            files = Stream.of(a, e, s).flatMap(x -> x).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        boolean write = Boolean.getBoolean("fiqra.outlines.write");
        return files.stream().map(f -> DynamicTest.dynamicTest(Seeds.repo().relativize(f).toString(), () -> {
            String name = f.getParent().getFileName() + "-" + f.getFileName().toString().replace(".md", ".outline");
            var source = new ContentReader(new Diagnostics()).read(f, f.getFileName().toString()).orElseThrow();
            String outline = Outline.of(DocumentParser.parse(source, new Diagnostics()));
            Path golden = GOLDEN.resolve(name);
            if (write) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, outline, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), outline, f.toString());
        }));
    }
}
