package org.fiqra.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Latin-script runs inside Arabic text ({@code A/66/454 (Part II)},
 * {@code United Nations, *Treaty Series*, vol. 2225}) and wraps each in two marker characters,
 * so that the bidi algorithm lays each run out as one left-to-right unit. Arabic punctuation
 * around a run (the parentheses of {@code (A/66/454 (Part II))}, a final full stop) stays outside.
 */
public final class LatinRuns {
    /** The inline tags a source may carry ({@code <i>…</i>}): markup, not Latin text. */
    private static final Pattern SOURCE_TAG = Pattern.compile("</?(?i:i|b|sup|sub|em|strong)>");

    private LatinRuns() {
    }

    /**
     * Where the Latin runs of a plain text are, as {@code [start, end, start, end, …]}: what a page written
     * by script (a search result) wraps in {@code <bdi dir="ltr">}, as the build does on its own pages.
     */
    public static int[] spans(String text) {
        String marked = isolate(text, '\uE000', '\uE001', '\uE002');
        int[] out = new int[2 * (int) marked.chars().filter(c -> c == '\uE000').count()];
        int k = 0;
        int removed = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\uE000' || c == '\uE001') out[k++] = i - removed++;
        }
        return out;
    }

    static String isolate(String text, char open, char close, char marker) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '<') {
                Matcher tag = SOURCE_TAG.matcher(text).region(i, text.length());
                if (tag.lookingAt()) {
                    i = tag.end();
                    continue;
                }
            }
            if (!isLatinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && (text.charAt(start - 1) == '*' || text.charAt(start - 1) == InlineRenderer.LINK_OPEN)) start--;
            int end = i;
            while (end < text.length() && inRun(text.charAt(end), marker)) end++;
            end = trim(text, start, end);
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, copied, start).append(open).append(text, start, end).append(close);
            copied = end;
            i = Math.max(end, i + 1);
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    /** Drops trailing spaces and punctuation that belong to the sentence, and closing brackets the run did not open. */
    private static int trim(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '–' || c == '"' && unbalancedQuote(text, start, end)) {
                end--;
            } else if ((c == ')' || c == ']') && count(text, start, end, c == ')' ? '(' : '[') < count(text, start, end, c)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean unbalancedQuote(String text, int start, int end) {
        return count(text, start, end, '"') % 2 == 1;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) n++;
        }
        return n;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
    }

    private static boolean inRun(char c, char marker) {
        return isLatinLetter(c) || (c >= '0' && c <= '9') || c == marker || c == InlineRenderer.LINK_OPEN
                || c == InlineRenderer.LINK_CLOSE || " .,:;/()[]-–'’\"&*+%#".indexOf(c) >= 0;
    }
}
