package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fiqra.SeedSite;
import org.fiqra.Seeds;
import org.fiqra.check.Checks;
import org.fiqra.check.WrittenSite;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.SubParagraph;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seeds built into a site with the real templates, then read back with jsoup. */
class SeedSiteTest {
    private static final List<String> SLUGS = List.of("a-res-66-122", "oic-mcsd-2-2023-final-res", "gb-316-ins-5-1",
            "a-hrc-res-56-2", "e-res-2017-18");

    static Path out;
    static BuildResult result;
    static WrittenSite site;

    @BeforeAll
    static void build() {
        SeedSite seed = SeedSite.get();
        site = seed.site;
        out = seed.output;
        result = seed.result;
    }

    private static org.jsoup.nodes.Document page(String path) {
        assertTrue(site.exists(path), "no page " + path);
        return site.page(path).html();
    }

    @Test
    void buildsAndPublishesTheFiveDocuments() {
        assertTrue(result.published(), result.diagnostics().toString());
        assertEquals(5, result.documents());
        var home = page("index.html");
        List<String> links = home.select(".documents .doc-title").eachAttr("href");
        assertEquals(SLUGS.stream().map(s -> s + ".html").sorted().toList(), links.stream().sorted().toList());
        assertEquals(List.of("A/HRC/RES/56/2", "A/RES/66/122", "E/RES/2017/18", "GB.316/INS/5/1", "OIC/MCSD-2/2023/FINAL-RES"),
                home.select(".documents bdi.symbol").eachText().stream().sorted().toList());
    }

    @Test
    void everyPagePassesTheSiteChecks() {
        Map<String, List<String>> problems = site.check(Checks.standard());
        assertEquals(Map.of(), problems);
    }

    @Test
    void everyClauseIsAnchoredAndHasItsPage() {
        Diagnostics d = new Diagnostics();
        for (String slug : SLUGS) {
            Document doc = Seeds.parse(slug, d);
            var docPage = page(slug + ".html");
            for (Clause c : doc.clauses()) {
                Element anchor = docPage.getElementById(c.id().value());
                assertNotNull(anchor, slug + " has no anchor " + c.id());
                var clausePage = page(slug + "/" + c.id().value() + ".html");
                assertNotNull(clausePage.getElementById(c.id().value()), "the clause page carries the anchor");
                assertEquals(c.items().size(), clausePage.select("#" + c.id().value() + " > .items > li").size());
                for (SubParagraph s : c.items()) {
                    assertNotNull(docPage.getElementById(s.id().value()), slug + " has no anchor " + s.id());
                }
            }
            doc.sections().forEach(s -> assertNotNull(docPage.getElementById(s.id().value())));
            doc.footnotes().forEach(f -> assertNotNull(docPage.getElementById(f.id())));
            long clausePages = site.pages().stream().filter(p -> p.startsWith(slug + "/") && !p.endsWith("/parallel.html")).count();
            assertEquals(doc.clauses().size(), clausePages, slug + ": one page per clause, no other");
        }
    }

    @Test
    void clausePageShowsTheContractCitation() {
        var op3 = page("a-res-66-122/op-3.html");
        assertEquals("A/RES/66/122، الفقرة ٣ من المنطوق", op3.selectFirst(".citation .cite").text());
        assertEquals("A/RES/66/122", op3.selectFirst(".citation .cite bdi[dir=ltr]").text());
        assertEquals("A/RES/66/122، الفقرة ٣ من المنطوق", op3.selectFirst("button[data-copy=text]").attr("data-text"));
        assertEquals("op-3.html", op3.selectFirst("a[data-copy=link]").attr("href").replace("../a-res-66-122/", ""));
        var pp2 = page("a-res-66-122/pp-2.html");
        assertEquals("A/RES/66/122، الفقرة ٢ من الديباجة", pp2.selectFirst(".citation .cite").text());
        var para = page("gb-316-ins-5-1/para-12.html");
        assertEquals("GB.316/INS/5/1، الفقرة ١٢", para.selectFirst(".citation .cite").text());
    }

