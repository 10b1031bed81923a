package org.fiqra.render;

/**
 * A range of source text to show as a reference: {@code [start, end)} of the raw text, the
 * address it leads to (null: shown as a reference, with no link), and the canonical name shown
 * on hover.
 */
public record InlineLink(int start, int end, String href, String title) {
}
