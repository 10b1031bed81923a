package org.fiqra.render;

import java.util.List;

/**
 * The immutable records templates see: strings already escaped or sanitised where they end in
 * {@code Html}, plain strings (escaped by FreeMarker) otherwise. Nothing live reaches a template.
 */
public final class Views {
    private Views() {
    }

    /**
     * What every page has: its language and direction; {@code root} leads to the top of its
     * language's tree, {@code assets} to the site root; {@code alternate} is the same page in the
     * other language, or, where the other tree has no such page ({@code paired} false: the page of an
     * English clause the Arabic lacks), the nearest page it has, which no {@code hreflang} link may call
     * a translation; {@code src} marks Arabic source text on pages of another language.
     */
    public record Page(String lang, String dir, String root, String assets, String path, String title,
                       String alternate, String alternateLang, String src, String description, String canonical,
                       String canonicalAlternate, boolean paired) {
    }

    /** The home page: every document. */
    public record Home(List<DocSummary> documents, String count, List<Way> bodies, List<Way> years) {
    }

    /** A document as listed on the home page and in the header of its pages. */
    public record DocSummary(String symbol, String slug, String href, String titleHtml, String bodyHtml,
                             String date, String dateIso, String kindLabel, String clauseCount) {
    }

    /** A line of a document's metadata; {@code source} when its text is the source's (Arabic) own. */
    public record MetaLine(String label, String html, boolean source) {
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
                          List<String> closingHtml, VoteView vote, AnnexView annex, List<CitingDocument> citedBy,
                          String citatorHref, List<Link> topics, String notice, String parallelHref, String src) {
    }

    /** A document of the corpus that cites something, with the clauses that do. */
    public record CitingDocument(DocSummary doc, List<CitingClause> clauses) {
    }

    /** A clause that cites something: its label, its page, and (on citator pages) its text. */
    public record CitingClause(String label, String href, String html, String note) {
    }

    /** Something a clause cites: its name, its symbol, where it leads, and its citator page. */
    public record Cited(String labelHtml, String symbol, String href, boolean internal, String citatorHref) {
    }

    /** A row of the citator: an instrument with the clauses and documents of the corpus that cite it. */
    public record CitedRow(String key, String labelHtml, String symbol, String href, boolean internal,
                           String citatorHref, int clauses, int documents, String clausesText, String documentsText) {
    }

    public record Citator(List<CitedRow> rows, List<CitedRow> shared, String count) {
    }

    /** The citator page of one instrument. */
    public record CitedPage(CitedRow row, String nameEn, List<CitingDocument> citing) {
    }

    public record Link(String href, String label) {
    }

    /**
     * The page of one clause; {@code noCounterpart} says, on the page of an English clause that the Arabic
     * original lacks, that it has none (null on every other page).
     */
    public record ClausePage(DocSummary doc, ClauseView clause, SectionView section, List<FootnoteView> footnotes,
                             Link previous, Link next, String documentHref, List<Cited> cites,
                             List<CitingDocument> citedBy, List<Link> topics, VerbLink verb, List<RelatedView> related,
                             String notice, Counterpart counterpart, String parallelHref, String src,
                             String noCounterpart) {
    }

    /** The same clause in the other language, shown beside it: its heading and the attributes of its language. */
    public record Counterpart(String heading, String attributes, ClauseView clause) {
    }

    /** One row of the parallel view: a clause in Arabic and in English (null where the English lacks it). */
    public record ParallelRow(String id, String label, ClauseView arabic, ClauseView english) {
    }

    public record ParallelPage(DocSummary doc, List<ParallelRow> rows, String documentHref, String notice) {
    }

    /** The verb a clause opens with: as written, its English term, and its index page. */
    public record VerbLink(String written, String english, String href) {
    }

    /** A related clause of another document, and why it is related. */
    public record RelatedView(String symbol, String label, String href, String htmlExcerpt, List<String> reasonsHtml) {
    }

    /** A topic in the index: its labels, its place in the hierarchy, its counts. */
    /** A topic: its label in the page's language and in the other one. */
    public record TopicRow(String id, String label, String otherLabel, String href, int depth, String clauses, String documents,
                           int clauseCount) {
    }

    public record TopicIndex(List<TopicRow> rows) {
    }

    public record TopicPage(TopicRow topic, Link parent, List<Link> children, List<CitingDocument> clauses) {
    }

    public record VerbRow(String id, String en, String ar, String href, String count, int clauseCount, boolean operative) {
    }

    public record VerbIndex(List<VerbRow> operative, List<VerbRow> preambular) {
    }

    public record VerbPage(VerbRow verb, List<CitingDocument> clauses) {
    }

    /** The documents of one body or one year. */
    public record Listing(String headingHtml, List<DocSummary> documents) {
    }

    /** A way into the corpus from the home page: a label, its page, how many documents. */
    public record Way(String labelHtml, String href, String count) {
    }
}
