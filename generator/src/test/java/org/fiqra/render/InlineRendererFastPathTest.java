package org.fiqra.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.Seeds;
import org.fiqra.model.MarkerRef;
import org.fiqra.parse.FootnoteMarkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path and the memo of {@link InlineRenderer} change nothing: for every line of the seed
 * texts, of the repository's content and of a synthetic corpus, with and without footnote markers
 * and links, and for every character of the Basic Multilingual Plane in a few surroundings, the
 * renderer gives byte for byte what commonmark and jsoup give ({@code new InlineRenderer(…, false)}).
 */
class InlineRendererFastPathTest {
    /** Latin runs and resolution numbers, where the synthetic links of a line go. */
    private static final Pattern LINKABLE = Pattern.compile("[A-Z]+(?:/[A-Z0-9.]+)+|[0-9٠-٩]+/[0-9٠-٩]+");

    private static List<String> lines;

    @BeforeAll
    static void readLines() throws IOException {
        lines = Seeds.realLines();
        assertTrue(lines.size() > 2_000, "enough real lines to mean something: " + lines.size());
    }

    // ---------------------------------------------------------------- real texts

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyRealLineRendersAsCommonmarkAndJsoupRenderIt(boolean isolateLatin) {
        InlineRenderer fast = new InlineRenderer(isolateLatin);
        InlineRenderer slow = new InlineRenderer(isolateLatin, false);
        for (String line : lines) {
            assertEquals(slow.render(line), fast.render(line), () -> "plain: " + line);
        }
        long fastCount = fast.fastRenders.sum();
        long slowCount = fast.slowRenders.sum();
        assertEquals(lines.size(), fastCount + slowCount, "each line rendered once");
        assertEquals(0, slow.fastRenders.sum() + slow.memoHits.sum(), "the reference takes no shortcut");
        assertTrue(fastCount > 0.45 * lines.size(), "a good share of real lines takes the fast path: " + fastCount + " of " + lines.size());
        assertTrue(slowCount > 0.05 * lines.size(), "the slow path is exercised too: " + slowCount + " of " + lines.size());

        for (String line : lines) {
            assertEquals(slow.render(line), fast.render(line), () -> "again, from the memo: " + line);
        }
        assertTrue(fast.memoHits.sum() >= lines.size(), "the second round comes from the memo");
        assertEquals(fastCount + slowCount, fast.fastRenders.sum() + fast.slowRenders.sum(), "and renders nothing again");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyRealLineWithMarkersAndLinksRendersTheSame(boolean isolateLatin) {
        InlineRenderer fast = new InlineRenderer(isolateLatin);
        InlineRenderer slow = new InlineRenderer(isolateLatin, false);
        int withLinks = 0;
        int withMarkers = 0;
        for (String line : lines) {
            List<MarkerRef> markers = markers(line);
            if (!markers.isEmpty()) withMarkers++;
            for (int variant = 0; variant < 3; variant++) {
                List<InlineLink> links = links(line, variant);
                if (!links.isEmpty() && variant == 0) withLinks++;
                List<MarkerRef> shown = variant == 2 ? List.of() : markers;
                assertEquals(slow.render(line, shown, links), fast.render(line, shown, links),
                        () -> "with markers " + shown + " and links " + links + ": " + line);
            }
        }
        assertTrue(withMarkers > 50, "lines with footnote markers: " + withMarkers);
        assertTrue(withLinks > 200, "lines with links: " + withLinks);
        assertTrue(fast.memoHits.sum() > 0, "the memo serves a text again with other addresses and markers");
    }

    @Test
    void parallelRenderersAgree() {
        InlineRenderer fast = new InlineRenderer(true);
        InlineRenderer slow = new InlineRenderer(true, false);
        List<String> expected = lines.stream().map(slow::render).toList();
        for (int round = 0; round < 3; round++) {
            List<String> got = lines.parallelStream().map(fast::render).toList();
            for (int i = 0; i < lines.size(); i++) assertEquals(expected.get(i), got.get(i), lines.get(i));
        }
    }

    /** Every marker of the line, resolved or not by turns, one left without a reference when there are several. */
    private static List<MarkerRef> markers(String line) {
        List<FootnoteMarkers.Hit> hits = FootnoteMarkers.find(line);
        List<MarkerRef> out = new ArrayList<>();
        for (int k = 0; k < hits.size() - (hits.size() > 2 ? 1 : 0); k++) {
            int n = hits.get(k).number();
            out.add(new MarkerRef(n, "fnref-" + n + (k > 0 ? "-" + k : ""), k % 2 == 0));
        }
        return out;
    }

    /** Links over the Latin symbols and numbers of a line, with addresses that differ by {@code variant}. */
    private static List<InlineLink> links(String line, int variant) {
        List<InlineLink> out = new ArrayList<>();
        Matcher m = LINKABLE.matcher(line);
        int k = 0;
        while (m.find()) {
            String href = k % 3 == 2 ? null : "../".repeat(variant) + "doc/" + m.group().replace('/', '-') + "/index.html?a=1&b=\"2\"";
            out.add(new InlineLink(m.start(), m.end(), href, k % 4 == 3 ? null : "Title <" + m.group() + "> & \"co\""));
            k++;
        }
        if (!out.isEmpty() && variant == 1) {
            InlineLink first = out.get(0);
            out.add(0, new InlineLink(first.start(), first.start(), "empty", null));
        }
        return out;
    }

    // ---------------------------------------------------------------- every character

    /** Every character between Arabic letters and alone; in batches of 16 in other surroundings. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCharacterRendersTheSameInEverySurrounding(boolean isolateLatin) {
        InlineRenderer fast = new InlineRenderer(isolateLatin);
        InlineRenderer slow = new InlineRenderer(isolateLatin, false);
        String[] surroundings = {"a%sb", "قرار %s نص", "%s%s", "A/RES/%s/1", "(%s)"};
        List<String> batch = new ArrayList<>();
        List<Character> fastChars = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String s = String.valueOf((char) c);
            int code = c;
            for (String text : isolateLatin ? new String[]{"ا" + s + "ب", s} : new String[]{"ا" + s + "ب"}) {
                assertEquals(slow.render(text), fast.render(text), () -> String.format("U+%04X in %s", code, text));
            }
            if (InlineRenderer.fastPathApplies("ا" + s + "ب")) fastChars.add((char) c);
        }
        assertTrue(fastChars.size() > 60_000, "nearly every character may take the fast path: " + fastChars.size());
        long fastBefore = fast.fastRenders.sum();
        int batches = 0;
        for (String around : surroundings) {
            for (int from = 0; from < fastChars.size(); from += 16) {
                StringBuilder text = new StringBuilder();
                for (char c : fastChars.subList(from, Math.min(from + 16, fastChars.size()))) {
                    text.append(around.replace("%s", String.valueOf(c))).append(" و ");
                }
                String t = text.append("نهاية").toString();
                assertEquals(slow.render(t), fast.render(t), () -> "in " + around + ": " + t);
                batches++;
            }
        }
        assertTrue(fast.fastRenders.sum() - fastBefore > batches / 2, "most batches take the fast path");
    }

    @Test
    void everyPairOfAsciiCharactersRendersTheSame() {
        for (boolean isolateLatin : new boolean[]{true, false}) {
            InlineRenderer fast = new InlineRenderer(isolateLatin);
            InlineRenderer slow = new InlineRenderer(isolateLatin, false);
            for (char a = ' '; a < 0x7F; a++) {
                for (char b = ' '; b < 0x7F; b++) {
                    for (String text : new String[]{"ا" + a + b + "ب", "x" + a + b + "y", a + "ب" + b, "ن" + a + " " + b + "ص"}) {
                        assertEquals(slow.render(text), fast.render(text), () -> "pair in " + text);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- by hand

    @ParameterizedTest
    @ValueSource(strings = {
            "**تؤكد** ضرورة", "*مائل* و_مائل_ و__غامق__", "تؤكد * وحدها", "<script>alert(1)</script> نص", "<i>التقرير</i> العالمي",
            "<b onclick=\"x()\">نص</b>", "a < b > c", "&amp; و &lt; و &#1604; و &copy", "AT&T و & وحدها", "[x](y)", "[نص](javascript:alert(1))",
            "![صورة](x.png)", "[مرجع]: /url", "<http://example.org>", "`رمز`", "``", "\\", "نص\\", "\\*ليس مائلا\\*", "\\[١\\]",
            "سطر  \nثان", "سطر\\\nثان", "سطر\nثان", "سطر\r\nثان", "سطر\tمع جدولة", "\tبداية", "   ثلاث مسافات", "نص   ", "مسافتان  بينهما",
            "A/RES/66/122", "(A/66/454 (Part II))", "انظر A/71/119.", "United Nations, *Treaty Series*, vol. 2225",
            "الفقرة ١٢٣ من القرار ٤٥٦/٧٨٩", "القرار ٦٦/١٢٢ المؤرخ ١٩ كانون الأول/ديسمبر ٢٠١١", "اتفاق باريس⁽¹⁾، والدورة⁽⁴⁾؛",
            "الألفية^(١) التي", "إعلان^١ و^٢", "نص⁶ فقط", "\"مؤتمر القمة\" و'مفرد'", "نص\u00A0بمسافة", "نص\u202Fضيقة", "نص\u2009رقيقة",
            "# عنوان", "- بند", "1. بند", "> اقتباس", "    شفرة", "===", "---", "+ بند", "نص #وسم", "~~مشطوب~~", "https://undocs.org/A/RES/66/122",
            "www.un.org", "a_b_c", "1_000", "!important", "نص!", "\u200Fنص\u200E", "\u202Bمضمن\u202C", "\uFEFFنص", "\u0000", "نص\u0085ثان",
            "e\u0301té", "\uD83D\uDE00 وجه", "\uD800 وحيد", "\uFFFF", "^", "^(", "⁽⁾", "", " ", "*", "**", "_", "&", "<", ">", "\""})
    void handWrittenCasesRenderTheSame(String text) {
        for (boolean isolateLatin : new boolean[]{true, false}) {
            assertEquals(new InlineRenderer(isolateLatin, false).render(text), new InlineRenderer(isolateLatin).render(text), text);
        }
    }

    @Test
    void theFastPathTakesPlainTextAndLeavesMarkupAlone() {
        for (String plain : new String[]{"تؤكد ضرورة", "[بناء على تقرير اللجنة الثالثة (A/66/454 (Part II))]", "A/RES/66/122",
                "١٢٢/٦٦ - تعزيز", "\"اقتباس\"", "1_000 \\ `x` !"}) {
            assertTrue(InlineRenderer.fastPathApplies(plain), plain);
        }
        for (String markup : new String[]{"**تؤكد**", "<i>نص</i>", "a & b", "a > b", "سطر\nثان", " بداية", "نهاية ", "نص\u00A0نص", "نص\tنص",
                "\uD83D\uDE00", ""}) {
            assertFalse(InlineRenderer.fastPathApplies(markup), markup);
        }
    }

    @Test
    void markersAndLinksFromTheMemoFollowEachCall() {
        InlineRenderer arabic = new InlineRenderer(true);
        String raw = "انظر القرار ٦٦/١٢٢⁽¹⁾ و A/RES/66/122.";
        int start = raw.indexOf("٦٦/١٢٢");
        List<InlineLink> here = List.of(new InlineLink(start, start + 6, "../doc/a/", "A/RES/66/122"));
        List<InlineLink> there = List.of(new InlineLink(start, start + 6, "../../doc/a/", "A/RES/66/122"));
        List<MarkerRef> resolved = List.of(new MarkerRef(1, "fnref-1", true));
        InlineRenderer reference = new InlineRenderer(true, false);
        for (int round = 0; round < 2; round++) {
            assertEquals(reference.render(raw, resolved, here), arabic.render(raw, resolved, here));
            assertEquals(reference.render(raw, List.of(), there), arabic.render(raw, List.of(), there));
            assertEquals(reference.render(raw), arabic.render(raw));
        }
        assertTrue(arabic.render(raw, List.of(), there).contains("href=\"../../doc/a/\""));
        assertEquals(2, arabic.fastRenders.sum() + arabic.slowRenders.sum(),
                "rendered once with its link ranges (whatever the addresses and markers), once without links");
    }

    @Test
    void theMemoStaysBounded() {
        InlineRenderer arabic = new InlineRenderer(true);
        String filler = "نص طويل لتعبئة الذاكرة المؤقتة ".repeat(10);
        for (int i = 0; i < 60_000; i++) arabic.render(filler + i);
        assertTrue(arabic.memoChars() <= 2 * InlineRenderer.MEMO_GENERATION_CHARS + 100_000,
                "the memo holds at most two generations: " + arabic.memoChars());
        assertTrue(arabic.memoChars() > 0, "and something");
    }
}
