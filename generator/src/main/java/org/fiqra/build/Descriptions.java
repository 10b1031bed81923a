package org.fiqra.build;

import org.fiqra.text.PlainText;

/** A source text as a page description: plain text on one line, at most 300 characters. */
final class Descriptions {
    private static final int MAX = 300;

    private Descriptions() {
    }

    static String plain(String raw) {
        String s = PlainText.of(raw);
        if (s.length() <= MAX) return s;
        int cut = s.lastIndexOf(' ', MAX - 1);
        return s.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }
}
