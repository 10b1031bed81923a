package org.fiqra.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One parsed document, immutable.
 *
 * @param source      the source file as shown to the editor ({@code content/ar/a-res-66-122.md})
 * @param translation of an English text: "official" or "unofficial" (front matter), or null
 * @param titleLine   the number as the title line writes it ({@code ١٢٢/٦٦}), or null
 * @param markers     every footnote marker of every text, by the text it stands in
 */
public record Document(String source, String symbol, String slug, String language, String translation, String title,
                       String body, LocalDate date, DocumentKind kind, List<HeaderLine> header,
                       String titleLine, Text opening, List<Clause> preamble, Text operativeIntro,
                       List<BodyBlock> blocks, List<Footnote> footnotes, List<Text> closing,
                       VoteRecord vote, AnnexTable annex, Map<Text, List<MarkerRef>> markers) {

    public Document {
        header = List.copyOf(header);
        preamble = List.copyOf(preamble);
        blocks = new Body(List.copyOf(blocks), preamble);
        footnotes = List.copyOf(footnotes);
        closing = List.copyOf(closing);
        markers = Map.copyOf(markers);
    }

    /** Every clause with a page of its own, in document order. */
    public List<Clause> clauses() {
        return ((Body) blocks).clauses;
    }

    /** The clause with that id, if the document has one (the first, if two share it). */
    public java.util.Optional<Clause> clause(String id) {
        return java.util.Optional.ofNullable(((Body) blocks).byId.get(id));
    }

    /**
     * The body blocks as an immutable list, carrying what pages ask of a document again and again: its
     * clauses (preamble first) and the clause of each id, computed once. Equal, as a list, to the blocks.
     */
    private static final class Body extends java.util.AbstractList<BodyBlock> implements java.util.RandomAccess {
        private final List<BodyBlock> blocks;
        private final List<Clause> clauses;
        private final Map<String, Clause> byId = new java.util.HashMap<>();

        Body(List<BodyBlock> blocks, List<Clause> preamble) {
            this.blocks = blocks;
            this.clauses = Stream.concat(preamble.stream(),
                    blocks.stream().filter(Clause.class::isInstance).map(Clause.class::cast)).toList();
            for (Clause c : clauses) byId.putIfAbsent(c.id().value(), c);
        }

        @Override
        public BodyBlock get(int index) {
            return blocks.get(index);
        }

        @Override
        public int size() {
            return blocks.size();
        }
    }

    public List<Section> sections() {
        return blocks.stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
    }

    public List<MarkerRef> markersOf(Text text) {
        return markers.getOrDefault(text, List.of());
    }

    /** Its footnotes by number (the first, if two share one). */
    public Map<Integer, Footnote> footnotesByNumber() {
        Map<Integer, Footnote> out = new java.util.HashMap<>();
        footnotes.forEach(f -> out.putIfAbsent(f.number(), f));
        return out;
    }

    /**
     * The footnotes the markers of {@code clause}'s texts point to, in the order first pointed to;
     * {@code byNumber} is {@link #footnotesByNumber()}, made once for all the clauses of the document.
     */
    public List<Footnote> footnotesOf(Clause clause, Map<Integer, Footnote> byNumber) {
        Map<Integer, Footnote> out = new java.util.LinkedHashMap<>();
        for (Text t : clause.texts()) {
            for (MarkerRef m : markersOf(t)) {
                if (m.resolved() && byNumber.containsKey(m.number())) out.putIfAbsent(m.number(), byNumber.get(m.number()));
            }
        }
        return List.copyOf(out.values());
    }
}
