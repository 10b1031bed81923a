package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fiqra.SeedSite;
import org.fiqra.Seeds;
import org.fiqra.check.InternalLinksResolveCheck;
import org.fiqra.check.WrittenSite;
import org.fiqra.render.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Arabic tree at the root and the English one under en/: counterparts, alternates, the English interface. */
class TwoLanguagesTest {
    static WrittenSite site;

    @BeforeAll
    static void build() {
        SeedSite seed = SeedSite.get();
        assertTrue(seed.result.published(), seed.result.diagnostics().toString());
        site = seed.site;
    }

    private static org.jsoup.nodes.Document page(String path) {
        return site.page(path).html();
    }

    @Test
    void everyPageHasItsCounterpartInTheOtherLanguage() {
        Set<String> arabic = site.pages().stream().filter(p -> !p.startsWith("en/")).collect(Collectors.toSet());
        Set<String> english = site.pages().stream().filter(p -> p.startsWith("en/")).map(p -> p.substring(3)).collect(Collectors.toSet());
        assertEquals(arabic, english);
        for (String p : List.of("index.html", "a-res-66-122.html", "a-res-66-122/op-3.html", "topics/index.html", "verbs/urges.html")) {
            var ar = page(p);
            var en = page("en/" + p);
            assertEquals("en", en.selectFirst("html").attr("lang"));
            assertEquals("ltr", en.selectFirst("html").attr("dir"));
            String toEn = ar.selectFirst("link[rel=alternate][hreflang=en]").attr("href");
            assertEquals("en/" + p, InternalLinksResolveCheck.resolve(p, toEn));
            assertEquals(p, InternalLinksResolveCheck.resolve("en/" + p, en.selectFirst("a.lang-switch").attr("href")));
            assertNotNull(ar.selectFirst("a.lang-switch[data-keep-hash]"), "the switch keeps the anchor");
        }
    }

    @Test
    void englishPagesUseTheEnglishInterfaceAndCitationForm() {
        var op3 = page("en/a-res-66-122/op-3.html");
        assertEquals("A/RES/66/122, operative paragraph 3", op3.selectFirst(".citation .cite").text());
        assertEquals("A/RES/66/122, preambular paragraph 2", page("en/a-res-66-122/pp-2.html").selectFirst(".citation .cite").text());
        var hrc = page("en/a-hrc-res-56-2/op-3.html");
        assertEquals("rtl", hrc.getElementById("op-3").attr("dir"), "without an English text, the Arabic keeps its direction");
        assertTrue(hrc.selectFirst(".notice").text().startsWith("No English text"), "says there is no English text");
        assertTrue(page("en/index.html").select(".site-nav a").eachText().containsAll(List.of("Topics", "Verbs", "Instruments cited")));
    }

    @Test
    void topicAndVerbPagesExistInBothLanguagesWithTheSameClauses() {
        for (String p : List.of("topics/social-protection.html", "verbs/urges.html", "verbs/requests.html")) {
            List<String> ar = page(p).select(".citing li li > a").eachAttr("href");
            List<String> en = page("en/" + p).select(".citing li li > a").eachAttr("href");
            assertTrue(!ar.isEmpty(), p);
            assertEquals(ar, en, p + " lists the same clauses, each within its own language's tree");
        }
        assertEquals("Social protection", page("en/topics/social-protection.html").selectFirst("h1").text());
        assertEquals("الحماية الاجتماعية", page("topics/social-protection.html").selectFirst("h1").text());
    }

    @Test
    void theTwoMessageBundlesHaveTheSameKeys() {
        Set<String> ar = Messages.load(Seeds.templates(), "ar").texts().keySet();
        Set<String> en = Messages.load(Seeds.templates(), "en").texts().keySet();
        assertEquals(ar, en);
    }
}
