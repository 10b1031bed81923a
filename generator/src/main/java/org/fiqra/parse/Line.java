package org.fiqra.parse;

import org.fiqra.diag.SourcePosition;

/**
 * One line of a source body.
 *
 * @param raw  as in the file (leading tabs kept: table rows start with one)
 * @param text stripped of surrounding white space
 */
record Line(String raw, String text, SourcePosition position) {

    boolean isBlank() {
        return text.isEmpty();
    }

    /** The position of the first character of {@link #text}. */
    SourcePosition textPosition() {
        int lead = raw.indexOf(text.isEmpty() ? "" : text.substring(0, 1));
        return position.shift(Math.max(lead, 0));
    }
}
