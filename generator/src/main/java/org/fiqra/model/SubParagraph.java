package org.fiqra.model;

import java.util.List;

/**
 * An item that belongs to the clause (or item) before it: a lettered sub-paragraph (أ),
 * a numbered sub-sub-paragraph "١", or an unmarked dash item.
 *
 * @param marker the marker exactly as the source writes it: {@code (أ)}, {@code "١"}, {@code –}
 */
public record SubParagraph(ClauseId id, Style style, String marker, Text text, List<SubParagraph> items) {

    public enum Style { LETTER, NUMBER, DASH }

    public SubParagraph {
        items = List.copyOf(items);
    }

    /** Its text and its items' texts, depth first, into {@code out}. */
    void addTexts(List<Text> out) {
        out.add(text);
        items.forEach(i -> i.addTexts(out));
    }
}
