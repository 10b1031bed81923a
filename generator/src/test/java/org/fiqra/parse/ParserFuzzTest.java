package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.fiqra.content.FrontMatter;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.FiqraException;
import org.fiqra.index.Glossary;
import org.fiqra.index.Indexer;
import org.fiqra.index.Topics;
import org.fiqra.link.Instruments;
import org.fiqra.link.Linker;
import org.fiqra.model.Document;
import org.fiqra.render.InlineRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random and mutated seed and real texts (cut, shuffled, duplicated lines, random Unicode, bidi controls,
 * very long lines) through the parser, the link and index stages and the inline renderer: none
 * throws anything but Fiqra's own error type, and none takes long. The inputs follow from one
 * seed: {@code -Dfiqra.fuzz.seed=N} replays or varies a run.
 */
class ParserFuzzTest {
    private static final int CASES = 120;
    private static final String NOISE = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200F\u200E\u061C\u200D\u00A0"
            + "\u0640\u064B\u0651()[]{}<>*^°⁽⁾⁴¹-–—،؛:.\"'\\\t/١٢٣1234567890أبجدهـوzZ\uD83D\uDE00\uD800";

    /** The seeds and the real texts: texts of every shape the parser reads, to mutate. */
    private static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Seeds.content().resolve("ar"))) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) out.add(Files.readString(f));
            for (RealTexts.Case c : RealTexts.cases()) out.add(String.join("\n", c.source().bodyLines()));
            return out;
        }
    }

    static String mutate(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int kind = r.nextInt(7);
        switch (kind) {
            case 0 -> lines = lines.subList(0, r.nextInt(lines.size() + 1));
            case 1 -> Collections.shuffle(lines, r);
            case 2 -> {
                for (int i = 0; i < 20 && !lines.isEmpty(); i++) lines.add(r.nextInt(lines.size()), lines.get(r.nextInt(lines.size())));
            }
            case 3 -> {
                StringBuilder long_ = new StringBuilder();
                while (long_.length() < 200_000) long_.append(lines.get(r.nextInt(lines.size()))).append(' ');
                lines.add(r.nextInt(lines.size()), long_.toString());
            }
            default -> {
            }
        }
        StringBuilder s = new StringBuilder(String.join("\n", lines));
        int noise = kind >= 4 ? 1 + r.nextInt(400) : r.nextInt(20);
        for (int i = 0; i < noise && s.length() > 0; i++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(3)) {
                case 0 -> s.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                case 1 -> s.deleteCharAt(at);
                default -> s.insert(at, (char) r.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    @TestFactory
    Stream<DynamicTest> mutatedTextsNeverBreakTheBuild() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(Long.getLong("fiqra.fuzz.seed", 20261122L));
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < CASES; i++) inputs.add(mutate(seeds.get(i % seeds.size()), random));
        return java.util.stream.IntStream.range(0, inputs.size()).mapToObj(i -> DynamicTest.dynamicTest("mutant " + i, () ->
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(inputs.get(i)))));
    }

    private static void run(String text) {
        List<String> body = Arrays.asList(text.split("\r\n|\n|\r", -1));
        SourceFile file = new SourceFile("fuzz.md", new FrontMatter("A/RES/70/9", null, java.time.LocalDate.of(2015, 12, 1), null, null, null, null),
                body, 1);
        Diagnostics d = new Diagnostics();
        try {
            Document doc = DocumentParser.parse(file, d);
            var linked = Linker.link(List.of(doc), Instruments.none(), d);
            Indexer.index(List.of(doc), linked, Topics.none(), Glossary.none(), d);
            InlineRenderer inline = new InlineRenderer(true);
            for (var c : doc.clauses()) inline.render(c.text().raw(), doc.markersOf(c.text()));
            doc.footnotes().forEach(f -> inline.render(f.text().raw()));
            Outline.of(doc);
        } catch (FiqraException e) {
            // Fiqra's own error type is the one allowed way to stop
        }
    }
}
