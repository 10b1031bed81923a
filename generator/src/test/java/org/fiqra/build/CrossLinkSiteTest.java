package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fiqra.SeedSite;
import org.fiqra.check.WrittenSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The references of the seeds on the built site: links, hover symbols, footnotes, the citator. */
class CrossLinkSiteTest {
    static WrittenSite site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        SeedSite seed = SeedSite.get();
        site = seed.site;
        result = seed.result;
    }

    private static String resolve(String from, String href) {
        return org.fiqra.check.InternalLinksResolveCheck.resolve(from, href);
    }

    private static org.jsoup.nodes.Document page(String path) {
        return SeedSite.get().page(path);
    }

    private static Element refTo(org.jsoup.nodes.Document page, String clause, String symbol) {
        return page.getElementById(clause).select("a.ref[title=" + symbol + "]").first();
    }

    @Test
    void resolutionsByNumberLinkToTheirOfficialAddress() {
        assertTrue(result.published(), result.diagnostics().toString());
        Element op13 = refTo(page("e-res-2017-18.html"), "op-13", "A/RES/64/293");
        assertEquals("٢٩٣/٦٤", op13.text(), "the text as written, the symbol on hover");
        assertEquals("https://undocs.org/ar/A/RES/64/293", op13.attr("href"));
        assertEquals("١٢/٢٠١٠", refTo(page("a-res-66-122.html"), "pp-2", "E/RES/2010/12").text());
        assertEquals("1/70", refTo(page("a-hrc-res-56-2.html"), "pp-2", "A/RES/70/1").text());
        assertEquals("https://undocs.org/ar/A/RES/70/1", refTo(page("a-hrc-res-56-2/pp-2.html"), "pp-2", "A/RES/70/1").attr("href"));
    }

    @Test
    void footnoteMarkerLeadsToTheFootnoteWhoseTextLinksItsResolution() {
        var doc = page("a-res-66-122.html");
        Element marker = doc.getElementById("pp-3").selectFirst("sup.fnref a");
        assertEquals("#fn-1", marker.attr("href"));
        Element footnote = doc.getElementById("fn-1");
        Element ref = footnote.selectFirst("a.ref");
        assertEquals("A/RES/65/1", ref.attr("title"));
        assertEquals("١/٦٥", ref.text());
        var clausePage = page("a-res-66-122/pp-3.html");
        assertEquals("A/RES/65/1", clausePage.getElementById("fn-1").selectFirst("a.ref").attr("title"));
        assertTrue(clausePage.select(".cites a[href=https://undocs.org/ar/A/RES/65/1]").size() == 1,
                "the clause page lists what its footnote cites");
    }

    @Test
    void aParagraphOfTheSameDocumentLinksToItsAnchor() {
        Element ref = page("gb-316-ins-5-1.html").select(".prose a.ref").stream()
                .filter(a -> a.text().equals("الفقرة ٣٢")).findFirst().orElseThrow();
        assertEquals("gb-316-ins-5-1.html#para-32", ref.attr("href"));
    }

    @Test
    void nonReferencesStayPlainText() {
        var ares = page("a-res-66-122.html");
        assertTrue(ares.getElementById("pp-2").select("a.ref").eachText().equals(List.of("١٢/٢٠١٠")),
                "the date ٢٢ تموز/يوليه ٢٠١٠ after the reference is no link");
        var hrc = page("a-hrc-res-56-2.html");
        assertTrue(hrc.getElementById("fn-1").select(".ref").eachText().equals(List.of("FCCC/CP/2015/10/Add.1")),
                "the COP decision 1/م أ-21 is no link: " + hrc.getElementById("fn-1").select(".ref").eachText());
        var ecosoc = page("e-res-2017-18.html");
        assertTrue(ecosoc.getElementById("fn-4").select(".ref").isEmpty(), "«١٧٠/١» fits no resolution and stays text");
    }

    @Test
    void instrumentsWithoutAnAddressAreShownButNotLinked() {
        var oic = page("oic-mcsd-2-2023-final-res.html");
        Element cfm = oic.getElementById("pp-4").selectFirst("span.ref");
        assertNotNull(cfm, "the OIC resolution is marked as a reference");
        assertNull(cfm.selectFirst("a"));
        assertTrue(site.exists("cited/oic-cfm-4-46.html"));
    }

    @Test
    void citatorListsTheAgendaWithClausesOfBothDocuments() {
        var index = page("cited/index.html");
        Element row = index.selectFirst("tr[data-label=A/RES/70/1]");
        assertNotNull(row);
        assertEquals("cited/a-res-70-1.html", resolve("cited/index.html", row.selectFirst("a").attr("href")));
        assertTrue(index.select(".shared-list a").eachAttr("href").stream().map(h -> resolve("cited/index.html", h))
                        .toList().contains("cited/a-res-70-1.html"),
                "the 2030 Agenda is shown as shared between documents");
        var agenda = page("cited/a-res-70-1.html");
        List<String> citing = agenda.select(".citing > li > a.citing-doc").eachText();
        assertTrue(citing.containsAll(List.of("A/HRC/RES/56/2", "E/RES/2017/18")), citing.toString());
        List<String> clauses = agenda.select(".citing a[href]").eachAttr("href");
        assertTrue(clauses.contains("../a-hrc-res-56-2/pp-2.html") && clauses.contains("../e-res-2017-18/pp-16.html"), clauses.toString());
        assertTrue(agenda.select(".citing-text a.ref[title=A/RES/70/1]").size() >= 2, "each citing clause with its text");
    }

    @Test
    void citatorIsSortedByCountWithSortControls() {
        var index = page("cited/index.html");
        List<Integer> counts = index.select("#citator tbody tr").eachAttr("data-clauses").stream().map(Integer::parseInt).toList();
        assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts);
        assertEquals(List.of("label", "symbol", "clauses", "documents"), index.select("#citator th button").eachAttr("data-sort"));
    }

    @Test
    void unresolvedReferencesAreInTheBuildReport() {
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.toString().startsWith(
                "content/ar/e-res-2017-18.md:93:25: warning [REFERENCE_UNRESOLVED] «١٧٠/١»")), result.diagnostics().toString());
    }
}
