package org.fiqra.diag;

/**
 * One problem found in the content, printed one way everywhere:
 * {@code content/ar/a-hrc-res-56-2.md:57:12: warning [FOOTNOTE_TEXT_MISSING] marker ⁽4⁾ has no footnote text}.
 */
public record Diagnostic(Code code, Severity severity, SourcePosition position, String message)
        implements Comparable<Diagnostic> {

    /** Stable codes, so that editors and CI can grep for them. */
    public enum Code {
        FILE_UNREADABLE, FRONT_MATTER, SYMBOL_MISSING, DUPLICATE_SLUG, DATA_FILE,
        NO_CLAUSES, TITLE_MISSING,
        // the parser's readings: a structure it could not find, a reading it made without certainty, what it dropped
        STRUCTURE_LOST, OPERATIVE_UNNUMBERED, OPERATIVE_START_GUESSED, PARSE_HINT, FURNITURE_DROPPED, VISUAL_ORDER,
        CITATION_LINE, SEVERAL_PARTS,
        FOOTNOTE_TEXT_MISSING, FOOTNOTE_UNREFERENCED, FOOTNOTE_MARKER_GUESSED, FOOTNOTE_DUPLICATE,
        NUMBERING_GAP, NUMBERING_DUPLICATE, NUMBERING_ORDER,
        BLOCK_JOINED, VOTE_COUNT_MISMATCH, REFERENCE_UNRESOLVED, REFERENCE_ORDER_ASSUMED, VERB_NOT_FOUND, ALIGNMENT, TEMPLATE, CHECK
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + " [" + code + "] " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = position.file().compareTo(o.position.file());
        if (c == 0) c = Integer.compare(position.line(), o.position.line());
        if (c == 0) c = Integer.compare(position.column(), o.position.column());
        if (c == 0) c = code.compareTo(o.code);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
