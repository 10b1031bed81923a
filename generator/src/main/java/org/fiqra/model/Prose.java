package org.fiqra.model;

/** An unnumbered paragraph of a report (a summary before its numbered paragraphs). */
public record Prose(Text text) implements BodyBlock {
}
