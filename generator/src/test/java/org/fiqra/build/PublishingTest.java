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
import java.util.TreeSet;
import org.fiqra.SeedSite;
import org.fiqra.Seeds;
import org.fiqra.check.WrittenSite;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What hosts and crawlers expect: with a base URL canonical links and a sitemap; without one, nothing absolute. */
class PublishingTest {
    @TempDir
    Path tmp;

    @Test
    void withABaseUrlEveryPageIsCanonicalAndInTheSitemapOnce() throws IOException {
        Path out = tmp.resolve("site");
        String base = "https://example.org/fiqra/";
        assertTrue(new SiteBuild(new BuildRequest(Seeds.content(), Seeds.templates(), out, false, true, "https://example.org/fiqra"))
                .run().published());
        WrittenSite site = WrittenSite.of(out);
        var sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        TreeSet<String> expected = new TreeSet<>();
        site.pages().stream().filter(p -> !p.endsWith("404.html")).forEach(p -> expected.add(base + p));
        assertEquals(expected.size(), locs.size(), "every page exactly once");
        assertEquals(expected, new TreeSet<>(locs));
        var entry = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(base + "a-res-66-122/op-3.html")).findFirst().orElseThrow();
        assertEquals(base + "en/a-res-66-122/op-3.html", entry.select("xhtml|link[hreflang=en]").attr("href"));
        assertEquals(base + "a-res-66-122/op-3.html", entry.select("xhtml|link[hreflang=ar]").attr("href"));
        var op3 = site.page("a-res-66-122/op-3.html").html();
        assertEquals(base + "a-res-66-122/op-3.html", op3.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(base + "a-res-66-122/op-3.html", op3.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: " + base + "sitemap.xml"));
    }

    @Test
    void withoutABaseUrlNoFileAddressesTheSiteAbsolutely() throws IOException {
        SeedSite seed = SeedSite.get();
        assertFalse(Files.exists(seed.output.resolve("sitemap.xml")));
        assertFalse(Files.readString(seed.output.resolve("robots.txt")).contains("://"));
        for (String p : seed.site.pages()) {
            var html = seed.page(p);
            assertNull(html.selectFirst("link[rel=canonical], meta[property=og:url]"), p);
            html.select("[href*=://], [src*=://], [content*=://]").forEach(e -> assertTrue(
                    e.normalName().equals("a") && !e.attr("href").contains("example"), p + ": " + e.outerHtml()));
        }
    }

    @Test
    void everyPageDescribesItselfAndClausePagesByTheirText() {
        SeedSite seed = SeedSite.get();
        for (String p : seed.site.pages()) {
            var html = seed.page(p);
            assertFalse(html.selectFirst("meta[name=description]").attr("content").isBlank(), p);
            assertNotNull(html.selectFirst("meta[property=og:title]"), p);
            assertEquals(p.startsWith("en/") ? "en_US" : "ar_AR", html.selectFirst("meta[property=og:locale]").attr("content"));
            assertTrue(html.selectFirst("link[rel=icon]").attr("href").endsWith("assets/favicon.svg"), p);
        }
        String description = seed.page("a-res-66-122/op-3.html").selectFirst("meta[name=description]").attr("content");
        assertTrue(description.startsWith("تشجع الدول على النظر"), description);
        assertTrue(seed.page("en/a-res-66-122/op-3.html").selectFirst("meta[name=description]").attr("content")
                .startsWith("Encourages States to consider"));
    }

    @Test
    void notFoundPagesExistInBothLanguages() {
        SeedSite seed = SeedSite.get();
        assertEquals("الصفحة غير موجودة", seed.page("404.html").selectFirst("h1").text());
        assertEquals("Page not found", seed.page("en/404.html").selectFirst("h1").text());
    }
}
