package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.fiqra.check.Checks;
import org.fiqra.check.WrittenSite;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets an error naming file and line, and never a half-written site. */
class BuildFailureTest {
    @TempDir
    Path tmp;

    private static final String GOOD = """
            ---
            symbol: A/RES/70/9
            date: 2015-12-01
            ---
            ٩/٧٠ - نص تجريبي

            إن الجمعية العامة،

            إذ تشير إلى قرارها ١/٧٠،

            ١ - **تقرر** أن تبقي المسألة قيد نظرها.
            """;

    private Path content(Map<String, String> files) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("ar"));
        for (var e : files.entrySet()) {
            Files.writeString(content.resolve("ar").resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return content;
    }

    private BuildResult build(Path content, Path out) {
        return new SiteBuild(new BuildRequest(content, Seeds.templates(), out, false, true)).run();
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static List<Diagnostic> errors(BuildResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    @Test
    void failedBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Path out = tmp.resolve("site");
        Path content = content(Map.of("a-res-70-9.md", GOOD));
        assertTrue(build(content, out).published());
        Map<String, String> before = snapshot(out);
        assertTrue(before.containsKey("a-res-70-9/op-1.html"));

        Files.writeString(content.resolve("ar/b.md"), "---\ndate: 2015-12-01\n---\nنص\n");
        BuildResult failed = build(content, out);
        assertFalse(failed.published());
        assertEquals(before, snapshot(out), "the previous site is untouched, byte for byte");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void missingSymbolNamesTheFile() throws IOException {
        BuildResult r = build(content(Map.of("x.md", "---\ndate: 2015-12-01\n---\nإن الجمعية العامة،\n")), tmp.resolve("out"));
        assertFalse(r.published());
        Diagnostic e = errors(r).get(0);
        assertEquals(Code.SYMBOL_MISSING, e.code());
        assertEquals("content/ar/x.md", e.position().file());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void malformedFrontMatterNamesFileAndLine() throws IOException {
        BuildResult r = build(content(Map.of("x.md", "---\nsymbol: A/RES/1/1\ndate: [2015\n---\nنص\n")), tmp.resolve("out"));
        Diagnostic e = errors(r).get(0);
        assertEquals(Code.FRONT_MATTER, e.code());
        assertTrue(e.toString().startsWith("content/ar/x.md:3:"), e.toString());
    }

    @Test
    void textThatIsNotUtf8IsNamed() throws IOException {
        Path content = content(Map.of());
        byte[] cp1256 = "---\nsymbol: A/RES/1/1\n---\nإن الجمعية العامة،\n".getBytes(java.nio.charset.Charset.forName("windows-1256"));
        Files.write(content.resolve("ar/x.md"), cp1256);
        Diagnostic e = errors(build(content, tmp.resolve("out"))).get(0);
        assertEquals(Code.FILE_UNREADABLE, e.code());
        assertTrue(e.toString().startsWith("content/ar/x.md: error") && e.message().contains("UTF-8"), e.toString());
    }

    @Test
    void twoDocumentsWithTheSameSlugAreAnError() throws IOException {
        BuildResult r = build(content(Map.of("a.md", GOOD, "b.md", GOOD.replace("A/RES/70/9", "a-res-70-9"))), tmp.resolve("out"));
        Diagnostic e = errors(r).get(0);
        assertEquals(Code.DUPLICATE_SLUG, e.code());
        assertTrue(e.message().contains("a-res-70-9") && e.message().contains("content/ar/a.md"), e.toString());
    }

    @Test
    void textWithNoClauseIsAnError() throws IOException {
        BuildResult r = build(content(Map.of("a.md", "---\nsymbol: A/RES/70/9\n---\nسطر\n\nسطر آخر\n")), tmp.resolve("out"));
        assertEquals(Code.NO_CLAUSES, errors(r).get(0).code());
    }

    @Test
    void templateErrorNamesTheTemplateFileAndLine() throws IOException {
        Path templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        Files.writeString(templates.resolve("home.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n${home.nothing.here}\n</@layout.frame>\n");
        BuildResult r = new SiteBuild(new BuildRequest(content(Map.of("a.md", GOOD)), templates, tmp.resolve("out"), false, true)).run();
        assertFalse(r.published());
        Diagnostic e = errors(r).get(0);
        assertEquals(Code.TEMPLATE, e.code());
        assertTrue(e.message().startsWith("templates/home.ftlh:3:"), e.message());
    }

    @Test
    void strictTurnsWarningsIntoFailure() throws IOException {
        String gap = GOOD.replace("١ - **تقرر**", "١ - **تقرر** شيئا؛\n\n٣ - **تقرر**");
        Path content = content(Map.of("a.md", gap));
        BuildResult lenient = build(content, tmp.resolve("lenient"));
        assertTrue(lenient.published());
        assertEquals(List.of(Code.NUMBERING_GAP), lenient.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals("content/ar/a.md:13:1", lenient.diagnostics().get(0).position().toString());
        BuildResult strict = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("strict"), true, true)).run();
        assertFalse(strict.published());
    }

    @Test
    void checksFindBrokenPages() throws IOException {
        Path site = tmp.resolve("broken");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="ar"><body>
                <p id="a">A/RES/1/1</p><p id="a"><a href="missing.html">x</a><a href="#nowhere">y</a></p>
                </body></html>""");
        var problems = WrittenSite.of(site).check(Checks.standard()).get("index.html");
        assertEquals(List.of("id 'a' is used twice", "link 'missing.html' leads to no file",
                "link '#nowhere' names no element with id 'nowhere'", "<html> has no dir", "Arabic page with dir=''"), problems);
    }
}
