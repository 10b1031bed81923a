package org.fiqra.text;

import java.util.regex.Pattern;
import org.fiqra.parse.FootnoteMarkers;

/** A source text as plain text: no inline markup, no footnote markers, its whitespace one space. */
public final class PlainText {
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\*+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(String raw) {
        if (isPlain(raw)) return raw;
        String s = MARKUP.matcher(FootnoteMarkers.strip(raw)).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Whether {@link #of} would return the text unchanged: no markup or marker character, no
     * whitespace but single spaces, none at either end. Most clauses are such texts, and one scan
     * spares them three pattern passes.
     */
    private static boolean isPlain(String raw) {
        int n = raw.length();
        if (n > 0 && (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(n - 1)))) return false;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '<', '*', '^', '⁽', '\t', '\n', '\u000B', '\f', '\r' -> {
                    return false;
                }
                case ' ' -> {
                    if (previous == ' ') return false;
                }
                default -> {
                    if (Digits.isSuperscript(c)) return false;
                }
            }
            previous = c;
        }
        return true;
    }
}
