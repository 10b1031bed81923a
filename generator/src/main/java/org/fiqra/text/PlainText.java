package org.fiqra.text;

import org.fiqra.parse.FootnoteMarkers;

/** A source text as plain text: no inline markup, no footnote markers, its whitespace one space. */
public final class PlainText {
    private PlainText() {
    }

    public static String of(String raw) {
        if (isPlain(raw)) return raw;
        // one pass for what the patterns <[^>]*>|\*+ (removed) and then \s+ (one space) did in two: a tag goes
        // up to the first '>' after it, and a '<' with none after it stays
        String s = FootnoteMarkers.strip(raw);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '*') continue;
            if (c == '<') {
                int close = s.indexOf('>', i + 1);
                if (close >= 0) {
                    i = close;
                    continue;
                }
            }
            if (isPatternSpace(c)) {
                space = true;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        if (space) out.append(' ');
        return out.toString().strip();
    }

    /** The white space of the pattern {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@link #of} would return the text unchanged: no markup or marker character, no
     * whitespace but single spaces, none at either end. Most clauses are such texts, and one scan
     * spares them the marker pattern and the copy.
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
