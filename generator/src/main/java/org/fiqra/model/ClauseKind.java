package org.fiqra.model;

/** The three kinds of clause that have a page of their own. */
public enum ClauseKind {
    /** A preambular paragraph of a resolution: {@code pp-N}, counted in order. */
    PREAMBULAR("pp"),
    /** An operative paragraph of a resolution: {@code op-N}, its own number. */
    OPERATIVE("op"),
    /** A numbered paragraph of a report or note: {@code para-N}. */
    PARAGRAPH("para");

    private final String prefix;

    ClauseKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
