package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fiqra.Seeds;
import org.fiqra.check.WrittenSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No source can put markup or script into a page: front matter, text, footnotes, links. */
class InjectionTest {
    @TempDir
    Path tmp;

    @Test
    void sourceMarkupNeverReachesAPageAsMarkup() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("ar"));
        Files.writeString(content.resolve("ar/a-res-70-9.md"), """
                ---
                symbol: A/RES/70/9
                date: 2015-12-01
                title: "<script>alert('title')</script> عنوان"
                body: "<img src=x onerror=alert(1)>"
                ---
                إن الجمعية العامة،

                إذ تشير إلى <script>alert('text')</script> وإلى [رابط](javascript:alert(1)) و<a href="http://evil.example">هنا</a>^(١)،

                (١) <iframe src="http://evil.example"></iframe> <i onclick="alert(1)">نص</i>

                ١ - **تقرر** <style>body{display:none}</style> <b>أن</b> تبقي المسألة قيد نظرها.
                """, StandardCharsets.UTF_8);
        BuildResult r = new SiteBuild(new BuildRequest(content, Seeds.templates(), tmp.resolve("site"), false, true)).run();
        assertTrue(r.published(), r.diagnostics().toString());
        WrittenSite site = WrittenSite.of(tmp.resolve("site"));
        for (String p : site.pages()) {
            var html = site.page(p).html();
            assertEquals(0, html.select("script:not([src]), iframe, style, img, [onerror], [onclick]").size(), p);
            assertTrue(html.select("a[href]").eachAttr("href").stream()
                    .noneMatch(h -> h.startsWith("javascript:") || h.contains("evil.example")), p);
            html.select("script[src]").forEach(s -> assertTrue(s.attr("src").matches("(\\.\\./)*assets/fiqra(-text|-search)?\\.js"), p));
        }
        // The search index is script the browser runs: every file is one call with a JSON literal, nothing else.
        var call = java.util.regex.Pattern.compile("FiqraSearch\\.(meta|shard|clauses|docs)\\(\"(ar|en)\",(?:\\d+,)?(.*)\\);\n",
                java.util.regex.Pattern.DOTALL);
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (var files = Files.walk(tmp.resolve("site"))) {
            for (Path f : files.filter(f -> f.toString().contains("/search/") && f.toString().endsWith(".js")).toList()) {
                var m = call.matcher(Files.readString(f));
                assertTrue(m.matches(), f.toString());
                json.readTree(m.group(3));
            }
        }
        var doc = site.page("a-res-70-9.html").html();
        assertTrue(doc.getElementById("pp-1").text().contains("<script>alert('text')</script>"), "shown as text");
        assertEquals("أن", doc.getElementById("op-1").selectFirst("b").text(), "the allowed inline tags stay");
        assertTrue(doc.selectFirst("h1").text().startsWith("<script>"), "front matter is escaped");
    }
}
