package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fiqra.Seeds;
import org.fiqra.check.WrittenSite;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small corpus written inline: documents that cite each other, and the forms of reference. */
class CorpusLinkTest {
    @TempDir
    static Path tmp;
    static BuildResult result;
    static WrittenSite site;

    static final Map<String, String> FILES = Map.of(
            "a-res-70-5.md", """
                    ---
                    symbol: A/RES/70/5
                    date: 2015-12-10
                    ---
                    ٥/٧٠ - حماية الأسرة

                    إن الجمعية العامة،

                    إذ تشير إلى القرار 217 ألف (د-3) المؤرخ ١٠ كانون الأول/ديسمبر ١٩٤٨،

                    ١ - **تقرر** أن تبقي المسألة قيد نظرها؛

                    ٢ - **تطلب** إلى الأمين العام تقديم تقرير.
                    """,
            "a-res-72-9.md", """
                    ---
                    symbol: A/RES/72/9
                    date: 2017-12-20
                    ---
                    ٩/٧٢ - متابعة

                    إن الجمعية العامة،

                    إذ تشير إلى قراريها ٥/٧٠ و ١/٧٠ المؤرخ ٢٥ أيلول/سبتمبر ٢٠١٥،

                    وإذ تشير أيضا إلى الفقرة ٢ من قرارها ٥/٧٠، وإلى الغاية ٥-٢ للفترة 2019 - 2025،

                    ١ - **تقرر** مواصلة النظر وفقا للمقرر 1/م أ-21؛
                    """,
            "oic-x.md", """
                    ---
                    symbol: OIC/X/2016
                    date: 2016-05-01
                    title: قرار تجريبي
                    ---
                    إن المؤتمر،

                    إذ يشير إلى قرار الجمعية العامة ٢٩٣/٦٤ وقرار الجمعية العامة ٧٠/٥ وقرار الجمعية العامة ٦٩/٣١٣،

                    وإذ يشير إلى قرار مجلس حقوق الإنسان ٦/١٧،

                    ١ - يقرر ذلك.
                    """);

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("ar"));
        for (var e : FILES.entrySet()) {
            Files.writeString(content.resolve("ar").resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        result = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("site"), false, true)).run();
        site = WrittenSite.of(tmp.resolve("site"));
    }

    private static org.jsoup.nodes.Document page(String path) {
        return site.page(path).html();
    }

    @Test
    void aDocumentOfTheCorpusLinksToItsPage() {
        assertTrue(result.published(), result.diagnostics().toString());
        var pp1 = page("a-res-72-9.html").getElementById("pp-1");
        assertEquals(List.of("a-res-70-5.html", "https://undocs.org/ar/A/RES/70/1"), pp1.select("a.ref").eachAttr("href"));
        assertEquals(List.of("٥/٧٠", "١/٧٠"), pp1.select("a.ref").eachText(), "قراريها … و … is two references");
    }

    @Test
    void aParagraphOfAnotherDocumentIsCitedOnItsPage() {
        var doc = page("a-res-70-5.html");
        List<String> citing = doc.select("#cited-by .citing a[href]").eachAttr("href");
        assertTrue(citing.contains("a-res-72-9/pp-1.html") && citing.contains("a-res-72-9/pp-2.html"), citing.toString());
        assertTrue(citing.contains("oic-x-2016/pp-1.html"), citing.toString());
        var clausePage = page("a-res-72-9/pp-1.html");
        assertEquals(List.of("../a-res-70-5.html", "https://undocs.org/ar/A/RES/70/1"),
                clausePage.select(".cites li > a:first-child").eachAttr("href"), "what the clause cites");
    }

    @Test
    void olderResolutionsWithTheSessionInDigitsOrRomanNumerals() {
        var ref = page("a-res-70-5.html").getElementById("pp-1").selectFirst("a.ref");
        assertEquals("A/RES/217(III)", ref.attr("title"));
        assertEquals("217 ألف (د-3)", ref.text());
    }

    @Test
    void datesTargetsAndDecisionsAreNoReferences() {
        var op1 = page("a-res-72-9.html").getElementById("op-1");
        assertTrue(op1.select(".ref").isEmpty(), op1.select(".ref").eachText().toString());
        var pp2 = page("a-res-72-9.html").getElementById("pp-2");
        assertEquals(List.of("٥/٧٠"), pp2.select(".ref").eachText());
    }

    @Test
    void withoutATitleLineTheOrderOfTheUnambiguousReferencesDecides() {
        var pp = page("oic-x-2016.html");
        assertEquals(List.of("A/RES/64/293", "A/RES/70/5", "A/RES/69/313"), pp.getElementById("pp-1").select("a.ref").eachAttr("title"));
        assertEquals(List.of("A/HRC/RES/6/17"), pp.getElementById("pp-2").select(".ref").eachAttr("title"));
        List<Diagnostic> assumed = result.diagnostics().stream().filter(d -> d.code() == Code.REFERENCE_ORDER_ASSUMED).toList();
        assertEquals(1, assumed.size(), assumed.toString());
        assertTrue(assumed.get(0).message().contains("«٦/١٧» read as A/HRC/RES/6/17 (session/number, the order of this document's unambiguous references)"),
                assumed.get(0).message());
    }
}
