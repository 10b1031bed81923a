package org.fiqra.index;

/** A clause of the corpus: its document's slug and its id. */
public record ClauseRef(String slug, String clause) {
    @Override
    public String toString() {
        return slug + "/" + clause;
    }
}
