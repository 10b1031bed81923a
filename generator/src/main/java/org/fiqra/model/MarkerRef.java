package org.fiqra.model;

/**
 * One footnote marker in a text, in order of appearance.
 *
 * @param id       its anchor ({@code fnref-4}, {@code fnref-4-2})
 * @param resolved whether footnote {@code number} exists (if not, no link is made)
 */
public record MarkerRef(int number, String id, boolean resolved) {
}
