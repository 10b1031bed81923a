package org.fiqra.model;

import java.util.List;

/**
 * A footnote and the markers that point to it.
 *
 * @param marker the marker of the footnote block as written: {@code (١)}, {@code ^٢}, {@code °}
 * @param refs   the ids of the markers that point to it ({@code fnref-1}, {@code fnref-1-2}), in order
 */
public record Footnote(int number, String marker, Text text, List<String> refs) {
    public Footnote {
        refs = List.copyOf(refs);
    }

    public String id() {
        return "fn-" + number;
    }
}
