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
 * @param english    the references of the English texts, by text (identity): read through their Arabic
 *                   originals ({@link EnglishReferences}), never citations of their own
 */
public record LinkedCorpus(Map<Text, List<Reference>> references, Map<String, List<Citation>> citedBy,
                           Map<String, Document> bySymbol, Instruments instruments, Map<Text, List<Reference>> english) {

    public LinkedCorpus(Map<Text, List<Reference>> references, Map<String, List<Citation>> citedBy,
                        Map<String, Document> bySymbol, Instruments instruments) {
        this(references, citedBy, bySymbol, instruments, Map.of());
    }

    /** The references of a text, Arabic or English, in order. */
    public List<Reference> referencesOf(Text text) {
        List<Reference> own = references.get(text);
        return own != null ? own : english.getOrDefault(text, List.of());
    }

    /** Whether {@code text} is an English text with references (whose own language its links should have). */
    public boolean isEnglish(Text text) {
        return english.containsKey(text);
    }

    /** This corpus with {@code english} as the references of the English texts, replacing those it had. */
    public LinkedCorpus withEnglish(Map<Text, List<Reference>> english) {
        return new LinkedCorpus(references, citedBy, bySymbol, instruments, english);
    }

    public List<Citation> citing(String key) {
        return citedBy.getOrDefault(key, List.of());
    }

    public Optional<Document> document(String key) {
        return Optional.ofNullable(bySymbol.get(key));
    }
}
