package org.fiqra.render;

import java.util.List;

/**
 * The immutable records templates see: strings already escaped or sanitised where they end in
 * {@code Html}, plain strings (escaped by FreeMarker) otherwise. Nothing live reaches a template.
 */
public final class Views {
    private Views() {
    }

    /** What every page has: its language and direction, and the way back to the site root. */
    public record Page(String lang, String dir, String root, String path, String title) {
    }

    /** The home page: every document. */
    public record Home(List<DocSummary> documents, String count) {
    }

    /** A document as listed on the home page and in the header of its pages. */
    public record DocSummary(String symbol, String slug, String href, String titleHtml, String bodyHtml,
                             String date, String dateIso, String kindLabel, String clauseCount) {
    }

    public record MetaLine(String label, String html) {
    }

    public record Item(String id, String marker, String html, List<Item> items) {
    }

    public record ClauseView(String id, String kind, String label, String marker, String html, List<Item> items,
                             String href, String citationHtml, String citationText, String section,
                             List<String> footnoteIds) {
    }

    public record SectionView(String id, String marker, String html) {
    }

    /** One block of a document body, in order; {@code type} is clause, section or prose. */
    public record Block(String type, ClauseView clause, SectionView section, String html) {
    }

    public record FootnoteView(String id, String number, String html, List<String> refs) {
    }

    public record VoteList(String label, int count, List<String> members) {
    }

    public record VoteView(String statementHtml, String summary, List<VoteList> lists) {
    }

    public record AnnexView(String headingHtml, List<String> captionHtml, List<String> headerHtml,
                            List<List<String>> rowsHtml, List<String> notesHtml) {
    }

    public record DocView(DocSummary summary, List<MetaLine> meta, String openingHtml, List<ClauseView> preamble,
                          String introHtml, List<Block> blocks, List<FootnoteView> footnotes,
                          List<String> closingHtml, VoteView vote, AnnexView annex) {
    }

    public record Link(String href, String label) {
    }

    public record ClausePage(DocSummary doc, ClauseView clause, SectionView section, List<FootnoteView> footnotes,
                             Link previous, Link next, String documentHref) {
    }
}
