package org.fiqra.render;

import org.fiqra.text.Digits;

/**
 * The languages of the interface: each has a tree of pages (Arabic at the root, English under
 * {@code en/}), a direction and its numerals.
 */
public enum Language {
    AR("ar", "rtl", ""),
    EN("en", "ltr", "en/");

    private final String code;
    private final String dir;
    private final String prefix;

    Language(String code, String dir, String prefix) {
        this.code = code;
        this.dir = dir;
        this.prefix = prefix;
    }

    public String code() {
        return code;
    }

    public String dir() {
        return dir;
    }

    /** Where its tree of pages starts, from the site root: {@code ""} or {@code "en/"}. */
    public String prefix() {
        return prefix;
    }

    public Language other() {
        return this == AR ? EN : AR;
    }

    public String number(int n) {
        return this == AR ? Digits.toArabicIndic(n) : Integer.toString(n);
    }

    /** ASCII digits of a string (such as {@code 4/46}) in this language's numerals. */
    public String number(String asciiDigits) {
        return this == AR ? Digits.toArabicIndic(asciiDigits) : asciiDigits;
    }


    /** Of two labels, this language's (the Arabic one where there is no other). */
    public String pick(String ar, String en) {
        return this == EN && en != null && !en.isBlank() ? en : ar;
    }

    /** The attributes that mark Arabic source text on this language's pages (none on Arabic pages). */
    public String sourceAttributes() {
        return this == AR ? "" : " lang=\"ar\" dir=\"rtl\"";
    }
}
