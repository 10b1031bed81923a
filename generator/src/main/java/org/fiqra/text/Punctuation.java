package org.fiqra.text;

import java.util.regex.Pattern;

/** How a block of source text ends: decides whether a page break cut it. */
public final class Punctuation {
    private Punctuation() {
    }

    /** Footnote markers, emphasis stars and white space at the end of a text. */
    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(?:\\^\\([0-9٠-٩]+\\)|\\^[0-9٠-٩]+|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\*+|\\s+)+$");

    /** The last character that is not white space, emphasis or a footnote marker; 0 for none. */
    public static char lastSignificant(String text) {
        if (text.isEmpty()) return 0;
        char last = text.charAt(text.length() - 1);
        // Most texts end in a character no noise ends with; for them the pattern, which is tried from every
        // position of the text, cannot match.
        if (!mayEndNoise(last)) return last;
        String t = TRAILING_NOISE.matcher(text).replaceFirst("");
        return t.isEmpty() ? 0 : t.charAt(t.length() - 1);
    }

    /** Whether {@link #TRAILING_NOISE} may end with {@code c}: white space, a star, a digit, a bracket of a marker. */
    private static boolean mayEndNoise(char c) {
        return PlainText.isPatternSpace(c) || c == '*' || c == ')' || c == '⁾'
                || (c >= '0' && c <= '9') || (c >= '٠' && c <= '٩') || Digits.isSuperscript(c);
    }

    /** Ends with a full stop, colon, semicolon or comma (Arabic or Latin), or a closing bracket or quote after one. */
    public static boolean endsClosed(String text) {
        char c = lastSignificant(text);
        return "،؛.:;,!?؟".indexOf(c) >= 0 || c == ']';
    }

    /** Ends a sentence or list item for certain (a comma does not). */
    public static boolean endsSentence(String text) {
        char c = lastSignificant(text);
        return "؛.:;!?؟".indexOf(c) >= 0 || c == ']';
    }

    public static boolean endsWithColon(String text) {
        char c = lastSignificant(text);
        return c == ':';
    }

    public static boolean endsWithFullStop(String text) {
        char c = lastSignificant(text);
        return c == '.';
    }

    /** Whether most letters of the text are Latin (an English footnote line). */
    public static boolean mostlyLatin(String text) {
        int latin = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) latin++;
            else if (c >= '\u0600' && c <= '\u06FF') arabic++;
        }
        return latin > arabic;
    }
}
