package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.fiqra.content.ContentReader;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.Severity;
import org.fiqra.diag.SourcePosition;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets an error naming file and line, and never a half-written site. A document with an error is
 * left out and the others are published; an error of the site, or with strict any error or warning, publishes
 * nothing and leaves the previous site as it was.
 */
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

    private BuildResult strict(Path content, Path out) {
        return new SiteBuild(new BuildRequest(content, Seeds.templates(), out, true, true)).run();
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

        // a data file is the site's: its error stops the build (one document's error would only leave it out)
        Files.writeString(content.resolve("topics.yml"), "- id: family\n  en: Family\n");
        BuildResult failed = build(content, out);
        assertFalse(failed.published());
        assertEquals(List.of(Code.DATA_FILE), errors(failed).stream().map(Diagnostic::code).toList());
        assertEquals(before, snapshot(out), "the previous site is untouched, byte for byte");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void missingSymbolNamesTheFile() throws IOException {
        BuildResult r = build(content(Map.of("x.md", "---\ndate: 2015-12-01\n---\nإن الجمعية العامة،\n")), tmp.resolve("out"));
        assertFalse(r.published(), "its only document left out, the site would be empty: it is not published");
        assertEquals(List.of("content/ar/x.md"), r.leftOut());
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
        assertEquals("content/ar/x.md:4:1: error [FILE_UNREADABLE] is not UTF-8 text (it looks like Windows-1256, the Arabic "
                + "Windows encoding); save it as UTF-8", e.toString());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path content = content(Map.of());
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(content.resolve("ar/a-res-70-9.md"), withBom);
        assertTrue(build(content, tmp.resolve("out")).published());
    }

    @Test
    void emptyAndBinaryFilesAreNamed() throws IOException {
        Path content = content(Map.of("empty.md", "  \n"));
        Files.write(content.resolve("ar/binary.md"), new byte[] {'-', '-', '-', 0, 1, 2, 0});
        Files.write(content.resolve("ar/utf16.md"), "---".getBytes(StandardCharsets.UTF_16));
        List<String> messages = errors(build(content, tmp.resolve("out"))).stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "content/ar/binary.md: error [FILE_UNREADABLE] is not a text file (it contains NUL bytes)",
                "content/ar/empty.md: error [FILE_UNREADABLE] is empty: a source file needs front matter and a text",
                "content/ar/utf16.md: error [FILE_UNREADABLE] is UTF-16 text; save it as UTF-8"), messages);
    }

    @Test
    void unknownFrontMatterKeysAreWarnings() throws IOException {
        BuildResult r = build(content(Map.of("a-res-70-9.md", GOOD.replace("date: 2015-12-01", "date: 2015-12-01\nauthor: x"))),
                tmp.resolve("out"));
        assertTrue(r.published());
        Diagnostic w = r.diagnostics().stream().filter(d -> d.code() == Code.FRONT_MATTER).findFirst().orElseThrow();
        assertTrue(w.toString().startsWith("content/ar/a-res-70-9.md:4:1: warning [FRONT_MATTER] unknown front matter key 'author'"),
                w.toString());
    }

    @Test
    void aSymbolWithoutLettersOrDigitsIsAnError() throws IOException {
        Diagnostic e = errors(build(content(Map.of("a.md", GOOD.replace("symbol: A/RES/70/9", "symbol: \"///\""))),
                tmp.resolve("out"))).get(0);
        assertEquals(Code.DUPLICATE_SLUG, e.code());
        assertTrue(e.message().contains("gives an empty slug"), e.toString());
    }

    @Test
    void duplicateGapAndOutOfOrderNumbersAreWarningsWithTheirIds() throws IOException {
        String numbering = GOOD.replace("١ - **تقرر** أن تبقي المسألة قيد نظرها.", String.join("\n\n",
                "١ - **تقرر** أولا؛", "٢ - **تقرر** ثانيا؛", "٢ - **تقرر** مرة أخرى؛", "٥ - **تقرر** خامسا؛", "٤ - **تقرر** رابعا."));
        BuildResult r = build(content(Map.of("a.md", numbering)), tmp.resolve("out"));
        assertTrue(r.published(), r.diagnostics().toString());
        List<String> messages = r.diagnostics().stream().map(d -> d.code() + " " + d.message()).toList();
        assertEquals(List.of("NUMBERING_DUPLICATE paragraph 2 is numbered twice (op-2)", "NUMBERING_GAP numbering jumps from op-2 to op-5",
                "NUMBERING_ORDER op-4 comes after op-5"), messages);
        var site = org.fiqra.check.WrittenSite.of(tmp.resolve("out"));
        assertTrue(site.exists("a-res-70-9/op-2-dup2.html"), "the second op-2 keeps a page of its own");
    }

    @Test
    void aTopicWithAnUnknownParentIsAnError() throws IOException {
        Path content = content(Map.of("a-res-70-9.md", GOOD));
        Files.writeString(content.resolve("topics.yml"), "- id: family\n  en: Family\n  ar: الأسرة\n  parent: households\n  terms: [الأسرة]\n");
        BuildResult r = build(content, tmp.resolve("out"));
        Diagnostic e = errors(r).get(0);
        assertEquals("content/topics.yml: error [DATA_FILE] topic 'family' has an unknown parent 'households'", e.toString());
        assertFalse(r.published(), "a data file's error is the site's: nothing is published");
    }

    @Test
    void twoDocumentsWithTheSameSlugAreAnError() throws IOException {
        BuildResult r = build(content(Map.of("a.md", GOOD, "b.md", GOOD.replace("A/RES/70/9", "a-res-70-9"))), tmp.resolve("out"));
        Diagnostic e = errors(r).get(0);
        assertEquals(Code.DUPLICATE_SLUG, e.code());
        assertTrue(e.message().contains("a-res-70-9") && e.message().contains("content/ar/a.md"), e.toString());
        assertEquals("content/ar/b.md", e.position().file(), "the later file by name is the one reported");
        assertTrue(r.published(), "the first of the two is published");
        assertEquals(List.of("content/ar/b.md"), r.leftOut());
    }

    @Test
    void aTextWithNothingUnderItsFrontMatterIsLeftOut() throws IOException {
        BuildResult r = build(content(Map.of("a.md", "---\nsymbol: A/RES/70/8\n---\n\n", "b.md", GOOD)), tmp.resolve("out"));
        assertEquals(Code.NO_CLAUSES, errors(r).get(0).code());
        assertTrue(r.published(), "the other document is published: " + r.diagnostics());
        assertEquals(List.of("content/ar/a.md"), r.leftOut(), "a text with nothing to publish is left out");
        assertFalse(Files.exists(tmp.resolve("out/a-res-70-8.html")));
        assertTrue(Files.exists(tmp.resolve("out/a-res-70-9.html")));
    }

    @Test
    void aTextWhoseStructureIsNotFoundIsPublishedAsItsParagraphsWithAnErrorAtItsLine() throws IOException {
        BuildResult r = build(content(Map.of("a.md", "---\nsymbol: A/RES/70/8\n---\nسطر\n\nسطر آخر\n", "b.md", GOOD)),
                tmp.resolve("out"));
        Diagnostic e = errors(r).get(0);
        assertEquals(Code.STRUCTURE_LOST, e.code());
        assertEquals("content/ar/a.md", e.position().file());
        assertEquals(4, e.position().line(), "the error names the line where the structure was lost: " + e);
        assertTrue(e.message().contains("operative_from"), "it says what to do: " + e.message());
        assertTrue(r.published(), r.diagnostics().toString());
        assertEquals(List.of(), r.leftOut());
        var page = org.jsoup.Jsoup.parse(tmp.resolve("out/a-res-70-8.html").toFile(), "UTF-8");
        assertNotNull(page.getElementById("para-1"), "its paragraphs are clauses in order");
        assertTrue(page.getElementById("para-2").text().contains("سطر آخر"), page.getElementById("para-2").text());
        assertTrue(Files.exists(tmp.resolve("out/a-res-70-9.html")));
        assertTrue(Files.readString(tmp.resolve("out/build-report.txt")).contains("content/ar/a.md:4:1: error [STRUCTURE_LOST]"));
    }

    @Test
    void strictMakesALostStructureFailTheBuild() throws IOException {
        Path content = content(Map.of("a.md", "---\nsymbol: A/RES/70/8\n---\nسطر\n\nسطر آخر\n", "b.md", GOOD));
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("out"), true, true)).run();
        assertFalse(r.published());
        assertEquals(Code.STRUCTURE_LOST, errors(r).get(0).code());
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

    @Test
    void aBuildFailingHalfwayThroughRenderingLeavesThePreviousSiteAsItWas() throws IOException {
        Path out = tmp.resolve("site");
        Path content = content(Map.of("a-res-70-9.md", GOOD));
        assertTrue(build(content, out).published());
        Map<String, String> before = snapshot(out);
        Path templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        // the home page and the document pages render; the clause pages fail
        Files.writeString(templates.resolve("clause.ftlh"), "<#import \"layout.ftlh\" as layout>\n${cp.no.such.thing}\n");
        BuildResult failed = new SiteBuild(new BuildRequest(content, templates, out, false, true)).run();
        assertFalse(failed.published());
        assertEquals(Code.TEMPLATE, errors(failed).get(0).code());
        assertEquals(before, snapshot(out), "the previous site is untouched, byte for byte");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "no half-written site is left");
        }
    }

    @Test
    void aSymbolCannotLeadOutOfTheOutputFolder() throws IOException {
        BuildResult r = build(content(Map.of("a.md", GOOD.replace("symbol: A/RES/70/9", "symbol: ../../../etc/A/RES/70/9"))),
                tmp.resolve("site"));
        assertTrue(r.published(), r.diagnostics().toString());
        assertTrue(Files.exists(tmp.resolve("site/etc-a-res-70-9.html")), "the slug keeps letters, digits and dashes only");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static final String SECOND = GOOD.replace("A/RES/70/9", "A/RES/70/10").replace("٩/٧٠", "١٠/٧٠")
            .replace("2015-12-01", "2015-12-02");

    /** Adds three broken texts to {@code content}: bad front matter, a text in Windows-1256, a copy of A/RES/70/9. */
    private static void addBrokenTexts(Path content) throws IOException {
        Files.writeString(content.resolve("ar/bad-front-matter.md"), "---\nsymbol: A/RES/70/11\ndate: [2015\n---\nنص\n",
                StandardCharsets.UTF_8);
        Files.write(content.resolve("ar/not-utf8.md"),
                GOOD.replace("A/RES/70/9", "A/RES/70/12").getBytes(java.nio.charset.Charset.forName("windows-1256")));
        Files.writeString(content.resolve("ar/copy-of-a-res-70-9.md"), GOOD.replace("قيد نظرها", "قيد نظرها مرة ثانية"),
                StandardCharsets.UTF_8);
    }

    @Test
    void brokenDocumentsAreLeftOutAndTheOthersPublished() throws IOException {
        Path content = content(Map.of("a-res-70-9.md", GOOD, "a-res-70-10.md", SECOND));
        addBrokenTexts(content);
        Path out = tmp.resolve("site");
        BuildResult r = build(content, out);
        assertTrue(r.published(), r.diagnostics().toString());
        assertEquals(2, r.documents());
        assertEquals(List.of("content/ar/bad-front-matter.md", "content/ar/copy-of-a-res-70-9.md", "content/ar/not-utf8.md"),
                r.leftOut());

        WrittenSite site = WrittenSite.of(out);
        assertEquals(Map.of(), site.check(Checks.standard()));
        for (String slug : List.of("a-res-70-9", "a-res-70-10")) {
            for (String page : List.of(slug + ".html", slug + "/op-1.html", "en/" + slug + ".html")) {
                assertTrue(site.exists(page), page);
            }
        }
        assertEquals(List.of("a-res-70-10.html", "a-res-70-9.html"),
                site.page("index.html").html().select(".documents a.doc-title").eachAttr("href").stream().sorted().toList(),
                "the home page lists the good documents, and only them");
        assertFalse(site.exists("a-res-70-11.html") || site.exists("a-res-70-12.html"), "the broken texts have no page");
        assertFalse(site.page("a-res-70-9/op-1.html").html().text().contains("مرة ثانية"), "the first text of the slug, by name, has it");

        List<String> report = Files.readAllLines(out.resolve(SiteBuild.REPORT), StandardCharsets.UTF_8);
        assertEquals(List.of(
                "content/ar/bad-front-matter.md:3:12: error [FRONT_MATTER] front matter is not valid YAML: expected ',' or ']', but got <stream end>",
                "content/ar/copy-of-a-res-70-9.md: error [DUPLICATE_SLUG] symbol 'A/RES/70/9' gives the slug 'a-res-70-9', as "
                        + "'A/RES/70/9' in content/ar/a-res-70-9.md does: give each text its own symbol, or delete the copy",
                "content/ar/not-utf8.md:5:1: error [FILE_UNREADABLE] is not UTF-8 text (it looks like Windows-1256, the Arabic "
                        + "Windows encoding); save it as UTF-8",
                "left out of the site for the errors above: content/ar/bad-front-matter.md, content/ar/copy-of-a-res-70-9.md, "
                        + "content/ar/not-utf8.md",
                "3 errors, 0 warnings"), report);
    }

    @Test
    void strictPublishesNothingWhenADocumentIsBroken() throws IOException {
        Path content = content(Map.of("a-res-70-9.md", GOOD, "a-res-70-10.md", SECOND));
        Path out = tmp.resolve("site");
        assertTrue(strict(content, out).published());
        Map<String, String> before = snapshot(out);

        addBrokenTexts(content);
        BuildResult r = strict(content, out);
        assertFalse(r.published());
        assertEquals(List.of(Code.FRONT_MATTER, Code.DUPLICATE_SLUG, Code.FILE_UNREADABLE),
                errors(r).stream().map(Diagnostic::code).toList());
        assertEquals(before, snapshot(out), "the previous site is untouched, byte for byte");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void aDocumentWhoseStructureWasLostIsPublishedWithItsError() throws IOException {
        // The parser reports STRUCTURE_LOST for a text it could read only as plain paragraphs, and returns a whole
        // document. Until it does, the cache of parses that a build reuses (BuildState) stands in for it: the
        // same source file, the document the parser makes of it, and that error.
        Path content = content(Map.of("a-res-70-9.md", GOOD, "a-res-70-10.md", SECOND));
        SourceFile source = new ContentReader(new Diagnostics())
                .read(content.resolve("ar/a-res-70-9.md"), "content/ar/a-res-70-9.md").orElseThrow();
        Diagnostic lost = new Diagnostic(Code.STRUCTURE_LOST, Severity.ERROR, new SourcePosition("content/ar/a-res-70-9.md", 5, 1),
                "read as plain paragraphs");
        BuildState state = new BuildState();
        state.parsed.put(source, new BuildState.Parsed(DocumentParser.parse(source, new Diagnostics()), List.of(lost)));

        Path out = tmp.resolve("site");
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), out, false, true), state).run();
        assertTrue(r.published(), r.diagnostics().toString());
        assertEquals(List.of(lost), errors(r));
        assertEquals(List.of(), r.leftOut(), "the document is published as the parser returned it");
        assertTrue(Files.exists(out.resolve("a-res-70-9/op-1.html")));
        assertTrue(Files.readAllLines(out.resolve(SiteBuild.REPORT), StandardCharsets.UTF_8)
                .contains("content/ar/a-res-70-9.md:5:1: error [STRUCTURE_LOST] read as plain paragraphs"));

        BuildResult strict = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("strict"), true, true), state).run();
        assertFalse(strict.published(), "strict stops at it");
    }

    /** A/RES/70/1, which the texts A/RES/70/9 and A/RES/70/10 cite (قرارها ١/٧٠), with one footnote. */
    private static final String CITED = """
            ---
            symbol: A/RES/70/1
            date: 2015-09-25
            ---
            ١/٧٠ - نص تجريبي فيه حاشية

            إن الجمعية العامة،

            إذ تشير إلى الإعلان^(١)،

            ١ - **تقرر** أن تبقي المسألة قيد نظرها.

            (١) انظر الإعلان.
            """;

    /**
     * Puts in {@code state} the parse of content/ar/a-res-70-1.md ({@link #CITED}) with its one footnote given
     * twice, as a text the parser read oddly could have it: the two share the id fn-1 on the document's page,
     * which the check of the written site finds. The parser gives a second footnote of the same number the next
     * free one (FOOTNOTE_DUPLICATE), so no text makes such a page today; the cache of parses a build reuses
     * (BuildState) stands in for one.
     */
    private static void footnoteTwice(Path content, BuildState state) {
        SourceFile source = new ContentReader(new Diagnostics())
                .read(content.resolve("ar/a-res-70-1.md"), "content/ar/a-res-70-1.md").orElseThrow();
        Document d = DocumentParser.parse(source, new Diagnostics());
        assertEquals(1, d.footnotes().size(), "the text has one footnote");
        Footnote f = d.footnotes().get(0);
        Document twice = new Document(d.source(), d.symbol(), d.slug(), d.language(), d.translation(), d.title(), d.body(),
                d.date(), d.kind(), d.header(), d.titleLine(), d.opening(), d.preamble(), d.operativeIntro(), d.blocks(),
                List.of(f, f), d.closing(), d.vote(), d.annex(), d.markers());
        state.parsed.put(source, new BuildState.Parsed(twice, List.of()));
    }

    private static final List<String> FOOTNOTE_TWICE = List.of(
            "a-res-70-1.html: error [CHECK] id 'fn-1' is used twice (a page of content/ar/a-res-70-1.md, which is left out)",
            "en/a-res-70-1.html: error [CHECK] id 'fn-1' is used twice (a page of content/ar/a-res-70-1.md, which is left out)");

    /**
     * What a site built from {@link #GOOD}, {@link #SECOND} and the broken {@link #CITED} has: the first two, whose
     * citations of A/RES/70/1 lead to its official address as those of any text outside the corpus do.
     */
    private static void assertPublishedWithoutTheCitedText(BuildResult r, Path out) throws IOException {
        assertTrue(r.published(), r.diagnostics().toString());
        assertEquals(2, r.documents());
        assertEquals(List.of("content/ar/a-res-70-1.md"), r.leftOut());
        assertEquals(FOOTNOTE_TWICE, errors(r).stream().map(Diagnostic::toString).toList());

        WrittenSite site = WrittenSite.of(out);
        assertEquals(Map.of(), site.check(Checks.standard()), "the site published passes the check");
        assertEquals(List.of(), site.files().stream()
                .filter(f -> f.matches("(en/)?a-res-70-1(\\.html|/.*)")).toList(), "the text left out has no page in either tree");
        for (String home : List.of("index.html", "en/index.html")) {
            assertEquals(List.of("a-res-70-10.html", "a-res-70-9.html"),
                    site.page(home).html().select(".documents a.doc-title").eachAttr("href").stream().sorted().toList(),
                    home + " lists the other documents, and only them");
        }
        for (String slug : List.of("a-res-70-9", "a-res-70-10")) {
            for (String tree : List.of("", "en/")) {
                var page = site.page(tree + slug + ".html").html();
                assertNotNull(page.getElementById("op-1"), tree + slug);
                assertEquals("https://undocs.org/" + (tree.isEmpty() ? "ar" : "en") + "/A/RES/70/1",
                        page.select("#pp-1 a.ref[title=A/RES/70/1]").attr("href"),
                        tree + slug + " cites A/RES/70/1 as a text outside the corpus");
            }
            assertNotNull(site.page(slug + "/op-1.html").html().getElementById("op-1"), slug);
        }

        List<String> report = Files.readAllLines(out.resolve(SiteBuild.REPORT), StandardCharsets.UTF_8);
        assertTrue(report.containsAll(FOOTNOTE_TWICE), "the report names the document, the page and the problem: " + report);
        assertTrue(report.contains("left out of the site for the errors above: content/ar/a-res-70-1.md"), report.toString());
    }

    @Test
    void aDocumentWhosePagesFailTheCheckIsLeftOutAndTheOthersPublished() throws IOException {
        Path content = content(Map.of("a-res-70-9.md", GOOD, "a-res-70-10.md", SECOND, "a-res-70-1.md", CITED));
        BuildState state = new BuildState();
        footnoteTwice(content, state);
        Path out = tmp.resolve("site");
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), out, false, true), state).run();
        assertPublishedWithoutTheCitedText(r, out);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void aDocumentWhosePagesFailTheCheckOfABuildInPlaceIsLeftOutToo() throws IOException {
        // the preview server's builds: the second and third write over the site the one before published
        Path content = content(Map.of("a-res-70-9.md", GOOD, "a-res-70-10.md", SECOND));
        BuildState state = new BuildState();
        Path out = tmp.resolve("site");
        assertTrue(new SiteBuild(new BuildRequest(content, Seeds.templates(), out, false, true), state).run().published());
        assertTrue(Files.exists(out.resolve("a-res-70-9.html")));

        Files.writeString(content.resolve("ar/a-res-70-1.md"), CITED, StandardCharsets.UTF_8);
        footnoteTwice(content, state);
        for (int build = 0; build < 2; build++) {
            BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), out, false, true), state).run();
            assertPublishedWithoutTheCitedText(r, out);
            assertTrue(state.usable(), "the next build can start from the site published");
        }
    }

    @Test
    void strictPublishesNothingWhenADocumentsPagesFailTheCheck() throws IOException {
        Path content = content(Map.of("a-res-70-9.md", GOOD, "a-res-70-10.md", SECOND));
        Path out = tmp.resolve("site");
        assertTrue(strict(content, out).published());
        Map<String, String> before = snapshot(out);

        Files.writeString(content.resolve("ar/a-res-70-1.md"), CITED, StandardCharsets.UTF_8);
        BuildState state = new BuildState();
        footnoteTwice(content, state);
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), out, true, true), state).run();
        assertFalse(r.published());
        assertEquals(List.of("a-res-70-1.html: error [CHECK] id 'fn-1' is used twice",
                "en/a-res-70-1.html: error [CHECK] id 'fn-1' is used twice"), errors(r).stream().map(Diagnostic::toString).toList());
        assertEquals(before, snapshot(out), "the previous site is untouched, byte for byte");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }
}
