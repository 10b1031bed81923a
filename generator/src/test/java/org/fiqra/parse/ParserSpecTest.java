package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.fiqra.content.FrontMatter;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the examples of {@code spec/parser.spec}: each is a text and the outline the parser must make of it. */
class ParserSpecTest {

    record Example(String title, int line, String source, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return read("spec/parser.spec").stream().map(e -> DynamicTest.dynamicTest(e.title() + " (line " + e.line() + ")", () -> {
            String language = e.title().startsWith("en: ") ? "en" : null;
            SourceFile file = new SourceFile("spec.md", new FrontMatter("X/1", null, null, "t", language, null, null),
                    Arrays.asList(e.source().split("\n", -1)), 1);
            Diagnostics diagnostics = new Diagnostics();
            String outline = Outline.of(DocumentParser.parse(file, diagnostics));
            String expected = e.expected();
            String actual = outline;
            // an example that lists diagnostics ("! warning CODE line", or "! none") is held to them too
            if (expected.lines().anyMatch(l -> l.startsWith("! "))) {
                List<String> said = diagnostics.all().stream()
                        .map(d -> "! " + d.severity().label() + " " + d.code() + " " + d.position().line()).toList();
                actual = outline + (said.isEmpty() ? "! none\n" : String.join("\n", said) + "\n");
            }
            assertEquals(expected, actual, () -> "input:\n" + visible(e.source()));
        }));
    }

    static List<Example> read(String resource) throws IOException {
        String text;
        try (InputStream in = ParserSpecTest.class.getClassLoader().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String title = null;
        int start = 0;
        StringBuilder source = new StringBuilder();
        StringBuilder expected = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (title == null) {
                if (l.startsWith("## ")) {
                    title = l.substring(3);
                    start = i + 1;
                    source.setLength(0);
                    expected = null;
                }
            } else if (l.equals("====") || i == lines.length - 1 && expected != null) {
                out.add(new Example(title, start, source.toString().stripTrailing(), expected.toString()));
                title = null;
            } else if (l.equals(".") && expected == null) {
                expected = new StringBuilder();
            } else if (expected == null) {
                source.append(l).append('\n');
            } else {
                expected.append(l).append('\n');
            }
        }
        return out;
    }

    /** The input with the characters that hide in Arabic texts shown. */
    static String visible(String s) {
        return s.replace("\u200F", "⟨RLM⟩").replace("\u200E", "⟨LRM⟩").replace("\u061C", "⟨ALM⟩")
                .replace("\u200D", "⟨ZWJ⟩").replace("\u00A0", "⟨NBSP⟩").replace("\u0640", "⟨TATWEEL⟩")
                .replace("\t", "⟨TAB⟩");
    }
}
