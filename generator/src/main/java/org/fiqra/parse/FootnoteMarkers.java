package org.fiqra.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.text.Digits;

/** Finds footnote markers in running text: {@code ^(١)}, {@code ^١}, {@code ⁽4⁾}, {@code ⁶}. */
public final class FootnoteMarkers {
    private static final Pattern MARKER = Pattern.compile(
            "\\^\\(([0-9٠-٩]{1,3})\\)|\\^([0-9٠-٩]{1,3})|⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})");

    /** A marker: where it stands in the text and which footnote it names. */
    public record Hit(int start, int end, int number, String written) {
    }

    private FootnoteMarkers() {
    }

    /** The text without its footnote markers. */
    public static String strip(String text) {
        return mayHaveMarker(text) ? MARKER.matcher(text).replaceAll("") : text;
    }

    public static List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (!mayHaveMarker(text)) return hits;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            hits.add(new Hit(m.start(), m.end(), Digits.parse(digits), m.group()));
        }
        return hits;
    }

    /**
     * Whether the text has a character every marker starts with ({@code ^}, {@code ⁽} or a
     * superscript digit): most texts have none, and for them one scan replaces the pattern's
     * four-way try at every position.
     */
    static boolean mayHaveMarker(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '^' || c == '⁽' || Digits.isSuperscript(c)) return true;
        }
        return false;
    }
}
