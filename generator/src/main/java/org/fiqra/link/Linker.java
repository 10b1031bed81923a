package org.fiqra.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.MarkerRef;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.Text;

/**
 * The link stage, in two passes: first every symbol the corpus knows, then each text's
 * references resolved against it (in the corpus, outside it, or unresolved and reported), and
 * the index of who cites what.
 */
public final class Linker {
    private Linker() {
    }

    public static LinkedCorpus link(List<Document> documents, Instruments instruments, Diagnostics diagnostics) {
        return link(documents, instruments, diagnostics, null);
    }

    /** Links the corpus, taking from {@code memo} (when not null) what an earlier build read of unchanged documents. */
    public static LinkedCorpus link(List<Document> documents, Instruments instruments, Diagnostics diagnostics, Memo memo) {
        Map<String, Document> bySymbol = new LinkedHashMap<>();
        documents.forEach(d -> bySymbol.putIfAbsent(d.symbol(), d));
        Set<String> corpus = bySymbol.keySet();
        if (memo != null) memo.begin(corpus, instruments, documents);

        Map<Document, List<Found>> perDocument = new IdentityHashMap<>();
        documents.parallelStream().map(d -> Map.entry(d, memo == null ? extract(d, corpus, instruments, diagnostics)
                        : memo.extract(d, corpus, instruments, diagnostics)))
                .toList().forEach(e -> perDocument.put(e.getKey(), e.getValue()));

        Map<Text, List<Reference>> references = new IdentityHashMap<>();
        Map<String, List<Citation>> citedBy = new TreeMap<>();
        for (Document d : documents) {
            for (Found f : perDocument.get(d)) {
                references.put(f.text(), f.references());
                for (Reference r : f.references()) {
                    citedBy.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Citation(d, f.clause(), f.footnote(), r));
                }
            }
        }
        return new LinkedCorpus(references, citedBy, bySymbol, instruments);
    }

    /**
     * {@code linked} with some documents replaced by new versions of themselves (same symbols, so what every
     * other text resolves to is unchanged): only the new versions' texts are read. {@code documents} is the
     * corpus in order, with the new versions in it; the citations stay in that order, as {@link #link} leaves
     * them.
     */
    public static LinkedCorpus relink(LinkedCorpus linked, List<Document> documents, Map<Document, Document> replaced,
                                      Diagnostics diagnostics) {
        Map<String, Document> bySymbol = new LinkedHashMap<>(linked.bySymbol());
        replaced.forEach((old, now) -> {
            if (!old.symbol().equals(now.symbol())) {
                throw new IllegalArgumentException(now.symbol() + " cannot replace " + old.symbol() + " in a relink");
            }
            bySymbol.put(now.symbol(), now);
        });
        Map<Text, List<Reference>> references = new IdentityHashMap<>(linked.references());
        replaced.keySet().forEach(old -> texts(old, (text, where) -> references.remove(text)));
        Map<String, List<Citation>> citedBy = new TreeMap<>();
        linked.citedBy().forEach((key, citations) -> {
            List<Citation> kept = new ArrayList<>();
            for (Citation c : citations) if (!replaced.containsKey(c.document())) kept.add(c);
            if (!kept.isEmpty()) citedBy.put(key, kept);
        });
        Set<String> touched = new java.util.HashSet<>();
        for (Document now : replaced.values()) {
            for (Found f : extract(now, bySymbol.keySet(), linked.instruments(), diagnostics)) {
                references.put(f.text(), f.references());
                for (Reference r : f.references()) {
                    citedBy.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Citation(now, f.clause(), f.footnote(), r));
                    touched.add(r.key());
                }
            }
        }
        Map<Document, Integer> position = new IdentityHashMap<>();
        documents.forEach(d -> position.put(d, position.size()));
        // a stable sort by document keeps each document's citations in text order
        touched.forEach(key -> citedBy.get(key).sort(java.util.Comparator.comparing(c -> position.getOrDefault(c.document(), -1))));
        return new LinkedCorpus(references, citedBy, bySymbol, linked.instruments());
    }

    /**
     * What linking read of each document, kept between the builds of one process (the preview server's): a
     * document that is the same object as in the last build, in a corpus of the same symbols and instruments,
     * is not read again; what reading it reported is reported again.
     */
    public static final class Memo {
        private record Read(List<Found> found, List<org.fiqra.diag.Diagnostic> diagnostics) {
        }

        private Set<String> symbols = Set.of();
        private List<Instrument> instruments = List.of();
        private final Map<Document, Read> documents = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

        /** Forgets what no longer holds: everything if the symbols or instruments changed, else the documents gone. */
        private void begin(Set<String> symbols, Instruments instruments, List<Document> now) {
            if (!symbols.equals(this.symbols) || !instruments.given().equals(this.instruments)) {
                documents.clear();
                this.symbols = Set.copyOf(symbols);
                this.instruments = instruments.given();
                return;
            }
            Set<Document> present = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            present.addAll(now);
            documents.keySet().retainAll(present);
        }

        private List<Found> extract(Document d, Set<String> corpus, Instruments instruments, Diagnostics diagnostics) {
            Read read = documents.get(d);
            if (read == null) {
                Diagnostics own = new Diagnostics();
                read = new Read(Linker.extract(d, corpus, instruments, own), own.all());
                documents.put(d, read);
            }
            read.diagnostics().forEach(diagnostics::add);
            return read.found();
        }
    }

    private record Found(Text text, String clause, int footnote, List<Reference> references) {
    }

    private static List<Found> extract(Document doc, Set<String> corpus, Instruments instruments, Diagnostics diagnostics) {
        ReferenceExtractor extractor = new ReferenceExtractor(doc, corpus, instruments, diagnostics);
        if (extractor.needsObservedOrder()) {
            ReferenceExtractor dry = new ReferenceExtractor(doc, corpus, instruments, new Diagnostics());
            texts(doc, (text, where) -> dry.extract(text));
            extractor.preferOrderOf(dry.observed());
        }
        List<Found> out = new ArrayList<>();
        texts(doc, (text, where) -> {
            List<Reference> refs = extractor.extract(text);
            if (!refs.isEmpty()) out.add(new Found(text, where.clause(), where.footnote(), refs));
        });
        return out;
    }

    private record Where(String clause, int footnote) {
    }

    /** Every text of a document that can cite, in document order, with the clause it belongs to. */
    private static void texts(Document doc, BiConsumer<Text, Where> visit) {
        for (Clause c : doc.preamble()) clause(c, visit);
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) {
                clause(c, visit);
            } else if (b instanceof Section s) {
                visit.accept(s.heading(), new Where(null, 0));
            } else if (b instanceof Prose p) {
                visit.accept(p.text(), new Where(null, 0));
            }
        }
        Map<Integer, String> firstMarker = firstMarkers(doc);
        for (Footnote f : doc.footnotes()) {
            visit.accept(f.text(), new Where(firstMarker.get(f.number()), f.number()));
        }
    }

    private static void clause(Clause c, BiConsumer<Text, Where> visit) {
        Where where = new Where(c.id().value(), 0);
        c.texts().forEach(t -> visit.accept(t, where));
    }

    /** The clause of each footnote's first marker. */
    private static Map<Integer, String> firstMarkers(Document doc) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (Clause c : doc.clauses()) {
            for (Text t : c.texts()) {
                for (MarkerRef m : doc.markersOf(t)) {
                    out.putIfAbsent(m.number(), c.id().value());
                }
            }
        }
        return out;
    }

    /** The body code of a document: its front matter's, else the one its symbol implies. */
    public static String bodyCode(Document doc) {
        if (doc.body() != null && !doc.body().isBlank()) return doc.body();
        String s = doc.symbol();
        if (s.startsWith("A/HRC/RES/")) return "hrc";
        if (s.startsWith("A/RES/")) return "ga";
        if (s.startsWith("E/RES/")) return "ecosoc";
        if (s.startsWith("S/RES/")) return "sc";
        return "";
    }
}
