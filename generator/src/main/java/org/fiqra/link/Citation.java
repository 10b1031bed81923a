package org.fiqra.link;

import org.fiqra.model.Document;

/**
 * One place in the corpus that cites something.
 *
 * @param clause   the clause that cites it (for a footnote, the clause of its first marker), or null
 * @param footnote the footnote number the reference stands in, or 0
 */
public record Citation(Document document, String clause, int footnote, Reference reference) {
}
