package org.fiqra.model;

/** A line of the header block: metadata, never a clause. */
public record HeaderLine(Kind kind, Text text) {
    public enum Kind {
        SYMBOL, DISTRIBUTION, LANGUAGE, ORIGINAL_LANGUAGE, BODY, SESSION, DATE, AGENDA_ITEM,
        ADOPTION, REPORT_BASIS, OTHER
    }
}
