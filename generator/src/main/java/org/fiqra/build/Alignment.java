package org.fiqra.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.SubParagraph;

/**
 * Pairs an English text with its Arabic document by the contract's clause ids (pp-N by order,
 * op-N by number, (a) with (أ), (i) with "١") and reports where the two disagree: the ids the
 * English text lacks and the ids it has that the Arabic does not (each clause of those on its own line).
 */
final class Alignment {
    private Alignment() {
    }

    static void check(Document arabic, Document english, Diagnostics diagnostics) {
        Set<String> ar = ids(arabic);
        Set<String> en = ids(english);
        List<String> missing = new ArrayList<>(ar);
        missing.removeAll(en);
        List<String> extra = new ArrayList<>(en);
        extra.removeAll(ar);
        // A clause has a page of its own, which the English tree publishes without an Arabic counterpart: each
        // one is named where it stands, with its sub-paragraphs, rather than in the list of extra ids.
        for (Clause c : english.clauses()) {
            String id = c.id().value();
            if (arabic.clause(id).isPresent()) continue;
            diagnostics.warn(Code.ALIGNMENT, c.text().position(), "en clause " + id + " has no Arabic counterpart in "
                    + arabic.source() + "; if it should pair with an Arabic paragraph, number the two alike");
            Set<String> own = new LinkedHashSet<>();
            items(c.items(), own);
            extra.remove(id);
            extra.removeAll(own);
        }
        SourcePosition at = SourcePosition.of(english.source());
        if (!missing.isEmpty()) {
            diagnostics.warn(Code.ALIGNMENT, at, "the English text lacks " + String.join(", ", missing)
                    + " of the Arabic " + arabic.source());
        }
        if (!extra.isEmpty()) {
            diagnostics.warn(Code.ALIGNMENT, at, "the English text has " + String.join(", ", extra)
                    + ", which the Arabic " + arabic.source() + " does not");
        }
    }

    /** Every clause and sub-paragraph id of a document, in order. */
    static Set<String> ids(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Clause c : doc.clauses()) {
            out.add(c.id().value());
            items(c.items(), out);
        }
        return out;
    }

    private static void items(List<SubParagraph> items, Set<String> out) {
        for (SubParagraph s : items) {
            out.add(s.id().value());
            items(s.items(), out);
        }
    }
}
