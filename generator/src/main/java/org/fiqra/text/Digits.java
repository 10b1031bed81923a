package org.fiqra.text;

/** Arabic-Indic, Extended Arabic-Indic and superscript digits to and from ASCII. */
public final class Digits {
    private static final String ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
    private static final String EXTENDED = "۰۱۲۳۴۵۶۷۸۹";
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Digits() {
    }

    /** Every digit of any of the systems above as its ASCII digit; other characters unchanged. */
    public static String toAscii(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(asciiDigit(s.charAt(i)));
        }
        return out.toString();
    }

    private static char asciiDigit(char c) {
        int k = ARABIC_INDIC.indexOf(c);
        if (k < 0) k = EXTENDED.indexOf(c);
        if (k < 0) k = SUPERSCRIPT.indexOf(c);
        return k < 0 ? c : (char) ('0' + k);
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
