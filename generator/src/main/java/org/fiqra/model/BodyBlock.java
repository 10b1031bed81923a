package org.fiqra.model;

/** What the body of a document (its operative part, or a report's paragraphs) is made of, in order. */
public sealed interface BodyBlock permits Clause, Section, Prose {
}