    @Test
    void clausePageLinksToItsNeighboursAndBack() {
        var op1 = page("a-res-66-122/op-1.html");
        assertEquals("../a-res-66-122/pp-15.html", op1.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../a-res-66-122/op-2.html", op1.selectFirst("a[rel=next]").attr("href"));
        assertEquals("../a-res-66-122.html#op-1", op1.selectFirst(".pager a.up").attr("href"));
        var first = page("a-res-66-122/pp-1.html");
        assertNull(first.selectFirst("a[rel=prev]"));
        var last = page("a-res-66-122/op-9.html");
        assertNull(last.selectFirst("a[rel=next]"));
    }

    @Test
    void footnotesAreLinkedBothWays() {
        var doc = page("a-res-66-122.html");
        Element marker = doc.getElementById("fnref-1");
        assertEquals("#fn-1", marker.selectFirst("a").attr("href"));
        assertEquals("pp-3", marker.closest(".clause").id(), "the marker stands in pp-3");
        assertEquals("#fnref-1", doc.getElementById("fn-1").selectFirst("a.backref").attr("href"));
        var pp3 = page("a-res-66-122/pp-3.html");
        assertEquals("انظر القرار ١/٦٥.", pp3.getElementById("fn-1").selectFirst(".text").text());
        var ecosoc = page("e-res-2017-18.html");
        assertEquals(List.of("#fnref-1", "#fnref-1-2"), ecosoc.getElementById("fn-1").select("a.backref").eachAttr("href"));
    }

    @Test
    void footnoteMarkersUseTheDigitsOfTheirText() {
        assertEquals("١", page("a-res-66-122.html").getElementById("fnref-1").text());
        // the English tree shows the English text, whose markers (and footnote numbers) are ASCII
        var english = page("en/a-res-66-122.html");
        assertEquals("1", english.getElementById("fnref-1").text());
        assertEquals("1", english.getElementById("fn-1").selectFirst(".fn-number").text());
        // the side-by-side page, row by row: each column in its own digits
        var parallel = page("a-res-66-122/parallel.html");
        assertEquals(List.of("١", "1", "٢", "2"), parallel.select("sup").eachText());
    }

    @Test
    void englishTextsLinkWhatTheirArabicTextsCite() {
        // the footnote "See resolution 65/1" leads where the Arabic "انظر القرار ١/٦٥" does, to the English document
        Element arabic = page("a-res-66-122.html").getElementById("fn-1").selectFirst("a.ref");
        Element english = page("en/a-res-66-122.html").getElementById("fn-1").selectFirst("a.ref");
        assertNotNull(english, "the English footnote links its resolution");
        assertEquals("65/1", english.text());
        assertEquals(arabic.attr("title"), english.attr("title"));
        assertEquals("https://undocs.org/en/A/RES/65/1", english.attr("href"));
        // side by side, on either tree, each column links the resolution op-11 welcomes, in its own language
        for (String path : List.of("e-res-2017-18/parallel.html", "en/e-res-2017-18/parallel.html")) {
            var row = page(path).getElementById("op-11");
            assertEquals("https://undocs.org/en/A/RES/71/287", row.selectFirst("td[lang=en] a.ref").attr("href"), path);
            assertEquals("71/287", row.selectFirst("td[lang=en] a.ref").text(), path);
            assertEquals("A/RES/71/287", row.selectFirst("td[lang=ar] a.ref").attr("title"), path);
        }
        // and the English clause page of op-11
        assertEquals(List.of("71/287"), page("en/e-res-2017-18/op-11.html").select("#op-11 a.ref").eachText());
    }

    @Test
    void aClauseCitesTheSameOnBothTrees() {
        // the English tree shows the English text of these two, but what a clause cites is what the Arabic cites
        int compared = 0;
        for (String slug : List.of("a-res-66-122", "e-res-2017-18")) {
            for (Clause c : Seeds.parse(slug, new Diagnostics()).clauses()) {
                String path = slug + "/" + c.id().value() + ".html";
                List<String> arabic = page(path).select(".cites a.citator-link").eachAttr("href");
                assertEquals(arabic, page("en/" + path).select(".cites a.citator-link").eachAttr("href"), path);
                compared += arabic.size();
            }
        }
        assertTrue(compared >= 20, compared + " citations compared");
    }

    @Test
    void markersWithoutFootnoteTextAreNotLinks() {
        var doc = page("a-hrc-res-56-2.html");
        var missing = doc.select("sup.fnref.missing");
        assertEquals(List.of("٤", "٥"), missing.eachText());
        assertTrue(missing.select("a").isEmpty());
        assertEquals(List.of("op-20", "op-32"), missing.stream().map(m -> m.closest(".clause").id()).toList());
    }

    @Test
    void voteRecordWithItsLists() {
        var vote = page("a-hrc-res-56-2.html").getElementById("vote");
        assertNotNull(vote);
        assertEquals(List.of("المؤيدون (31)", "المعارضون (14)", "الممتنعون (2)"), vote.select("summary").eachText());
    }

    @Test
    void annexIsOneTableWithOneHeader() {
        var annex = page("gb-316-ins-5-1.html").getElementById("annex");
        assertEquals(1, annex.select("table").size());
        assertEquals(1, annex.select("thead tr").size());
        assertEquals(25, annex.select("tbody tr").size());
        assertFalse(annex.select("tbody td").eachText().contains("فئة الأنشطة"), "the repeated header rows are dropped");
        assertEquals(1, annex.select(".table-note").size());
    }

    @Test
    void inlineMarkupIsRenderedSafely() {
        var ilo = page("gb-316-ins-5-1.html");
        assertEquals("التقرير العالمي للضمان الاجتماعي", ilo.selectFirst("#annex td i").text());
        var ares = page("a-res-66-122.html");
        assertEquals("تؤكد", ares.selectFirst("#op-1 > .text > strong").text());
        assertTrue(ares.select("script:not([src])").isEmpty(), "no inline script");
    }

    @Test
    void noPageFurnitureOrHeaderLineBecomesAClause() {
        var ecosoc = page("e-res-2017-18.html");
        for (Element c : ecosoc.select(".clause .text")) {
            assertFalse(c.text().contains("الرجاء إعادة الاستعمال") || c.text().contains("17-12889"), c.text());
        }
        var oic = page("oic-mcsd-2-2023-final-res.html");
        assertTrue(oic.getElementById("op-16").text().contains("يشيد"));
        assertFalse(oic.select(".clause .text").eachText().stream().anyMatch(t -> t.startsWith("17 ذو القعدة")));
    }

    @Test
    void pagesAreArabicRightToLeftWithTheBundledFont() throws IOException {
        var home = page("index.html");
        assertEquals("ar", home.selectFirst("html").attr("lang"));
        assertEquals("rtl", home.selectFirst("html").attr("dir"));
        String css = Files.readString(out.resolve("assets/fiqra.css"));
        assertTrue(css.contains("fonts/noto-naskh-arabic-arabic-400-normal.woff2"));
        assertTrue(site.exists("assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2"));
        assertFalse(css.contains("http:") || css.contains("https:"), "no request leaves the site");
        for (String p : List.of("index.html", "a-res-66-122.html", "a-res-66-122/op-1.html")) {
            assertTrue(page(p).select("[src^=http], link[href^=http]").isEmpty(), p + " loads nothing from outside");
        }
    }

    @Test
    void buildReportListsEveryWarningWithFileAndLine() throws IOException {
        List<String> report = Files.readAllLines(out.resolve(SiteBuild.REPORT));
        List<String> warnings = result.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(warnings, report.subList(0, report.size() - 1));
        assertTrue(report.contains("content/ar/a-hrc-res-56-2.md:132:133: warning [FOOTNOTE_TEXT_MISSING] marker ⁽⁴⁾ has no footnote text"),
                report.toString());
        // the five problems of the seeds' texts, and the two references that fit no resolution
        assertEquals("0 errors, 7 warnings", report.get(report.size() - 1));
    }

    @Test
    void everyPageForbidsInlineScriptAndCarriesNoInlineStyle() {
        for (String p : site.pages()) {
            var html = page(p);
            var csp = html.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, p);
            String policy = csp.attr("content");
            assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), p + ": " + policy);
            assertTrue(html.select("script:not([src]), [style], [onclick], [onload], [onerror]").isEmpty(), p);
        }
    }
}
