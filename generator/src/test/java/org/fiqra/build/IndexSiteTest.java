package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fiqra.SeedSite;
import org.fiqra.check.InternalLinksResolveCheck;
import org.fiqra.check.WrittenSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The topic, verb, body and year pages of the seed site, and the related clauses, read back. */
class IndexSiteTest {
    static final WrittenSite site = SeedSite.get().site;

    private static org.jsoup.nodes.Document page(String path) {
        return SeedSite.get().page(path);
    }

    /** Every clause a listing page links to exists, and its document carries the clause's anchor. */
    private static int assertClauseLinksResolve(String path) {
        var doc = page(path);
        List<String> hrefs = doc.select(".citing a[href]").eachAttr("href").stream()
                .map(h -> InternalLinksResolveCheck.resolve(path, h)).filter(p -> p.matches("[a-z0-9-]+/[a-z]+-[0-9a-z-]+\\.html"))
                .toList();
        for (String clausePage : hrefs) {
            assertTrue(site.exists(clausePage), path + " lists " + clausePage);
            String slug = clausePage.substring(0, clausePage.indexOf('/'));
            String id = clausePage.substring(slug.length() + 1, clausePage.length() - 5);
            assertNotNull(page(slug + ".html").getElementById(id), slug + ".html has #" + id);
        }
        return hrefs.size();
    }

    @Test
    void topicIndexListsEveryTopicWithItsCountsAndHierarchy() {
        var index = page("topics/index.html");
        List<Element> rows = index.select("table tbody tr");
        assertTrue(rows.size() >= 25);
        Element floors = index.select("tbody tr").stream().filter(r -> r.text().contains("Social protection floors")).findFirst().orElseThrow();
        assertTrue(floors.hasClass("depth-1"), "a child topic sits under its parent");
        int listed = 0;
        for (String href : index.select("tbody a").eachAttr("href")) {
            listed += assertClauseLinksResolve(InternalLinksResolveCheck.resolve("topics/index.html", href));
        }
        assertTrue(listed > 100, listed + " clauses listed under topics");
    }

    @Test
    void socialProtectionPageGroupsItsClausesByDocument() {
        var sp = page("topics/social-protection.html");
        List<String> docs = sp.select(".citing > li > a.citing-doc").eachText();
        assertTrue(docs.containsAll(List.of("A/RES/66/122", "OIC/MCSD-2/2023/FINAL-RES", "GB.316/INS/5/1")), docs.toString());
        assertFalse(sp.select(".citing-text").isEmpty(), "each clause with its text");
    }

    @Test
    void verbPagesListTheirClauses() {
        var index = page("verbs/index.html");
        List<String> verbs = index.select("tbody a").eachAttr("href");
        assertTrue(verbs.contains("urges.html") || verbs.stream().anyMatch(h -> h.endsWith("urges.html")), verbs.toString());
        int listed = 0;
        for (String href : verbs) listed += assertClauseLinksResolve(InternalLinksResolveCheck.resolve("verbs/index.html", href));
        assertTrue(listed > 200, listed + " clauses listed under verbs");
        var urges = page("verbs/urges.html");
        assertTrue(urges.select(".citing a[href]").eachAttr("href").contains("../e-res-2017-18/op-1.html"));
    }

    @Test
    void clausePageShowsItsTopicsVerbAndRelatedClauses() {
        var op2 = page("a-res-66-122/op-2.html");
        assertTrue(op2.select(".topics a.topic").eachAttr("href").contains("../topics/social-protection-floors.html"));
        assertEquals("../verbs/calls-upon.html", op2.selectFirst(".verb a").attr("href"));
        List<String> related = op2.select(".related li > a").eachAttr("href");
        assertTrue(related.size() <= 5 && related.stream().anyMatch(h -> h.startsWith("../gb-316-ins-5-1/")), related.toString());
        assertTrue(op2.select(".related .reasons").stream().allMatch(r -> r.text().length() > 8), "each with its reason");
    }

    @Test
    void homeOffersTheDocumentsByBodyAndByYear() {
        var home = page("index.html");
        List<String> ways = home.select(".ways a").eachAttr("href");
        assertTrue(ways.containsAll(List.of("bodies/ga.html", "bodies/hrc.html", "years/2011.html", "years/2024.html")), ways.toString());
        assertEquals(List.of("A/RES/66/122"), page("years/2011.html").select(".documents bdi.symbol").eachText());
        assertEquals(List.of("A/HRC/RES/56/2"), page("bodies/hrc.html").select(".documents bdi.symbol").eachText());
    }
}
