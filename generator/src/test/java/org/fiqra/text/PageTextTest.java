package org.fiqra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.fiqra.RandomTexts;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;

/** {@link PageText} reads its characters as {@link String} reads the same text, at every position. */
class PageTextTest {
    /**
     * Pieces of pages, and characters whose cases fold in unusual ways: the Kelvin sign is a 'k' in lower case,
     * the dotted and dotless i change case out of ASCII, Georgian letters are equal only in lower case.
     */
    private static final String[] PIECES = {"<", ">", "</", "-->", "<!--", "<!DOCTYPE html>", "<!doctype HTML>", "script",
        "SCRIPT", "scr", "\u212Aey", "\u0130", "\u0131", "i", "I", "\u10A0", "\u2D00", "\u00DF", "ق", "ف", "\uD83D\uDE00",
        " ", "\n", "href", "id", "lang", "dir", "src", "=", "\"", "&amp;", "\uFEFF"};

    /** What a page's scan asks of its text. */
    private static final String[] ASKED = {"<", "</", "-->", "<!--", "--!>", "<!doctype html>", "script", "style", "k",
        "key", "i", "\u2D00", "href", "id", "lang", "dir", "src", "ق", ">", "->", ""};

    @Test
    void readsAsStringReadsOnRandomPieces() {
        for (String text : RandomTexts.of(PIECES, 3_000, 10, 20261123)) assertReadsAsString(text);
    }

    @Test
    void readsAsStringReadsOnTheSeedsLines() throws java.io.IOException {
        List<String> lines = new ArrayList<>(Seeds.realLines());
        for (String line : lines.subList(0, Math.min(lines.size(), 300))) assertReadsAsString(line);
    }

    @Test
    void aLongerArrayHoldsOnlyThePage() {
        char[] buffer = "<p>قرار</p>left over".toCharArray();
        PageText page = PageText.of(buffer, 11);
        assertEquals("<p>قرار</p>", page.toString());
        assertEquals(-1, page.indexOf('l', 0));
        assertEquals(-1, page.indexOf("left", 0));
        assertThrows(StringIndexOutOfBoundsException.class, () -> page.charAt(11));
        assertThrows(StringIndexOutOfBoundsException.class, () -> page.substring(5, 12));
        assertThrows(IndexOutOfBoundsException.class, () -> PageText.of(buffer, buffer.length + 1));
    }

    private static void assertReadsAsString(String s) {
        // the text in a longer array, as in a renderer's buffer, with characters after it that must not count
        char[] buffer = (s + "</script>-->").toCharArray();
        PageText page = PageText.of(buffer, s.length());
        assertEquals(s, page.toString());
        assertEquals(s.length(), page.length());
        for (int at = -1; at <= s.length() + 1; at++) {
            final int from = at;
            for (String asked : ASKED) {
                assertEquals(s.startsWith(asked, from), page.startsWith(asked, from), () -> s + " startsWith " + asked + " at " + from);
                assertEquals(s.indexOf(asked, from), page.indexOf(asked, from), () -> s + " indexOf " + asked + " from " + from);
                assertEquals(s.regionMatches(true, from, asked, 0, asked.length()), page.regionMatchesIgnoreCase(from, asked),
                        () -> s + " regionMatches " + asked + " at " + from);
                if (asked.length() == 1) {
                    assertEquals(s.indexOf(asked.charAt(0), from), page.indexOf(asked.charAt(0), from), () -> s + " indexOf char " + asked);
                }
            }
            if (at >= 0 && at < s.length()) {
                assertEquals(s.charAt(at), page.charAt(at));
                assertEquals(s.substring(at), page.substring(at, s.length()));
                assertEquals(s.substring(0, at), page.substring(0, at));
            }
        }
    }
}
