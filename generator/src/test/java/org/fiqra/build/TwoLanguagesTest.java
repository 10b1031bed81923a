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
import org.junit.jupiter.api.Test;

/** The Arabic tree at the root and the English one under en/: counterparts, alternates, the English interface. */
class TwoLanguagesTest {
    static final WrittenSite site = SeedSite.get().site;

    private static org.jsoup.nodes.Document page(String path) {
        return SeedSite.get().page(path);
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

    /** The clause, footnote and section anchors of a page. */
    private static Set<String> anchors(String path) {
        return page(path).select("[id]").eachAttr("id").stream()
                .filter(id -> id.matches("(pp|op|para|sec|fn)-[0-9a-z-]+|vote|annex")).collect(Collectors.toSet());
    }

    @Test
    void aPageAndItsCounterpartCarryTheSameAnchors() {
        assertEquals(anchors("a-res-66-122.html"), anchors("en/a-res-66-122.html"));
        assertTrue(anchors("a-res-66-122.html").containsAll(Set.of("pp-1", "pp-15", "op-9", "fn-2")));
        for (String p : site.pages()) {
            if (p.startsWith("en/") || p.contains("/parallel.html")) continue;
            assertEquals(anchors(p), anchors("en/" + p), "the language switch of " + p + " lands on the same anchors");
        }
    }

    /**
     * The distinctive fragments of a bundle's texts in its own script (what differs from the other
     * bundle, placeholders cut out): the English interface's Latin words, the Arabic one's Arabic.
     */
    private static Set<String> fragments(Messages own, Messages other, String script) {
        Set<String> out = new java.util.HashSet<>();
        own.texts().forEach((key, value) -> {
            if (value.equals(other.texts().get(key))) return;
            for (String part : value.split("\\{\\d\\}")) {
                String f = part.strip();
                if (f.length() >= 5 && f.matches(".*" + script + ".*")) out.add(f);
            }
        });
        return out;
    }

    @Test
    void noChromeStringOfTheOtherLanguageAppearsOnAPage() {
        Messages ar = Messages.load(Seeds.templates(), "ar");
        Messages en = Messages.load(Seeds.templates(), "en");
        Set<String> arabicOnly = fragments(ar, en, "[\\u0621-\\u064A]");
        Set<String> englishOnly = fragments(en, ar, "[A-Za-z]");
        assertTrue(arabicOnly.size() > 50 && englishOnly.size() > 50, "the check has something to look for");
        for (String p : site.pages()) {
            boolean english = p.startsWith("en/");
            var body = page(p).body().clone();
            // what is marked as the other language (the source text, the language switch) is meant to be there
            body.select(english ? "[lang=ar]" : "[lang=en]").remove();
            body.select("title, script, style").remove();
            String text = body.text();
            for (String f : english ? arabicOnly : englishOnly) {
                assertTrue(!text.contains(f), p + " shows «" + f + "» of the other language's interface");
            }
        }
    }

    @Test
    void theTwoMessageBundlesHaveTheSameKeys() {
        Set<String> ar = Messages.load(Seeds.templates(), "ar").texts().keySet();
        Set<String> en = Messages.load(Seeds.templates(), "en").texts().keySet();
        assertEquals(ar, en);
    }
}
