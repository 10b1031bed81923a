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
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
        closing = List.copyOf(closing);
        markers = Map.copyOf(markers);
    }

    /** Every clause with a page of its own, in document order. */
    public List<Clause> clauses() {
        return Stream.concat(preamble.stream(),
                blocks.stream().filter(Clause.class::isInstance).map(Clause.class::cast)).toList();
    }

    /** The clause with that id, if the document has one. */
    public java.util.Optional<Clause> clause(String id) {
        return clauses().stream().filter(c -> c.id().value().equals(id)).findFirst();
    }

    public List<Section> sections() {
        return blocks.stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
    }

    public List<MarkerRef> markersOf(Text text) {
        return markers.getOrDefault(text, List.of());
    }
}
