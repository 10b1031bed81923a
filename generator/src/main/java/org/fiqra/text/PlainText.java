package org.fiqra.text;

import java.util.regex.Pattern;

/** A source text as plain text: no inline markup, no footnote markers, its whitespace one space. */
public final class PlainText {
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\*+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(String raw) {
        String s = MARKUP.matcher(org.fiqra.parse.FootnoteMarkers.strip(raw)).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
