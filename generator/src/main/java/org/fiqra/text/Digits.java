package org.fiqra.text;

/** Arabic-Indic (٠١٢٣٤٥٦٧٨٩), Extended Arabic-Indic (۰۱۲۳۴۵۶۷۸۹) and superscript (⁰¹²³⁴⁵⁶⁷⁸⁹) digits to and from ASCII. */
public final class Digits {
    private static final String ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

    private Digits() {
    }

    /**
     * Every digit of any of the systems above as its ASCII digit; other characters unchanged. A
     * {@code String} with no such digit is returned as it is (most words of a text have none).
     */
    public static String toAscii(CharSequence s) {
        int n = s.length();
        int first = 0;
        while (first < n && asciiDigit(s.charAt(first)) == s.charAt(first)) first++;
        if (first == n) return s.toString();
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, first);
        for (int i = first; i < n; i++) {
            out.append(asciiDigit(s.charAt(i)));
        }
        return out.toString();
    }

    /** Whether the character is one of the superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹. */
    public static boolean isSuperscript(char c) {
        return c == '\u2070' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || (c >= '\u2074' && c <= '\u2079');
    }

    /** The ASCII digit for a digit of the systems above, by code point range; any other character as it is. */
    static char asciiDigit(char c) {
        if (c < '\u00B2') return c;
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c == '\u2070') return '0';
        if (c == '\u00B9') return '1';
        if (c == '\u00B2' || c == '\u00B3') return (char) ('2' + (c - '\u00B2'));
        if (c >= '\u2074' && c <= '\u2079') return (char) ('4' + (c - '\u2074'));
        return c;
    }

    /** A number written in any digit system, as an int. */
    public static int parse(CharSequence s) {
        return Integer.parseInt(toAscii(s).trim());
    }

    /** ASCII digits written as Arabic-Indic digits, for the Arabic interface. */
    public static String toArabicIndic(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? ARABIC_INDIC.charAt(c - '0') : c);
        }
        return out.toString();
    }

    public static String toArabicIndic(int n) {
        return toArabicIndic(Integer.toString(n));
    }
}
