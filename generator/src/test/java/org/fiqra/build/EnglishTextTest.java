package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fiqra.SeedSite;
import org.fiqra.Seeds;
import org.fiqra.check.Checks;
import org.fiqra.check.InternalLinksResolveCheck;
import org.fiqra.check.WrittenSite;
import org.fiqra.content.ContentReader;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Document;
import org.fiqra.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English texts: parsed by the same parser, aligned with the Arabic by clause id, shown beside it. */
class EnglishTextTest {
    @TempDir
    Path tmp;

    private static Document english(String slug) {
        Diagnostics d = new Diagnostics();
        Path file = Seeds.content().resolve("en").resolve(slug + ".md");
        var source = new ContentReader(d).read(file, "content/en/" + slug + ".md").orElseThrow();
        var withLanguage = new org.fiqra.content.SourceFile(source.display(), source.frontMatter(), source.bodyLines(),
                source.firstBodyLine());
        Document doc = DocumentParser.parse(withLanguage, d);
        // what the parser reports as information (the page furniture it dropped) is no problem
        assertEquals(List.of(), d.all().stream().filter(x -> x.severity() != org.fiqra.diag.Severity.INFO).toList(),
                "the English text parses without a problem");
        return doc;
    }

    @Test
    void theTwoTranslationsAlignCompletelyWithTheArabic() {
        for (String slug : List.of("a-res-66-122", "e-res-2017-18")) {
            Document en = english(slug);
            assertEquals("en", en.language());
            Document ar = Seeds.parse(slug, new Diagnostics());
            assertEquals(Alignment.ids(ar), Alignment.ids(en), slug + ": every Arabic id has its English pair and none is extra");
            assertEquals(ar.footnotes().size(), en.footnotes().size());
        }
        assertTrue(SeedSite.get().result.diagnostics().stream().noneMatch(d -> d.code() == Code.ALIGNMENT));
    }

    @Test
    void theEnglishRawFormIsReadLikeTheArabic() {
        Document en = english("e-res-2017-18");
        assertEquals("The Economic and Social Council,", en.opening().raw());
        assertEquals(List.of("pp-6-a", "pp-6-b", "pp-6-c", "pp-6-d", "pp-6-e", "pp-6-f"),
                en.clauses().get(5).items().stream().map(s -> s.id().value()).toList());
        assertTrue(en.clauses().stream().filter(c -> c.id().value().equals("op-7")).findFirst().orElseThrow().text().fragments() == 2);
        assertTrue(en.clauses().stream().noneMatch(c -> c.text().raw().contains("Please recycle")));
    }

    @Test
    void clausePagesShowTheirCounterpartAndTheParallelViewPairsEveryClause() {
        SeedSite seed = SeedSite.get();
        var arabic = seed.page("a-res-66-122/op-3.html");
        var aside = arabic.selectFirst("aside.counterpart .clause");
        assertEquals("en", aside.attr("lang"));
        assertEquals("ltr", aside.attr("dir"));
        assertTrue(aside.text().startsWith("3. Encourages"), aside.text());
        var english = seed.page("en/a-res-66-122/op-3.html");
        assertEquals("", english.getElementById("op-3").attr("dir"), "the English clause runs with the page");
        assertEquals("rtl", english.selectFirst("aside.counterpart .clause").attr("dir"));
        assertTrue(english.selectFirst(".notice").text().contains("unofficial"), "labelled as an unofficial translation");
        for (String p : List.of("e-res-2017-18/parallel.html", "en/e-res-2017-18/parallel.html")) {
            var parallel = seed.page(p);
            assertEquals(32, parallel.select("table.parallel tbody tr").size(), "one row per clause");
            assertEquals(32, parallel.select("td[lang=en] .clause").size());
        }
        var enDoc = seed.page("en/e-res-2017-18.html");
        assertTrue(enDoc.getElementById("op-1").text().contains("Urges"), "the English page shows the English text");
        assertNull(seed.page("en/a-hrc-res-56-2.html").selectFirst(".parallel-link"), "no parallel view without an English text");
    }

