package org.fiqra.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fiqra.Chromium;
import org.fiqra.SeedSite;
import org.fiqra.Seeds;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Text;
import org.fiqra.text.PlainText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search of the built seed site, in headless Chromium: a reader types a query into the search box,
 * with other hamza forms, diacritics and digits than the text, and gets the clauses that hold it first;
 * filters narrow the results; the English tree searches the English texts; and no page raises a CSP
 * violation or a console error, or requests anything outside the site.
 *
 * <p>What is expected is read from the seed texts themselves with patterns written for each query, not
 * from the index.
 */
class SearchBrowserTest {
    private static Chromium browser;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        site = SeedSite.get().output;
        browser = new Chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            List<String> problems = browser.problems();
            List<String> outside = browser.requested().stream().filter(u -> !u.startsWith("file:")).toList();
            browser.close();
            assertEquals(List.of(), problems, "CSP violations, console errors or exceptions");
            assertEquals(List.of(), outside, "requests outside the site");
        }
    }

    /** One result as the page shows it. */
    record Result(String href, String id, String citation, String snippet, List<String> marks) {
        String clause() {
            return href.replace(".html#", "#");
        }

        @Override
        public String toString() {
            return clause() + marks;
        }
    }

    /** Opens {@code page}, types {@code query} in {@code box} and presses Enter; the results shown. */
    private static List<Result> search(String page, String box, String query) throws Exception {
        browser.open(site.resolve(page).toUri().toString());
        assertTrue(browser.waitFor("document.querySelector('" + box + "')", 10), "no search box " + box + " on " + page);
        browser.eval("document.querySelector('" + box + "').focus()");
        browser.type(query);
        browser.pressEnter();
        return results();
    }

    private static List<Result> results() throws Exception {
        assertTrue(browser.waitFor("document.documentElement.classList.contains('search-ready')"
                + " && document.getElementById('search-status').textContent !== ''"
                + " && !document.getElementById('search-status').textContent.match(/…$/)", 20), "the search never answered");
        JsonNode rows = browser.eval("Array.from(document.querySelectorAll('#search-results > li')).map(li => ({"
                + "href: li.querySelector('a').getAttribute('href'), id: li.querySelector('.clause-id').textContent,"
                + "citation: li.querySelector('a').textContent, snippet: li.querySelector('.snippet').textContent,"
                + "marks: Array.from(li.querySelectorAll('mark')).map(m => m.textContent)}))");
        List<Result> out = new ArrayList<>();
        for (JsonNode r : rows) {
            List<String> marks = new ArrayList<>();
            r.get("marks").forEach(m -> marks.add(m.asText()));
            out.add(new Result(r.get("href").asText(), r.get("id").asText(), r.get("citation").asText(),
                    r.get("snippet").asText(), marks));
        }
        return out;
    }

    private static String status() throws Exception {
        return browser.eval("document.getElementById('search-status').textContent").asText();
    }

    /** The clauses ({@code slug#id}) of the Arabic seed texts whose plain text matches {@code pattern}. */
    private static Set<String> clausesMatching(Pattern pattern) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Seeds.content().resolve("ar"))) {
            for (Path f : files.sorted().toList()) {
                String slug = f.getFileName().toString().replaceFirst("\\.md$", "");
                Document doc = Seeds.parse(slug, new Diagnostics());
                for (Clause c : doc.clauses()) {
                    StringBuilder text = new StringBuilder();
                    for (Text t : c.texts()) text.append(PlainText.of(t.raw())).append(' ');
                    if (pattern.matcher(text).find()) out.add(slug + "#" + c.id().value());
                }
            }
        }
        return out;
    }

    private static Set<String> first(List<Result> results, int n) {
        Set<String> out = new HashSet<>();
        results.stream().limit(n).forEach(r -> out.add(r.clause()));
        return out;
    }

    @Test
    void aQueryWithoutHamzaFindsThePhraseFirst() throws Exception {
        // However the texts write it: الاتجار، للاتجار، والاتجار، الإتجار … بالأشخاص
        Set<String> expected = clausesMatching(Pattern.compile("[اأإ]تجار بال[اأ]شخاص"));
        assertTrue(expected.size() >= 10, expected.toString());
        List<Result> results = search("search.html", "#search-q", "الاتجار بالاشخاص");
        assertEquals(Math.min(20, expected.size()), first(results, expected.size()).size());
        assertTrue(expected.containsAll(first(results, Math.min(20, expected.size()))),
                "the clauses with the phrase come first: " + results);
        Result top = results.get(0);
        assertTrue(top.marks().contains("الاتجار بالأشخاص"), "the phrase is marked: " + top);
        assertTrue(top.citation().startsWith("E/RES/2017/18"), top.citation());
        assertTrue(status().contains("٢"), "the count in Arabic digits: " + status());
    }

    @Test
    void diacriticsAndOtherHamzaFormsFindTheSame() throws Exception {
        List<Result> plain = search("search.html", "#search-q", "الاتجار بالاشخاص");
        List<Result> marked = search("search.html", "#search-q", "الاتّجارُ بالأشخاصِ");
        assertEquals(plain, marked);
    }

    @Test
    void westernDigitsFindTheResolutionWrittenInArabicDigits() throws Exception {
        Set<String> expected = clausesMatching(Pattern.compile("قرار[^ ]* ٢٩٣/٦٤"));
        assertEquals(2, expected.size(), expected.toString());
        List<Result> results = search("search.html", "#search-q", "قرار 293/64");
        assertEquals(expected, first(results, 2), results.toString());
        assertTrue(results.get(0).marks().contains("قرارها ٢٩٣/٦٤"), results.get(0).toString());
        assertEquals("E/RES/2017/18", results.get(0).citation().substring(0, 13));
    }

    @Test
    void aSymbolFindsTheClausesThatCiteIt() throws Exception {
        // by number or by name (the Global Plan of Action)
        Set<String> expected = citing("a-res-64-293");
        assertTrue(expected.size() > 2, expected.toString());
        assertEquals(expected, allResults("A/RES/64/293"));
    }

    @Test
    void aSymbolCitedInAFootnoteFindsTheClauseThatPointsToIt() throws Exception {
        // A/RES/66/122 pp-1 names the Copenhagen Declaration in its text; op-1 points to it only in its footnote 2
        Set<String> expected = citing("a-conf-166-9");
        assertTrue(expected.contains("a-res-66-122#op-1"), expected.toString());
        assertTrue(clausesMatching(Pattern.compile("A/CONF\\.166/9")).isEmpty(), "no clause writes the symbol in its text");
        assertEquals(expected, allResults("A/CONF.166/9"));
    }

    /** The clauses ({@code slug#id}) the citator page of an instrument lists, each linked to its anchor. */
    private static Set<String> citing(String citedSlug) {
        Set<String> expected = new HashSet<>();
        Pattern clausePage = Pattern.compile("\\.\\./([a-z0-9-]+)/([a-z0-9-]+)\\.html");
        for (var a : SeedSite.get().page("cited/" + citedSlug + ".html").select("main a[href]")) {
            var m = clausePage.matcher(a.attr("href"));
            if (m.matches() && !m.group(1).matches("cited|topics|verbs|bodies|years")) expected.add(m.group(1) + "#" + m.group(2));
        }
        return expected;
    }

    /** Every clause the search finds for {@code query}, asking for more until there are no more. */
    private static Set<String> allResults(String query) throws Exception {
        browser.open(site.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        List<Result> results = results();
        while (browser.eval("!document.getElementById('search-more').hidden").asBoolean()) {
            browser.eval("document.getElementById('search-more').click()");
            browser.waitFor("document.querySelectorAll('#search-results > li').length > " + results.size(), 10);
            results = results();
        }
        return first(results, results.size());
    }

    @Test
    void aPhraseInQuotesFindsItsWordsTogetherOnly() throws Exception {
        List<Result> words = search("search.html", "#search-q", "الحماية الاجتماعية");
        List<Result> phrase = search("search.html", "#search-q", "\"الحماية الاجتماعية\"");
        assertFalse(phrase.isEmpty());
        Set<String> apart = clausesMatching(Pattern.compile("^(?!.*حماي[ةه] \\S*اجتماع)(?=.*الحماية)(?=.*الاجتماعية)"));
        assertFalse(apart.isEmpty(), "the seeds have clauses with both words apart");
        for (Result r : phrase) {
            assertFalse(apart.contains(r.clause()), "words apart found by the phrase: " + r);
            assertTrue(r.marks().stream().anyMatch(m -> m.split(" ").length >= 2), "the phrase is marked whole: " + r);
        }
        assertTrue(words.stream().anyMatch(r -> apart.contains(r.clause())) || words.size() == 20,
                "without quotes, words apart are found too");
    }

    @Test
    void filtersNarrowByBodyDocumentYearAndTopic() throws Exception {
        List<Result> all = search("search.html", "#search-q", "الحماية الاجتماعية");
        assertTrue(all.stream().map(r -> r.href().split("\\.html")[0]).distinct().count() >= 2, all.toString());

        browser.open(site.resolve("search.html").toUri() + "?q=" + enc("الحماية الاجتماعية") + "&body=ilo-gb");
        List<Result> ilo = results();
        assertFalse(ilo.isEmpty());
        ilo.forEach(r -> assertTrue(r.href().startsWith("gb-316-ins-5-1.html#"), r.toString()));
        assertEquals("ilo-gb", browser.eval("document.getElementById('search-body').value").asText());

        browser.open(site.resolve("search.html").toUri() + "?q=" + enc("الحماية الاجتماعية") + "&doc=a-res-66-122");
        List<Result> doc = results();
        assertFalse(doc.isEmpty());
        doc.forEach(r -> assertTrue(r.href().startsWith("a-res-66-122.html#"), r.toString()));
        assertEquals("a-res-66-122", browser.eval("document.getElementById('search-doc').value").asText());

        browser.open(site.resolve("search.html").toUri() + "?q=" + enc("الحماية الاجتماعية") + "&year=2023");
        List<Result> year = results();
        assertFalse(year.isEmpty());
        year.forEach(r -> assertTrue(r.href().startsWith("oic-mcsd-2-2023-final-res.html#"), r.toString()));

        browser.open(site.resolve("search.html").toUri() + "?q=" + enc("الدول") + "&topic=women");
        List<Result> topic = results();
        assertFalse(topic.isEmpty());
        for (Result r : topic) {
            var page = SeedSite.get().page(r.href().replace(".html#", "/") + ".html");
            assertFalse(page.select("a[href$=topics/women.html]").isEmpty(), "tagged women: " + r);
        }
    }

    @Test
    void theHeaderBoxOfAnyPageOpensTheResults() throws Exception {
        List<Result> results = search("a-res-66-122/op-2.html", "form.site-search input", "قرار 293/64");
        assertEquals(2, results.size(), results.toString());
        assertTrue(browser.eval("location.pathname").asText().endsWith("/search.html"));
    }

    @Test
    void theEnglishTreeSearchesTheEnglishTexts() throws Exception {
        List<Result> results = search("en/search.html", "#search-q", "Trafficking in Persons");
        assertFalse(results.isEmpty());
        Result top = results.get(0);
        assertTrue(top.href().startsWith("e-res-2017-18.html#"), top.toString());
        assertTrue(top.citation().startsWith("E/RES/2017/18, "), top.citation());
        assertTrue(top.marks().stream().anyMatch(m -> m.equalsIgnoreCase("trafficking in persons")), top.toString());
        assertTrue(status().matches("\\d+ results"), status());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
