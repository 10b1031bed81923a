package org.fiqra.model;

import java.util.List;

/**
 * A preambular, operative or report paragraph: the unit that gets an anchor and a page.
 *
 * @param number  the preambular paragraph's place in order, or the paragraph's own number
 * @param marker  the number as the source writes it ({@code ١ -}, {@code - 12-}, {@code ٣.}); empty for pp
 * @param section the id of the section heading it stands under, or null
 */
public record Clause(ClauseId id, ClauseKind kind, int number, String marker, Text text,
                     List<SubParagraph> items, String section) implements BodyBlock {
    public Clause {
        items = List.copyOf(items);
    }

    /** Its own text and the texts of its sub-paragraphs, in document order. */
    public List<Text> texts() {
        List<Text> out = new java.util.ArrayList<>();
        out.add(text);
        items.forEach(i -> i.addTexts(out));
        return out;
    }
}