    /**
     * A/RES/70/9 in both languages: the Arabic's title, opening and first preambular paragraph, then
     * {@code morePreamble} and its two operative paragraphs; the English's first paragraphs, then
     * {@code moreOperative}.
     */
    private Path twoTexts(String morePreamble, String moreOperative) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("ar"));
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("ar/a-res-70-9.md"), """
                ---
                symbol: A/RES/70/9
                date: 2015-12-01
                ---
                ٩/٧٠ - نص تجريبي

                إن الجمعية العامة،

                إذ تشير إلى قرارها ١/٧٠،
                """ + morePreamble + """

                ١ - **تقرر** أن تبقي المسألة قيد نظرها؛

                ٢ - **تطلب** تقريرا.
                """, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("en/a-res-70-9.md"), """
                ---
                symbol: A/RES/70/9
                translation: unofficial
                ---
                70/9. A test text

                The General Assembly,

                *Recalling* its resolution 70/1,

                1. *Decides* to remain seized of the matter;
                """ + moreOperative, StandardCharsets.UTF_8);
        return content;
    }

    @Test
    void aTranslationLackingAClauseWithAnExtraSubParagraphGetsExactlyTwoWarnings() throws IOException {
        Path content = twoTexts("""

                وإذ تسلم بأهمية التعاون،
                """, """

                2. *Requests* a report on:

                (a) An extra item.
                """);
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("site"), false, true)).run();
        assertTrue(r.published(), r.diagnostics().toString());
        List<String> alignment = r.diagnostics().stream().filter(d -> d.code() == Code.ALIGNMENT).map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "content/en/a-res-70-9.md: warning [ALIGNMENT] the English text has op-2-a, which the Arabic content/ar/a-res-70-9.md does not",
                "content/en/a-res-70-9.md: warning [ALIGNMENT] the English text lacks pp-2 of the Arabic content/ar/a-res-70-9.md"),
                alignment);
        WrittenSite site = WrittenSite.of(tmp.resolve("site"));
        assertEquals(java.util.Map.of(), site.check(Checks.standard()));
        var enDoc = site.page("en/a-res-70-9.html").html();
        assertNotNull(enDoc.getElementById("pp-2"), "with a clause missing, the English page keeps the Arabic text and every anchor");
        assertNotNull(site.page("a-res-70-9/op-1.html").html().selectFirst("aside.counterpart"));
        assertNull(site.page("a-res-70-9/pp-2.html").html().selectFirst("aside.counterpart"), "no counterpart where the English lacks it");
        var parallel = site.page("a-res-70-9/parallel.html").html();
        assertNotNull(parallel.getElementById("pp-2").selectFirst(".missing"));
    }

    @Test
    void anEnglishClauseTheArabicLacksGetsItsEnglishPageWithoutABrokenLink() throws IOException {
        Path content = twoTexts("", """

                2. *Requests* a report;

                3. *Invites* comments.
                """);
        String base = "https://example.org/fiqra/";
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("site"), false, true, base)).run();
        assertTrue(r.published(), r.diagnostics().toString());
        assertEquals(List.of("content/en/a-res-70-9.md:15:4: warning [ALIGNMENT] en clause op-3 has no Arabic counterpart in "
                        + "content/ar/a-res-70-9.md; if it should pair with an Arabic paragraph, number the two alike"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
        WrittenSite site = WrittenSite.of(tmp.resolve("site"));
        assertEquals(java.util.Map.of(), site.check(Checks.standard()), "no link leads to a missing Arabic page");
        assertFalse(site.exists("a-res-70-9/op-3.html"), "the Arabic tree has no page for a clause the Arabic lacks");

        var page = site.page("en/a-res-70-9/op-3.html").html();
        assertTrue(page.getElementById("op-3").text().contains("Invites comments"), page.getElementById("op-3").text());
        assertEquals("This paragraph is in the English text only: the Arabic original has no paragraph that corresponds to it.",
                page.selectFirst(".notice.no-counterpart").text());
        assertNull(page.selectFirst("aside.counterpart"));
        assertEquals("a-res-70-9.html", InternalLinksResolveCheck.resolve("en/a-res-70-9/op-3.html",
                page.selectFirst("a.lang-switch").attr("href")), "the language switch leads to the Arabic document");
        assertNull(page.selectFirst("link[rel=alternate][hreflang=ar]"), "no Arabic page claims to be its translation");
        var sitemap = org.jsoup.Jsoup.parse(Files.readString(tmp.resolve("site/sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        var entry = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(base + "en/a-res-70-9/op-3.html")).findFirst().orElseThrow();
        assertTrue(entry.select("xhtml|link").isEmpty(), "nor does the sitemap: " + entry);
        var doc = site.page("en/a-res-70-9.html").html();
        assertEquals("en/a-res-70-9/op-3.html", InternalLinksResolveCheck.resolve("en/a-res-70-9.html",
                doc.getElementById("op-3").selectFirst("a[href]").attr("href")), "the English document links to its page");
        var op2 = site.page("en/a-res-70-9/op-2.html").html();
        assertEquals("en/a-res-70-9/op-3.html", InternalLinksResolveCheck.resolve("en/a-res-70-9/op-2.html",
                op2.selectFirst("a[rel=next]").attr("href")), "the English pager goes on to it");
        assertNotNull(op2.selectFirst("aside.counterpart"), "a clause both texts have keeps its counterpart");
    }
}
