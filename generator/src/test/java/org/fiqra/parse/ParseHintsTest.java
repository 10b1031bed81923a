package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fiqra.content.ContentReader;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.Severity;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's hints in the front matter ({@code parse: {operative_from: LINE}}) decide where a
 * text's parts start when no rule can, without a change to its wording; bad hints are named.
 */
class ParseHintsTest {
    @TempDir
    Path tmp;

    /** Two operative paragraphs that open with no verb: without a hint they read as the preamble. */
    private static final String TEXT = """
            إن المؤتمر،

            إذ يشير إلى قراره السابق،

            الدول الأعضاء مدعوة إلى المتابعة.

            والأمانة العامة مكلفة بالتقرير.
            """;

    private Document parse(String frontMatter, Diagnostics d) throws IOException {
        Path file = tmp.resolve("x.md");
        Files.writeString(file, "---\nsymbol: X/1\ntitle: t\n" + frontMatter + "---\n" + TEXT, StandardCharsets.UTF_8);
        return DocumentParser.parse(new ContentReader(d).read(file, "content/ar/x.md").orElseThrow(), d);
    }

    private static List<String> ids(Document doc) {
        return doc.clauses().stream().map(Clause::id).map(Object::toString).toList();
    }

    @Test
    void withoutAHintTheUnknownVerbsAreReadAsThePreamble() throws IOException {
        Document doc = parse("", new Diagnostics());
        assertEquals(List.of("pp-1", "pp-2", "pp-3"), ids(doc));
    }

    @Test
    void theOperativePartStartsOnTheLineTheEditorNames() throws IOException {
        Diagnostics d = new Diagnostics();
        // the front matter is 5 lines; the text's line 5 (الدول الأعضاء …) is line 10 of the file
        Document doc = parse("parse: {operative_from: 10}\n", d);
        assertEquals(List.of("pp-1", "op-1", "op-2"), ids(doc));
        assertTrue(doc.clause("op-1").orElseThrow().text().raw().startsWith("الدول"));
        assertEquals("والأمانة العامة مكلفة بالتقرير.", doc.clause("op-2").orElseThrow().text().raw(), "the wording is as written");
    }

    @Test
    void aHintOutsideTheTextIsAWarningAndIgnored() throws IOException {
        Diagnostics d = new Diagnostics();
        Document doc = parse("parse: {operative_from: 400}\n", d);
        assertEquals(List.of("pp-1", "pp-2", "pp-3"), ids(doc));
        Diagnostic w = d.all().stream().filter(x -> x.code() == Code.PARSE_HINT).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, w.severity());
        assertTrue(w.message().contains("operative_from: 400"), w.message());
    }

    @Test
    void aHintThatIsNoLineNumberOrAnUnknownKeyIsAnErrorOfTheFrontMatter() throws IOException {
        for (String bad : List.of("parse: {operative_from: خمسة}\n", "parse: {operative_start: 10}\n", "parse: 10\n")) {
            Diagnostics d = new Diagnostics();
            Path file = tmp.resolve("y.md");
            Files.writeString(file, "---\nsymbol: X/1\n" + bad + "---\n" + TEXT, StandardCharsets.UTF_8);
            assertTrue(new ContentReader(d).read(file, "content/ar/y.md").isEmpty(), bad);
            Diagnostic e = d.all().get(0);
            assertEquals(Code.FRONT_MATTER, e.code(), bad);
            assertEquals(3, e.position().line(), "the error names the line of the hint: " + e);
        }
    }
}
