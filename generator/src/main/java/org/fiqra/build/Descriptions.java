package org.fiqra.build;

import java.util.regex.Pattern;

/** A source text as a page description: no markup, no footnote markers, one line, at most 300 characters. */
final class Descriptions {
    private static final int MAX = 300;
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\*+");

    private Descriptions() {
    }

    static String plain(String raw) {
        String s = MARKUP.matcher(org.fiqra.parse.FootnoteMarkers.strip(raw)).replaceAll("").replaceAll("\\s+", " ").strip();
        if (s.length() <= MAX) return s;
        int cut = s.lastIndexOf(' ', MAX - 1);
        return s.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }
}
