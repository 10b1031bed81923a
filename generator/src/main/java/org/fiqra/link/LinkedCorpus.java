package org.fiqra.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiqra.model.Document;
import org.fiqra.model.Text;

/**
 * The link stage's result: every reference of every text, and who cites what.
 *
 * @param references the references of each text, by text (identity), in order
 * @param citedBy    every citation, by the key of what is cited, in corpus order
 * @param bySymbol   the documents of the corpus, by symbol
 */
public record LinkedCorpus(Map<Text, List<Reference>> references, Map<String, List<Citation>> citedBy,
                           Map<String, Document> bySymbol, Instruments instruments) {

    public List<Reference> referencesOf(Text text) {
        return references.getOrDefault(text, List.of());
    }

    public List<Citation> citing(String key) {
        return citedBy.getOrDefault(key, List.of());
    }

    public Optional<Document> document(String key) {
        return Optional.ofNullable(bySymbol.get(key));
    }
}
