package org.fiqra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.Seeds;
import org.fiqra.parse.FootnoteMarkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link Digits#toAscii}, {@link FootnoteMarkers}, {@link PlainText} and {@link Punctuation} and the
 * stem memo of {@link ArabicTokens} change nothing: on every real line, and on every character of the
 * Basic Multilingual Plane in a few surroundings, they give what the patterns alone gave.
 */
class TextFastPathTest {
    /** The marker pattern of {@link FootnoteMarkers}, as the oracle. */
    private static final Pattern MARKER = Pattern.compile(
            "\\^\\(([0-9٠-٩]{1,3})\\)|\\^([0-9٠-٩]{1,3})|⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\*+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String[] SYSTEMS = {"٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "⁰¹²³⁴⁵⁶⁷⁸⁹"};

    private static List<String> texts;

    @BeforeAll
    static void texts() throws IOException {
        List<String> out = new ArrayList<>(Seeds.realLines());
        assertTrue(out.size() > 2_000, "enough real lines to mean something: " + out.size());
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) continue;
            String s = String.valueOf(c);
            out.add(s);
            out.add("تقرر" + s + "١ مواصلة");
            out.add(s + s + " نظرها" + s);
            out.add("(" + s + "٢) و" + s + "(3)" + s + "⁴⁾");
        }
        texts = out;
    }

    @Test
    void digitsAreConvertedAsBySearchingTheThreeSystems() {
        for (int c = 0; c < Character.MAX_VALUE; c++) {
            char expected = (char) c;
            for (String system : SYSTEMS) {
                int k = system.indexOf(c);
                if (k >= 0) expected = (char) ('0' + k);
            }
            String hex = "U+" + Integer.toHexString(c);
            assertEquals(expected, Digits.toAscii(String.valueOf((char) c)).charAt(0), hex);
        }
        String none = "قرارها A/RES/64/293";
        assertSame(none, Digits.toAscii(none), "a text with no digit to convert is not copied");
        assertEquals("قرارها 293/64 و12", Digits.toAscii("قرارها ٢٩٣/٦٤ و۱²"));
    }

    @Test
    void markersAreFoundAndStrippedAsByThePattern() {
        int withMarkers = 0;
        for (String text : texts) {
            List<FootnoteMarkers.Hit> hits = FootnoteMarkers.find(text);
            Matcher m = MARKER.matcher(text);
            int k = 0;
            while (m.find()) {
                assertTrue(k < hits.size(), () -> "a marker missed in «" + text + "»");
                assertEquals(m.start(), hits.get(k).start(), text);
                assertEquals(m.group(), hits.get(k).written(), text);
                k++;
            }
            assertEquals(k, hits.size(), text);
            assertEquals(MARKER.matcher(text).replaceAll(""), FootnoteMarkers.strip(text), text);
            if (k > 0) withMarkers++;
        }
        assertTrue(withMarkers > 1_000, "texts with markers were among them: " + withMarkers);
    }

    @Test
    void plainTextIsWhatThePatternsMakeOfIt() {
        int unchanged = 0;
        List<String> all = new ArrayList<>(texts);
        all.addAll(List.of("<>", "a<>b", "a<b<c>d", "a < b > c", "a<*>b", "* <i>x</i>  \t y <", "<a\nb>c", " ^(١) <b> ", "\u2003a\u00A0 b\u2003"));
        for (String text : all) {
            String s = MARKUP.matcher(MARKER.matcher(text).replaceAll("")).replaceAll("");
            String expected = SPACE.matcher(s).replaceAll(" ").strip();
            String got = PlainText.of(text);
            assertEquals(expected, got, text);
            if (got == text) unchanged++;
        }
        assertTrue(unchanged > 1_000 && unchanged < texts.size(), "both paths were taken: " + unchanged);
    }

    @Test
    void theLastSignificantCharacterIsWhatThePatternLeaves() {
        Pattern trailingNoise = Pattern.compile(
                "(?:\\^\\([0-9٠-٩]+\\)|\\^[0-9٠-٩]+|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\*+|\\s+)+$");
        int stripped = 0;
        List<String> all = new ArrayList<>(texts);
        all.addAll(List.of("", " ", "*", "نص^(١)", "نص ^(١) *", "نص (١)", "نص ^(١", "⁽¹²⁾", "نص ⁽¹²", "نص؛^١٢ ", "A ^(3)^4⁵ "));
        for (String text : all) {
            String left = trailingNoise.matcher(text).replaceFirst("");
            char expected = left.isEmpty() ? 0 : left.charAt(left.length() - 1);
            assertEquals(expected, Punctuation.lastSignificant(text), text);
            if (left.length() < text.length()) stripped++;
        }
        assertTrue(stripped > 40, "texts with trailing noise were among them: " + stripped);
    }

    @Test
    void rememberedStemsAreTheStems() {
        for (String text : texts) {
            for (ArabicTokens.Token t : ArabicTokens.of(text)) {
                String word = text.substring(t.start(), t.end());
                assertEquals(stemmedAfresh(word), t.stem(), word);
                assertEquals(stemmedAfresh(word), ArabicTokens.stem(word), word);
            }
        }
    }

    private static String stemmedAfresh(String word) {
        char[] c = Digits.toAscii(word).toLowerCase(java.util.Locale.ROOT).toCharArray();
        int len = new org.apache.lucene.analysis.ar.ArabicNormalizer().normalize(c, c.length);
        len = new org.apache.lucene.analysis.ar.ArabicStemmer().stem(c, len);
        return new String(c, 0, len);
    }
}
