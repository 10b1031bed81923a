package org.fiqra.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.fiqra.model.AnnexTable;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.ClauseKind;
import org.fiqra.model.Document;
import org.fiqra.model.DocumentKind;
import org.fiqra.model.HeaderLine;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.ClauseId;
import org.fiqra.model.SubParagraph.Style;
import org.fiqra.model.Text;
import org.fiqra.model.VoteRecord;
import org.fiqra.text.Punctuation;
import org.fiqra.text.Slug;

/**
 * From the body of one source file to a {@link Document}. One instance per document: it holds
 * all the mutable state of one parse, as commonmark-java's {@code DocumentParser} does.
 *
 * <p>The text is read block by block (a block is a non-empty line). The header block runs up to
 * the opening line ({@code إن الجمعية العامة،}) of a resolution, or up to the first heading of a
 * report. After it, each block is offered to the {@link Starts} recognisers; what a match means
 * (a sub-paragraph or a section heading, a new paragraph or the second half of one cut by a page
 * break) is decided here, from the context.
 */
public final class DocumentParser {
    /** Unmarked blocks up to this length, ending without punctuation, are headings. */
    private static final int HEADING_MAX = 150;

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final List<Line> lines = new ArrayList<>();
    private final boolean parenFootnotes;
    /** The text numbers its paragraphs (1), (2): a communiqué's style, not footnotes. */
    private final boolean parenNumbers;
    /** The text's language decides a few rules: its opening line, title line, list letters, closing. */
    private final boolean english;

    private DocumentKind kind;
    private final List<HeaderLine> header = new ArrayList<>();
    private String titleNumber;
    private String titleText;
    private Text opening;
    private Text operativeIntro;
    private final List<ClauseBuilder> preamble = new ArrayList<>();
    private final List<Object> blocks = new ArrayList<>();
    private final List<FootnoteBuilder> footnotes = new ArrayList<>();
    private final List<Text> closing = new ArrayList<>();
    private VoteRecord vote;
    private AnnexTable annex;

    private ClauseBuilder current;
    private FootnoteBuilder lastFootnote;
    private boolean lastWasFootnote;
    private String section;
    private int sections;
    private int lastNumber;

    private DocumentParser(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.english = "en".equals(file.frontMatter().language());
        lines.addAll(SourceText.lines(file, english, diagnostics));
        boolean paren = false;
        for (Line line : lines) paren |= line.raw().contains("^(") || line.raw().contains("⁽");
        this.parenFootnotes = paren || gluedMarkersWithNotes(lines);
        this.parenNumbers = !paren && Starts.Numbered.parenStyle(lines.stream().map(Line::text).toList());
    }

    private static boolean gluedMarkersWithNotes(List<Line> lines) {
        java.util.Set<Integer> markers = new java.util.HashSet<>();
        for (Line l : lines) Starts.gluedMarkers(l.text()).forEach(markers::add);
        if (markers.isEmpty()) return false;
        return lines.stream().map(l -> Starts.ParenLine.match(l.text())).flatMap(Optional::stream)
                .anyMatch(p -> markers.contains(p.number()));
    }

    /** Parses one source file; problems go to {@code diagnostics}. */
    public static Document parse(SourceFile file, Diagnostics diagnostics) {
        return new DocumentParser(file, diagnostics).run();
    }

    private Document run() {
        if (readAsResolution()) return assemble();
        int bodyStart = readHeader();
        List<Line> rest = lines.subList(bodyStart, lines.size());
        int i = 0;
        while (i < rest.size()) {
            Line line = rest.get(i);
            if (line.isBlank()) {
                i++;
            } else if (Starts.annex(line.text()) && !preamble.isEmpty() | !blocks.isEmpty()) {
                annex = new AnnexParser(diagnostics).parse(line, rest.subList(i + 1, rest.size()));
                break;
            } else if (kind == DocumentKind.RESOLUTION && Starts.closing(line.text(), english) && !blocks.isEmpty()) {
                i = readClosing(rest, i);
            } else {
                block(line);
                i++;
            }
        }
        return assemble();
    }

    // ---------------------------------------------------------------- a resolution, read as a whole

    /** The part of the block being read, in a text read as a resolution; null in a report. */
    private Reading.Part part;
    /** A number alone on its line ({@code 1 -}), waiting for the paragraph on the next one. */
    private Starts.Numbered pendingNumber;
    private static final java.util.regex.Pattern NUMERIC_DATE = java.util.regex.Pattern.compile(
            "([0-9٠-٩]{1,2})\\s*/\\s*([0-9٠-٩]{1,2})\\s*/\\s*([0-9٠-٩]{4})");
    /** {@code قرار مجلس الأمن رقم 242 (1967)}, {@code قرار رقم 9 /20 - أت}: a line that names the resolution, a title at need. */
    private static final java.util.regex.Pattern RESOLUTION_NAME = java.util.regex.Pattern.compile(
            "^(?:ال)?قرار\\s+(?:[^\\s]+\\s+){0,4}?(?:رقم|الرقم)\\s*[0-9٠-٩].{0,40}$");
    /** The line that names the resolution, the title of a text with no title line and none in its front matter. */
    private String namedTitle;
    private static final java.util.regex.Pattern FOOTNOTE_ALONE = java.util.regex.Pattern.compile("^\\([0-9٠-٩]{1,3}\\)$");
    /** A footnote's marker alone on its line ({@code (1)}), waiting for its text on the next one. */
    private String pendingFootnote;
    /** A list letter alone on its line ({@code أ-}), waiting for the item on the next one. */
    private Starts.Lettered pendingLetter;
    /** After a lead-in such as {@code بعد اطلاعه:}, the dash and letter items are the preambular paragraphs. */
    private boolean preambleItems;
    private boolean afterLeadIn;
    private final List<ClauseBuilder> unnumbered = new ArrayList<>();
    /** The editor said where the operative part starts: each of its paragraphs is a clause, whatever its first word. */
    private boolean operativeHinted;

    /**
     * Reads the text with {@link Reading}: each block gets its part of the resolution from the
     * evidence of the whole text. Returns false, having read nothing, for a text that is no resolution
     * (a report: no opening formula, no lead-in, numbered paragraphs that do not open with operative verbs).
     */
    private boolean readAsResolution() {
        List<Integer> at = new ArrayList<>();
        List<Reading.Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            at.add(i);
            Reading.Evidence e = Reading.evidence(lines.get(i).text(), english, parenFootnotes, parenNumbers);
            String previous = at.size() > 1 ? lines.get(at.get(at.size() - 2)).text() : null;
            evidence.add(previous != null && !Punctuation.endsClosed(previous) && !Starts.furniture(previous)
                    ? e.afterOpen(true) : e);
        }
        demoteDraftOpenings(at, evidence);
        Reading.Part[] fixed = hinted(at);
        // a page that introduces the text (وفيما يلي نص القرار:) says that what stands before is its own: the header
        for (int b = 0; b < at.size() && fixed[b] == null && evidence.get(b).opening() != Reading.STRONG; b++) {
            if (Starts.textIntro(lines.get(at.get(b)).text())) {
                for (int h = 0; h <= b; h++) if (fixed[h] == null) fixed[h] = Reading.Part.HEADER;
            }
        }
        // what stands before the first opening formula (إن …) is the header: the formula opens the text
        for (int b = 0; b < at.size() && fixed[b] == null; b++) {
            if (evidence.get(b).opening() == Reading.STRONG) {
                fixed[b] = Reading.Part.OPENING;
                for (int h = 0; h < b; h++) fixed[h] = Reading.Part.HEADER;
                break;
            }
        }
        Reading.Part[] parts = Reading.read(evidence, fixed);
        operativeHinted = file.frontMatter().parse() != null && file.frontMatter().parse().operativeFrom() != null;
        if (!isResolution(parts, evidence)) return false;
        kind = DocumentKind.RESOLUTION;
        for (int b = 0; b < at.size(); b++) {
            Line line = lines.get(at.get(b));
            part = parts[b];
            if (part != Reading.Part.HEADER && part != Reading.Part.OPENING && Starts.annex(line.text())
                    && (!preamble.isEmpty() || !blocks.isEmpty())) {
                annex = new AnnexParser(diagnostics).parse(line, lines.subList(at.get(b) + 1, lines.size()));
                break;
            }
            switch (part) {
                case HEADER -> headerBlock(line);
                case OPENING -> opening = Text.of(line.text(), line.textPosition());
                case PREAMBLE -> preambleBlock(line, b + 1 < at.size() ? lines.get(at.get(b + 1)).text() : "");
                case LEAD_IN -> leadIn(line, b + 1 < at.size() ? lines.get(at.get(b + 1)).text() : "",
                        numberedAfter(evidence, b));
                case OPERATIVE -> operativeBlock(line);
                case CLOSING -> b = closingBlock(at, b);
            }
        }
        if (pendingNumber != null) {
            diagnostics.warn(Code.NUMBERING_GAP, lines.get(at.get(at.size() - 1)).textPosition(), "paragraph number '"
                    + pendingNumber.marker() + "' stands at the end of the text with no paragraph after it");
        }
        if (!unnumbered.isEmpty()) {
            ClauseBuilder first = unnumbered.get(0);
            ClauseBuilder last = unnumbered.get(unnumbered.size() - 1);
            diagnostics.warn(Code.OPERATIVE_UNNUMBERED, first.text().position(), "read " + unnumbered.size()
                    + " unnumbered paragraph" + (unnumbered.size() == 1 ? "" : "s") + (operativeIntro != null
                    ? " after '" + operativeIntro.raw() + "'" : "") + " as " + first.id()
                    + (unnumbered.size() > 1 ? "…" + last.id() : "") + ", by the operative verbs they open with;"
                    + " if the operative part starts elsewhere, say so with 'parse: {operative_from: LINE}' in the front matter");
        }
        return true;
    }

    /**
     * A page that prints a draft above the adopted text opens both with the same formula: the last
     * one opens the text, and what stands before it is read as the header.
     */
    private void demoteDraftOpenings(List<Integer> at, List<Reading.Evidence> evidence) {
        java.util.Map<String, Integer> lastOf = new java.util.HashMap<>();
        int firstStrong = -1;
        for (int b = 0; b < at.size(); b++) {
            if (evidence.get(b).opening() > 0) lastOf.put(lines.get(at.get(b)).text(), b);
            if (evidence.get(b).opening() == Reading.STRONG && firstStrong < 0) firstStrong = b;
        }
        // the parts of a resolution (ألف, باء …) or the decisions of one page each open with a formula: read as one
        // text, the later parts would land in its closing block; say so, and keep the first part whole
        for (int b = firstStrong + 1; firstStrong >= 0 && b < at.size(); b++) {
            if (evidence.get(b).opening() == Reading.STRONG && partHeadingBetween(at, firstStrong, b)) {
                diagnostics.warn(Code.SEVERAL_PARTS, lines.get(at.get(b)).textPosition(), "a second opening formula: the text"
                        + " holds several parts (ألف, باء …) or several decisions, and what follows this line is read as the"
                        + " closing block of the first; give each part a file of its own");
                return;
            }
        }
        for (int b = 0; b < at.size(); b++) {
            Reading.Evidence e = evidence.get(b);
            if (e.opening() > 0 && lastOf.get(lines.get(at.get(b)).text()) != b) {
                evidence.set(b, e.asHeaderLine());
            }
        }
    }

    private static final java.util.regex.Pattern PART_HEADING = java.util.regex.Pattern.compile(
            "^(?:ألف|باء|جيم|دال|هاء|واو|[A-F])\\.?$");

    /** A part's letter alone on a line between two blocks ({@code باء}, {@code B}). */
    private boolean partHeadingBetween(List<Integer> at, int from, int to) {
        for (int b = from + 1; b < to; b++) {
            if (PART_HEADING.matcher(lines.get(at.get(b)).text()).matches()) return true;
        }
        return false;
    }

    /** The editor's hints ({@code parse:} in the front matter) as the part each block must have. */
    private Reading.Part[] hinted(List<Integer> at) {
        Reading.Part[] fixed = new Reading.Part[at.size()];
        var hints = file.frontMatter().parse();
        if (hints == null || hints.equals(org.fiqra.content.FrontMatter.ParseHints.NONE)) return fixed;
        int[] starts = {hints.preambleFrom() == null ? -1 : hints.preambleFrom(),
                hints.operativeFrom() == null ? -1 : hints.operativeFrom(),
                hints.closingFrom() == null ? -1 : hints.closingFrom()};
        Reading.Part[] of = {Reading.Part.PREAMBLE, Reading.Part.OPERATIVE, Reading.Part.CLOSING};
        int last = file.firstBodyLine() + file.bodyLines().size() - 1;
        for (int h = 0; h < 3; h++) {
            if (starts[h] < 0) continue;
            if (starts[h] < file.firstBodyLine() || starts[h] > last) {
                diagnostics.warn(Code.PARSE_HINT, SourcePosition.of(file.display()), "the hint 'parse." + new String[] {
                        "preamble_from", "operative_from", "closing_from"}[h] + ": " + starts[h] + "' names no line of the text"
                        + " (lines " + file.firstBodyLine() + "–" + last + "); it is ignored");
                starts[h] = -1;
            }
        }
        for (int b = 0; b < at.size(); b++) {
            int line = lines.get(at.get(b)).position().line();
            // before the first hinted part: any part before it (null); from it on, that part (its lead-in too)
            Reading.Part p = null;
            for (int h = 0; h < 3; h++) if (starts[h] >= 0 && line >= starts[h]) p = of[h];
            if (p == Reading.Part.OPERATIVE && Reading.leadIn(lines.get(at.get(b)).text(), english)) p = Reading.Part.LEAD_IN;
            fixed[b] = p;
        }
        return fixed;
    }

    /**
     * A resolution has an opening formula or an operative lead-in, or its operative part shows:
     * most of its numbered paragraphs open with an operative verb (a continuation page).
     */
    private static boolean isResolution(Reading.Part[] parts, List<Reading.Evidence> evidence) {
        int numbered = 0;
        int verbs = 0;
        for (int b = 0; b < parts.length; b++) {
            if (parts[b] == Reading.Part.OPENING || parts[b] == Reading.Part.LEAD_IN) return true;
            Reading.Evidence e = evidence.get(b);
            if (e.numbered() || e.bareNumber()) numbered++;
            if (parts[b] == Reading.Part.OPERATIVE && e.operativeVerb()) verbs++;
        }
        return verbs > 0 && verbs * 2 >= numbered;
    }

    private void headerBlock(Line line) {
        String t = line.text();
        if (Starts.furniture(t)) {
            dropped(line);
            return;
        }
        Optional<Starts.TitleLine> title = Starts.TitleLine.match(t, english);
        if (title.isPresent() && titleNumber == null) {
            titleLine(title.get(), line);
            return;
        }
        if (namedTitle == null && RESOLUTION_NAME.matcher(t).matches()) namedTitle = t;
        if (vote == null && (Starts.vote(t, english) || Starts.tallyInside(t))) {
            vote = new VoteParser(diagnostics).parse(List.of(line), english);
        }
        header.add(new HeaderLine(HeaderClassifier.classify(t), Text.of(t, line.textPosition())));
        if (vote == null && english) vote = VoteParser.tally(header);
    }

    private void preambleBlock(Line line, String next) {
        String t = line.text();
        if (Starts.furniture(t)) {
            dropped(line);
            return;
        }
        // a lead-in (بعد اطلاعه:) right after the opening, with items under it: it belongs to the opening formula
        boolean leadInEnd = Punctuation.endsWithColon(t) || t.length() <= 30 && (t.endsWith("،") || t.endsWith(","));
        // a lead-in is a few words (بعد اطلاعه:, وبعد الاطلاع على:); a paragraph that introduces a list is longer
        boolean fewWords = SourceText.wordCount(t) <= 4;
        if (opening != null && preamble.isEmpty() && !preambleItems && leadInEnd && fewWords
                && Starts.Dash.match(t).isEmpty() && Starts.Lettered.match(t, english).isEmpty()
                && (Starts.Dash.match(next).isPresent() || Starts.Lettered.match(next, english).isPresent())) {
            opening = opening.join(Text.of(t, line.textPosition()));
            preambleItems = true;
            return;
        }
        Optional<Starts.Labelled> label = Starts.Labelled.match(t);
        if (label.isPresent() && label.get().preambular()) {
            String rest = label.get().rest();
            current = new ClauseBuilder(ClauseKind.PREAMBULAR, preamble.size() + 1, label.get().marker(),
                    Text.of(rest, line.textPosition().shift(t.indexOf(rest))), null);
            preamble.add(current);
            return;
        }
        Optional<Starts.Dash> bullet = Starts.Dash.match(t);
        // a bulleted preamble: each "- وإذ …" is a paragraph of its own, its bullet the marker
        boolean bulleted = bullet.isPresent() && !english && !lastWasFootnote && (current == null || !expectsItems(current))
                && Cues.firstWords(bullet.get().rest(), 1).stream().anyMatch(Cues::isPreambleOpener);
        if ((preambleItems || bulleted) && !lastWasFootnote) {
            Optional<Starts.Lettered> letter = Starts.Lettered.match(t, english);
            if (bullet.isPresent() || letter.isPresent()) {
                String marker = bullet.map(Starts.Dash::marker).orElseGet(() -> letter.get().marker());
                String rest = bullet.map(Starts.Dash::rest).orElseGet(() -> letter.get().rest());
                current = new ClauseBuilder(ClauseKind.PREAMBULAR, preamble.size() + 1, marker,
                        Text.of(rest, line.textPosition().shift(t.indexOf(rest))), null);
                preamble.add(current);
                return;
            }
        }
        block(line);
    }

    private static boolean numberedAfter(List<Reading.Evidence> evidence, int b) {
        for (int i = b + 1; i < evidence.size(); i++) {
            if (evidence.get(i).numbered() || evidence.get(i).bareNumber()) return true;
        }
        return false;
    }

    /**
     * {@code يقرر:}: the operative intro; over a list of lettered items and no numbered paragraph
     * after them, the first operative paragraph, whose items they are (the letters of {@code يقرر ما يلي:}
     * followed by numbered paragraphs head sections).
     */
    private void leadIn(Line line, String next, boolean numberedAfter) {
        afterLeadIn = true;
        current = null;
        if (!numberedAfter && (Starts.Lettered.match(next, english).isPresent()
                || english && Starts.Quoted.match(next, true).isPresent())) {
            current = new ClauseBuilder(ClauseKind.OPERATIVE, ++lastNumber, "", Text.of(line.text(), line.textPosition()), section);
            blocks.add(current);
            return;
        }
        operativeIntro = Text.of(line.text(), line.textPosition());
    }

    private void operativeBlock(Line line) {
        String t = line.text();
        SourcePosition at = line.textPosition();
        if (Starts.furniture(t)) {
            dropped(line);
            return;
        }
        if (current != null && current.kind == ClauseKind.PREAMBULAR) {
            // the operative part starts here: nothing of it continues a preambular paragraph
            current = null;
        }
        if (pendingNumber != null || pendingLetter != null || pendingFootnote != null || Starts.Numbered.bare(t).isPresent()) {
            block(line);
            return;
        }
        Optional<Starts.Labelled> label = Starts.Labelled.match(t);
        if (label.isPresent()) {
            Starts.Labelled l = label.get();
            numbered(new Starts.Numbered(l.number(), l.marker(), l.rest()), line, at.shift(t.indexOf(l.rest())));
            return;
        }
        if (Starts.FootnoteBlock.match(t, parenFootnotes).isPresent() || lastWasFootnote) {
            block(line);
            return;
        }
        Optional<Starts.Numbered> numbered = Starts.Numbered.match(t, parenNumbers);
        if (numbered.isPresent() && current != null && listInside(numbered.get())) {
            Starts.Numbered n = numbered.get();
            current.items.add(new ItemBuilder(Style.NUMBER, n.number(), n.marker(), Text.of(n.rest(), at.shift(t.indexOf(n.rest())))));
            return;
        }
        // (١) … (٢) … under a paragraph that introduces them (as the World Health Assembly numbers its items)
        Optional<Starts.ParenLine> parenItem = english || parenFootnotes || current == null ? Optional.empty()
                : Starts.ParenLine.match(t);
        if (parenItem.isPresent()) {
            Starts.ParenLine p = parenItem.get();
            ItemBuilder last = current.lastItem();
            boolean opens = last == null && p.number() == 1 && Punctuation.endsWithColon(current.text().raw());
            boolean goesOn = last != null && last.style == Style.NUMBER && last.marker.startsWith("(") && p.number() == last.index + 1;
            if (opens || goesOn) {
                current.items.add(new ItemBuilder(Style.NUMBER, p.number(), p.marker(), Text.of(p.rest(), at.shift(t.indexOf(p.rest())))));
                return;
            }
        }
        Optional<Starts.Dash> dash = Starts.Dash.match(t);
        if (dash.isPresent() && opensOperative(dash.get().rest()) && (current == null || !expectsItems(current))) {
            unnumbered(dash.get().marker(), Text.of(dash.get().rest(), at.shift(t.indexOf(dash.get().rest()))));
            return;
        }
        if (numbered.isEmpty() && Starts.Lettered.match(t, english).isEmpty() && Starts.Quoted.match(t, english).isEmpty()
                && dash.isEmpty()) {
            // in an unnumbered operative part a verb opens the next paragraph; after a numbered one it may be a page break
            boolean closed = current == null || unnumbered.contains(current) && current.items.isEmpty()
                    || Punctuation.endsClosed(current.tail().text.raw());
            if (closed && (opensOperative(t) || operativeHinted)) {
                unnumbered("", Text.of(t, at));
                return;
            }
            if (current == null && blocks.isEmpty() && preamble.isEmpty() && opening == null) {
                // the tail of a paragraph that began on an earlier page: it keeps that paragraph's number
                current = new ClauseBuilder(ClauseKind.OPERATIVE, 0, "", Text.of(t, at), section);
                blocks.add(current);
                return;
            }
        }
        block(line);
    }

    /** A numbered line inside a paragraph that introduced a list ({@code … التالية:} then {@code 1)}, {@code 2)}). */
    private boolean listInside(Starts.Numbered n) {
        ItemBuilder last = current.lastItem();
        if (last != null && last.style == Style.NUMBER) return n.number() == last.index + 1 && n.bracketed() == last.marker.endsWith(")");
        // a list starts at 1 under a paragraph that introduces it; "2)" after a paragraph's letters is the next paragraph
        return Punctuation.endsWithColon(current.text().raw()) && current.items.isEmpty() && n.number() == 1
                && (n.bracketed() || lastNumber >= 1);
    }

    private boolean expectsItems(ClauseBuilder clause) {
        ItemBuilder last = clause.lastItem();
        return Punctuation.endsWithColon(clause.tail().text.raw()) || last != null && last.style == Style.DASH;
    }

    /** Whether a paragraph without a number opens the operative part's next paragraph: an operative verb, or a verbal noun after {@code يقرر}. */
    private boolean opensOperative(String t) {
        if (english) return Cues.englishOperative(t);
        List<String> first = Cues.firstWords(t, 1);
        return !first.isEmpty() && (Cues.isOperativeVerb(first.get(0)) || Cues.looksLikeVerb(t)
                || afterLeadIn && Cues.isOperativeNoun(first.get(0)));
    }

    private void unnumbered(String marker, Text text) {
        ClauseBuilder tail = pageTail();
        if (tail != null) {
            tail.number = 1;
            lastNumber = 1;
        }
        lastNumber++;
        current = new ClauseBuilder(ClauseKind.OPERATIVE, lastNumber, marker, text, section);
        blocks.add(current);
        unnumbered.add(current);
    }

    /** The closing block from block {@code b}: meeting line, date, vote, citation line; returns the last block it read. */
    private int closingBlock(List<Integer> at, int b) {
        Line line = lines.get(at.get(b));
        String t = line.text();
        if (Starts.furniture(t)) {
            dropped(line);
        } else if (Starts.vote(t, english) || Starts.voteList(t)) {
            List<Line> voteLines = new ArrayList<>();
            int last = b;
            for (int v = b; v < at.size(); v++) {
                Line l = lines.get(at.get(v));
                if (v > b && (at.get(v) > at.get(v - 1) + 1 && !Starts.voteList(l.text()) || Starts.furniture(l.text())
                        || Starts.citationLine(l.text()) || Starts.closing(l.text(), english)
                        || Starts.FootnoteBlock.match(l.text(), parenFootnotes).isPresent() || englishFootnote(l.text()))) {
                    break;
                }
                voteLines.add(l);
                last = v;
                if (Starts.vote(l.text()) && l.text().endsWith("]")) break;
            }
            if (t.startsWith("[")) {
                // a recorded vote in brackets runs over blank lines to its closing bracket
                voteLines.clear();
                for (int v = b; v < at.size(); v++) {
                    voteLines.add(lines.get(at.get(v)));
                    last = v;
                    if (lines.get(at.get(v)).text().endsWith("]")) break;
                }
            }
            if (vote == null) {
                vote = new VoteParser(diagnostics).parse(voteLines, english);
            } else {
                voteLines.forEach(l -> closing.add(Text.of(l.text(), l.textPosition())));
            }
            return last;
        } else if (Starts.reservation(t)) {
            diagnostics.info(Code.CITATION_LINE, line.textPosition(), "read '" + t + "' as a reservation printed under the"
                    + " decision, not as a clause");
            closing.add(Text.of(t, line.textPosition()));
        } else if (Starts.citationLine(t)) {
            diagnostics.info(Code.CITATION_LINE, line.textPosition(), "read '" + t + "' as the decision's citation line"
                    + " (its number, session and date), not as a clause");
            closing.add(Text.of(t, line.textPosition()));
        } else if (Starts.FootnoteBlock.match(t, parenFootnotes).isPresent()) {
            block(line);
        } else if (englishFootnote(t)) {
            var m = java.util.regex.Pattern.compile("^([0-9]{1,3})\\s+(\\S.*)$").matcher(t);
            if (m.matches()) footnote(new Starts.FootnoteBlock(Integer.parseInt(m.group(1)), m.group(1), m.group(2)), line);
        } else if (lastWasFootnote && lastFootnote != null && !Starts.closing(t, english) && !isDate(t)
                && (Punctuation.endsWithColon(lastFootnote.text.raw()) || !english && Punctuation.mostlyLatin(t)
                || english && !Punctuation.endsSentence(lastFootnote.text.raw()))) {
            // a footnote cut by the end of its line goes on; the meeting line and the date do not continue it
            lastFootnote.text = lastFootnote.text.join(Text.of(t, line.textPosition()));
        } else {
            closing.add(Text.of(t, line.textPosition()));
        }
        return b;
    }

    /** In an English closing block, {@code 23 Official Records …}: a footnote whose marker lost its superscript. */
    private boolean englishFootnote(String t) {
        return english && t.matches("^[0-9]{1,3} [A-Z].*") && !isDate(t);
    }

    private static boolean isDate(String t) {
        return HeaderClassifier.classify(t) == HeaderLine.Kind.DATE;
    }

    /** Page furniture is not published; the report lists each line dropped. */
    private void dropped(Line line) {
        diagnostics.info(Code.FURNITURE_DROPPED, line.textPosition(), "page furniture dropped: '" + line.text() + "'");
    }

    // ---------------------------------------------------------------- header

    /** Reads the header block and returns the index of the first line of the body. */
    private int readHeader() {
        int openingAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (Starts.Numbered.match(t, parenNumbers).isPresent() && !isHeaderLike(t)) break;
            if (Starts.opening(t, english)) {
                openingAt = i;
                break;
            }
        }
        int end;
        if (openingAt >= 0) {
            kind = DocumentKind.RESOLUTION;
            Line o = lines.get(openingAt);
            opening = Text.of(o.text(), o.textPosition());
            end = openingAt;
        } else {
            kind = DocumentKind.REPORT;
            end = reportHeaderEnd();
        }
        for (Line line : lines.subList(0, end)) {
            if (line.isBlank()) continue;
            if (Starts.furniture(line.text())) {
                dropped(line);
                continue;
            }
            Optional<Starts.TitleLine> title = Starts.TitleLine.match(line.text(), english);
            if (title.isPresent() && titleNumber == null && kind == DocumentKind.RESOLUTION) {
                titleLine(title.get(), line);
                continue;
            }
            header.add(new HeaderLine(HeaderClassifier.classify(line.text()), Text.of(line.text(), line.textPosition())));
        }
        return openingAt >= 0 ? openingAt + 1 : end;
    }

    /**
     * The title line gives the document its number and, without a title in the front matter, its
     * title; where the front matter names another title, the line stays in the header, not lost.
     */
    private void titleLine(Starts.TitleLine title, Line line) {
        titleNumber = title.number();
        titleText = title.title();
        String fmTitle = file.frontMatter().title();
        if (fmTitle != null && !fmTitle.equals(titleText)) {
            header.add(new HeaderLine(HeaderLine.Kind.OTHER, Text.of(line.text(), line.textPosition())));
        }
    }

    /** A header line that happens to look like a numbered paragraph ({@code 16 - 17 ذو القعدة 1444هـ}). */
    private static boolean isHeaderLike(String t) {
        return HeaderClassifier.classify(t) != HeaderLine.Kind.OTHER;
    }

    /**
     * A report has no opening line: its header is the run of short lines before the heading of
     * its first paragraph of prose (or before its first numbered paragraph).
     */
    private int reportHeaderEnd() {
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) continue;
            boolean prose = t.length() >= 200 || Punctuation.endsSentence(t);
            boolean numbered = Starts.Numbered.match(t, parenNumbers).isPresent() || Starts.Numbered.bare(t).isPresent();
            if (numbered && !isHeaderLike(t) || prose) {
                String before = previous < 0 ? "" : lines.get(previous).text();
                boolean heading = previous >= 0 && before.length() <= HEADING_MAX && !isHeaderLike(before)
                        && !Punctuation.endsClosed(before);
                return heading ? previous : i;
            }
            previous = i;
        }
        return lines.size();
    }

    // ---------------------------------------------------------------- body

    private void block(Line line) {
        String t = line.text();
        SourcePosition at = line.textPosition();
        if (Starts.furniture(t)) {
            dropped(line);
            return;
        }

        Optional<Starts.FootnoteBlock> fn = Starts.FootnoteBlock.match(t, parenFootnotes);
        if (fn.isPresent()) {
            footnote(fn.get(), line);
            return;
        }
        // a number in brackets alone on its line, under the text: the marker of the footnote on the next line
        if (FOOTNOTE_ALONE.matcher(t).matches() && (part == null || part != Reading.Part.HEADER) && current != null) {
            pendingFootnote = t;
            return;
        }
        if (pendingFootnote != null) {
            String marker = pendingFootnote;
            pendingFootnote = null;
            footnote(new Starts.FootnoteBlock(org.fiqra.text.Digits.parse(marker.replaceAll("[^0-9٠-٩]", "")), marker, t), line);
            return;
        }
        // a number alone on its line numbers the paragraph on the next one
        Optional<Starts.Numbered> bare = Starts.Numbered.bare(t);
        if (bare.isPresent()) {
            if (pendingNumber != null) {
                diagnostics.warn(Code.NUMBERING_GAP, at, "paragraph number '" + pendingNumber.marker()
                        + "' has no paragraph after it before the next number");
            }
            pendingNumber = bare.get();
            lastWasFootnote = false;
            return;
        }
        if (pendingNumber != null) {
            Starts.Numbered n = pendingNumber;
            pendingNumber = null;
            lastWasFootnote = false;
            numbered(new Starts.Numbered(n.number(), n.marker(), t), line, at);
            return;
        }
        Optional<Starts.Lettered> bareLetter = Starts.Lettered.bare(t, english);
        if (bareLetter.isPresent()) {
            pendingLetter = bareLetter.get();
            lastWasFootnote = false;
            return;
        }
        if (pendingLetter != null) {
            Starts.Lettered l = pendingLetter;
            pendingLetter = null;
            lastWasFootnote = false;
            lettered(new Starts.Lettered(l.index(), l.marker(), t), line, at, true);
            return;
        }
        // a footnote ending with a colon goes on; in an Arabic text, so does a Latin line after it
        if (lastWasFootnote && lastFootnote != null && !startsConstruct(t)
                && (Punctuation.endsWithColon(lastFootnote.text.raw()) || !english && Punctuation.mostlyLatin(t))) {
            lastFootnote.text = lastFootnote.text.join(Text.of(t, at));
            return;
        }
        lastWasFootnote = false;

        if (part == null && kind == DocumentKind.RESOLUTION && Starts.operativeIntro(t, english) && operativeIntro == null) {
            operativeIntro = Text.of(t, at);
            current = null;
            return;
        }
        Optional<Starts.Numbered> numbered = Starts.Numbered.match(t, parenNumbers);
        if (numbered.isPresent()) {
            numbered(numbered.get(), line, at.shift(t.indexOf(numbered.get().rest())));
            return;
        }
        Optional<Starts.Quoted> roman = english && current != null && expectsNumbers(current) ? Starts.Quoted.match(t, true)
                : Optional.empty();
        if (english && current != null && part == Reading.Part.OPERATIVE && romanAsLetter(t, line, at)) return;
        if (roman.isPresent()) {
            quoted(roman.get(), line);
            return;
        }
        Optional<Starts.Lettered> lettered = Starts.Lettered.match(t, english);
        if (lettered.isPresent()) {
            lettered(lettered.get(), line, at.shift(t.indexOf(lettered.get().rest())));
            return;
        }
        if (current != null) {
            Optional<Starts.Quoted> quoted = Starts.Quoted.match(t, english);
            if (quoted.isPresent()) {
                quoted(quoted.get(), line);
                return;
            }
            Optional<Starts.Dash> dash = Starts.Dash.match(t);
            if (dash.isPresent()) {
                dash(dash.get(), line);
                return;
            }
        }
        unmarked(line);
    }

    /** Whether a line opens a paragraph, a list item or the closing block of its own (it continues nothing). */
    private boolean startsConstruct(String t) {
        return Starts.Numbered.match(t, parenNumbers).isPresent() || Starts.Numbered.bare(t).isPresent()
                || Starts.Lettered.match(t, english).isPresent()
                || Starts.closing(t, english) || Starts.operativeIntro(t, english) || Starts.annex(t);
    }

    private boolean inPreamble() {
        if (part != null) return part == Reading.Part.PREAMBLE;
        return kind == DocumentKind.RESOLUTION && operativeIntro == null && blocks.isEmpty();
    }

    private void numbered(Starts.Numbered n, Line line, SourcePosition restAt) {
        ClauseKind clauseKind = kind == DocumentKind.RESOLUTION ? ClauseKind.OPERATIVE : ClauseKind.PARAGRAPH;
        SourcePosition at = line.textPosition();
        ClauseBuilder tail = pageTail();
        if (tail != null) {
            // the paragraph a continuation page opens with is the one before the first number on it
            tail.number = Math.max(1, n.number() - 1);
            lastNumber = tail.number;
            diagnostics.warn(Code.OPERATIVE_START_GUESSED, tail.text().position(), "read the text before "
                    + clauseKind.prefix() + "-" + n.number() + " as the end of " + tail.id() + ", which began on an earlier"
                    + " page; if it is not, say where the operative part starts with 'parse: {operative_from: LINE}'");
        }
        String id = clauseKind.prefix() + "-" + n.number();
        if (n.number() == lastNumber) {
            diagnostics.warn(Code.NUMBERING_DUPLICATE, at, "paragraph " + n.number() + " is numbered twice (" + id + ")");
        } else if (n.number() < lastNumber) {
            diagnostics.warn(Code.NUMBERING_ORDER, at, id + " comes after " + clauseKind.prefix() + "-" + lastNumber);
        } else if (n.number() > lastNumber + 1 && lastNumber == 0) {
            diagnostics.warn(Code.NUMBERING_GAP, at, "the numbered paragraphs start at " + id + ": the ones before it are not"
                    + " in this text (a continuation page, or an excerpt)");
        } else if (n.number() > lastNumber + 1) {
            diagnostics.warn(Code.NUMBERING_GAP, at, "numbering jumps from " + clauseKind.prefix() + "-" + lastNumber
                    + " to " + id);
        }
        lastNumber = Math.max(lastNumber, n.number());
        current = new ClauseBuilder(clauseKind, n.number(), n.marker(), Text.of(n.rest(), restAt), section);
        blocks.add(current);
    }

    /** The tail of a paragraph from an earlier page, still without its number, if the text opened with one. */
    private ClauseBuilder pageTail() {
        return blocks.size() == 1 && blocks.get(0) instanceof ClauseBuilder c && c.number == 0 ? c : null;
    }

    /** A lettered line is a sub-paragraph where the paragraph before it opens a list; otherwise a section heading. */
    private void lettered(Starts.Lettered l, Line line, SourcePosition restAt) {
        lettered(l, line, restAt, false);
    }

    private void lettered(Starts.Lettered l, Line line, SourcePosition restAt, boolean alone) {
        Text text = Text.of(l.rest(), restAt);
        if (current != null && (opensList(current, l.index()) || inPreamble() || listGoesOn(l, alone, nextAfter(line)))) {
            current.items.add(new ItemBuilder(Style.LETTER, l.index(), l.marker(), text));
            return;
        }
        if (inPreamble()) {
            newPreambular(line);
            return;
        }
        section(l.marker(), text);
    }

    private static final java.util.regex.Pattern PAREN_DIGIT = java.util.regex.Pattern.compile("^(\\(([1-9])\\))\\s+(\\S.*)$");

    /**
     * An English {@code (i)}, {@code (ii)} (or {@code (1)}, its OCR) directly under a paragraph numbers
     * the items the Arabic letters أ, ب: they take the letters' ids, one id in every language.
     */
    private boolean romanAsLetter(String t, Line line, SourcePosition at) {
        ItemBuilder last = current.lastItem();
        boolean first = last == null && Punctuation.endsWithColon(current.text().raw());
        boolean next = last != null && last.style == Style.LETTER && last.children.isEmpty()
                && (last.marker.matches("\\([ivx]+\\)") || PAREN_DIGIT.matcher(last.marker + " x").matches());
        if (!first && !next) return false;
        java.util.regex.Matcher digit = PAREN_DIGIT.matcher(t);
        Optional<Starts.Quoted> roman = Starts.Quoted.match(t, true);
        int n;
        String marker;
        String rest;
        if (digit.matches()) {
            n = Integer.parseInt(digit.group(2));
            marker = digit.group(1);
            rest = digit.group(3);
        } else if (roman.isPresent()) {
            n = roman.get().number();
            marker = roman.get().marker();
            rest = roman.get().rest();
        } else {
            return false;
        }
        if (n != (last == null ? 1 : last.index + 2)) return false;
        current.items.add(new ItemBuilder(Style.LETTER, n - 1, marker, Text.of(rest, at.shift(t.indexOf(rest)))));
        return true;
    }

    /** An English "(i)" is a roman sub-sub-paragraph where the lettered item before it opens a list, else the letter i. */
    private static boolean expectsNumbers(ClauseBuilder clause) {
        ItemBuilder last = clause.lastItem();
        if (last == null) return Punctuation.endsWithColon(clause.text().raw());
        if (last.style == Style.NUMBER) return true;
        return last.style == Style.LETTER && (Punctuation.endsWithColon(last.text.raw())
                || last.lastChild() != null && last.lastChild().style == Style.NUMBER);
    }

    /**
     * In the operative part (or a report), a first letter under a paragraph that did not end with a colon
     * ({@code 2. Affirms further the necessity} then {@code (a) For guaranteeing …}), and the next letter
     * after an item that ended with a full stop, are items still, unless the line ends with a colon
     * as the headings of a text's sections do.
     */
    private boolean listGoesOn(Starts.Lettered l, boolean alone, String next) {
        if (part != Reading.Part.OPERATIVE && part != null || Punctuation.endsWithColon(l.rest())) return false;
        ItemBuilder last = current.lastItem();
        if (last == null) return l.index() == 0 && part == Reading.Part.OPERATIVE;
        // a short line without punctuation after the list is the heading of the next section; a letter alone
        // on its line (أ-, then the text) marks an item
        return last.style == Style.LETTER && l.index() == last.index + 1 && (alone || Punctuation.endsClosed(l.rest())
                || !startsConstruct(next));
    }

    /** The text of the first non-blank line after this one, or "". */
    private String nextAfter(Line line) {
        for (int i = lines.indexOf(line) + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) return lines.get(i).text();
        }
        return "";
    }

    private static boolean opensList(ClauseBuilder clause, int letter) {
        ItemBuilder last = clause.lastItem();
        if (last == null) {
            return Punctuation.endsWithColon(clause.text().raw());
        }
        if (last.style != Style.LETTER) {
            return false;
        }
        return letter == last.index + 1 && !Punctuation.endsWithFullStop(last.deepest().text.raw());
    }

    private void quoted(Starts.Quoted q, Line line) {
        SourcePosition at = line.textPosition();
        Text text = Text.of(q.rest(), at.shift(line.text().indexOf(q.rest())));
        ItemBuilder last = current.lastItem();
        ItemBuilder item = new ItemBuilder(Style.NUMBER, q.number(), q.marker(), text);
        if (last != null && last.style == Style.LETTER
                && (Punctuation.endsWithColon(last.text.raw()) || last.lastChild() != null)) {
            last.children.add(item);
        } else {
            current.items.add(item);
        }
    }

    private void dash(Starts.Dash d, Line line) {
        SourcePosition at = line.textPosition();
        Text text = Text.of(d.rest(), at.shift(line.text().indexOf(d.rest())));
        ItemBuilder last = current.lastItem();
        if (last != null && (Punctuation.endsWithColon(last.text.raw())
                || last.lastChild() != null && last.lastChild().style == Style.DASH)) {
            last.children.add(new ItemBuilder(Style.DASH, 0, d.marker(), text));
        } else {
            current.items.add(new ItemBuilder(Style.DASH, 0, d.marker(), text));
        }
    }

    /**
     * A block with no marker of its own: the second half of a paragraph cut by a page break,
     * a heading, a preambular paragraph, or a report's unnumbered prose.
     */
    private void unmarked(Line line) {
        String t = line.text();
        SourcePosition at = line.textPosition();
        Text text = Text.of(t, at);
        if (inPreamble()) {
            if (current != null && !Punctuation.endsClosed(current.tail().text.raw()) && !Starts.preambleOpener(t, english)) {
                current.tail().text = current.tail().text.join(text);
            } else {
                newPreambular(line);
            }
            return;
        }
        boolean heading = t.length() <= HEADING_MAX && !Punctuation.endsClosed(t);
        if (current == null) {
            if (heading) {
                section("", text);
            } else {
                blocks.add(new Prose(text));
            }
            return;
        }
        ItemBuilder tail = current.tail();
        String before = tail.text.raw();
        boolean open = kind == DocumentKind.REPORT ? !Punctuation.endsSentence(before) : !Punctuation.endsClosed(before);
        if (open || t.startsWith("...") || t.startsWith("…")) {
            tail.text = tail.text.join(text);
        } else if (heading) {
            section("", text);
        } else {
            diagnostics.warn(Code.BLOCK_JOINED, at, "unnumbered block joined to " + current.id()
                    + " although the text before it ends a sentence; if it is a paragraph of its own, it needs a number");
            tail.text = tail.text.join(text);
        }
    }

    private void newPreambular(Line line) {
        current = new ClauseBuilder(ClauseKind.PREAMBULAR, preamble.size() + 1, "", Text.of(line.text(), line.textPosition()), null);
        preamble.add(current);
    }

    private void section(String marker, Text heading) {
        sections++;
        section = "sec-" + sections;
        blocks.add(new Section(new ClauseId(section), sections, marker, heading));
        current = null;
    }

    private void footnote(Starts.FootnoteBlock f, Line line) {
        SourcePosition at = line.textPosition();
        int number = f.number();
        if (number < 0) {
            number = footnotes.isEmpty() ? 1 : footnotes.get(footnotes.size() - 1).number + 1;
            diagnostics.warn(Code.FOOTNOTE_MARKER_GUESSED, at, "footnote marker '" + f.marker()
                    + "' is not a number; read as footnote " + number + ", the one after the footnote before it");
        }
        for (FootnoteBuilder other : footnotes) {
            if (other.number == number) {
                // two footnotes cannot share an anchor: the second takes the next free number
                int free = footnotes.stream().mapToInt(x -> x.number).max().orElse(0) + 1;
                diagnostics.warn(Code.FOOTNOTE_DUPLICATE, at, "footnote " + number + " appears twice; the first one is at line "
                        + other.text.position().line() + "; this one is published as footnote " + free);
                number = free;
                break;
            }
        }
        lastFootnote = new FootnoteBuilder(number, f.marker(), Text.of(f.rest(), at.shift(line.text().indexOf(f.rest()))));
        footnotes.add(lastFootnote);
        lastWasFootnote = true;
    }

    // ---------------------------------------------------------------- closing

    /** The meeting line, the date, and a recorded vote; returns the index after them. */
    private int readClosing(List<Line> rest, int i) {
        while (i < rest.size()) {
            Line line = rest.get(i);
            if (line.isBlank() || Starts.furniture(line.text())) {
                if (!line.isBlank()) dropped(line);
                i++;
            } else if (Starts.vote(line.text())) {
                List<Line> voteLines = new ArrayList<>();
                while (i < rest.size()) {
                    Line v = rest.get(i++);
                    if (v.isBlank()) continue;
                    voteLines.add(v);
                    if (v.text().endsWith("]")) break;
                }
                vote = new VoteParser(diagnostics).parse(voteLines, english);
            } else if (Starts.FootnoteBlock.match(line.text(), parenFootnotes).isPresent()) {
                block(line);
                i++;
            } else {
                closing.add(Text.of(line.text(), line.textPosition()));
                i++;
            }
        }
        return i;
    }

    // ---------------------------------------------------------------- result

    private Document assemble() {
        var fm = file.frontMatter();
        String title = fm.title() != null ? fm.title() : titleText != null ? titleText : namedTitle;
        if (title == null) {
            diagnostics.warn(Code.TITLE_MISSING, SourcePosition.of(file.display()),
                    "no title: the text has no title line; add 'title:' to the front matter");
            title = fm.symbol();
        }
        var ids = new java.util.HashMap<String, Integer>();
        var clauses = new ArrayList<org.fiqra.model.Clause>();
        preamble.forEach(p -> clauses.add(p.build(uniqueId(ids, p.id()))));
        List<BodyBlock> body = new ArrayList<>();
        for (Object b : blocks) {
            body.add(b instanceof ClauseBuilder c ? c.build(uniqueId(ids, c.id())) : (BodyBlock) b);
        }
        if (clauses.isEmpty() && body.stream().noneMatch(org.fiqra.model.Clause.class::isInstance)) {
            List<Line> text = lines.stream().filter(l -> !l.isBlank() && !Starts.furniture(l.text())).toList();
            if (text.isEmpty()) {
                diagnostics.error(Code.NO_CLAUSES, SourcePosition.of(file.display()),
                        "no text: the file has front matter but no text under it; add the text, or delete the file");
            } else {
                return asParagraphs(title, text);
            }
        }
        var footnoteTexts = footnotes.stream().map(FootnoteBuilder::build).toList();
        java.time.LocalDate date = fm.date() != null ? fm.date() : adoptionDate();
        return FootnoteLinker.link(new Document(file.display(), fm.symbol(), Slug.of(fm.symbol()),
                fm.language() == null ? "ar" : fm.language(), fm.translation(), title, fm.body(), date, kind, header,
                titleNumber, opening, clauses, operativeIntro, body, footnoteTexts, closing, vote, annex,
                java.util.Map.of()), diagnostics);
    }

    /**
     * A text whose structure could not be found is published all the same, as its paragraphs in order
     * ({@code para-1} …), with an error that says where the structure was lost and what to do.
     */
    private Document asParagraphs(String title, List<Line> text) {
        var fm = file.frontMatter();
        diagnostics.error(Code.STRUCTURE_LOST, text.get(0).textPosition(), "could not find the structure of this text:"
                + " no opening formula (إن …،), no numbered paragraph and no paragraph opening with an operative verb."
                + " It is published as its " + text.size() + " paragraphs in order (para-1…para-" + text.size() + ")."
                + " If it is a resolution, say on which lines its parts start, in the front matter:"
                + " 'parse: {preamble_from: LINE, operative_from: LINE}'");
        List<BodyBlock> body = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Line l = text.get(i);
            body.add(new org.fiqra.model.Clause(new ClauseId("para-" + (i + 1)), ClauseKind.PARAGRAPH, i + 1, "",
                    Text.of(l.text(), l.textPosition()), List.of(), null));
        }
        return new Document(file.display(), fm.symbol(), Slug.of(fm.symbol()), fm.language() == null ? "ar" : fm.language(),
                fm.translation(), title, fm.body(), fm.date(), DocumentKind.REPORT, List.of(), null, null, List.of(), null,
                body, List.of(), List.of(), null, null, java.util.Map.of());
    }

    /** Without a date in the front matter: the date of the closing block, else of the adoption line. */
    private java.time.LocalDate adoptionDate() {
        for (int i = closing.size() - 1; i >= 0; i--) {
            var d = org.fiqra.text.ArabicDate.find(closing.get(i).raw());
            if (d.isPresent()) return d.get();
            // a decision's citation line gives its date as day/month/year: (ق. رقم 5521 - د .ع (104) - ج 3 - 21/9/1995)
            if (Starts.citationLine(closing.get(i).raw())) {
                java.util.regex.Matcher m = NUMERIC_DATE.matcher(closing.get(i).raw());
                if (m.find()) {
                    try {
                        return java.time.LocalDate.of(org.fiqra.text.Digits.parse(m.group(3)), org.fiqra.text.Digits.parse(m.group(2)),
                                org.fiqra.text.Digits.parse(m.group(1)));
                    } catch (java.time.DateTimeException e) {
                        // not a date after all: the next rule may find one
                    }
                }
            }
        }
        return header.stream().filter(h -> h.kind() == HeaderLine.Kind.ADOPTION)
                .map(h -> org.fiqra.text.ArabicDate.find(h.text().raw())).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** A paragraph numbered twice keeps its number; the second one's anchor gets {@code -dup2}. */
    private static String uniqueId(java.util.Map<String, Integer> seen, String id) {
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-dup" + n;
    }

    // ---------------------------------------------------------------- builders

    static final class ItemBuilder {
        final Style style;
        final int index;
        final String marker;
        Text text;
        final List<ItemBuilder> children = new ArrayList<>();

        ItemBuilder(Style style, int index, String marker, Text text) {
            this.style = style;
            this.index = index;
            this.marker = marker;
            this.text = text;
        }

        ItemBuilder lastChild() {
            return children.isEmpty() ? null : children.get(children.size() - 1);
        }

        ItemBuilder deepest() {
            ItemBuilder b = this;
            while (b.lastChild() != null) b = b.lastChild();
            return b;
        }

        org.fiqra.model.SubParagraph build(ClauseId parent, int dashOrdinal) {
            ClauseId id = parent.child(switch (style) {
                case LETTER -> org.fiqra.text.Abjad.latin(index);
                case NUMBER -> org.fiqra.text.Roman.of(index);
                case DASH -> Integer.toString(dashOrdinal);
            });
            return new org.fiqra.model.SubParagraph(id, style, marker, text, buildAll(id, children));
        }

        static List<org.fiqra.model.SubParagraph> buildAll(ClauseId parent, List<ItemBuilder> items) {
            List<org.fiqra.model.SubParagraph> out = new ArrayList<>();
            int dashes = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ItemBuilder item : items) {
                if (item.style == Style.DASH) dashes++;
                var built = item.build(parent, dashes);
                if (!seen.add(built.id().value())) {
                    // the same letter twice: keep the anchor unique and stable
                    built = new org.fiqra.model.SubParagraph(built.id().child("dup" + out.size()), built.style(),
                            built.marker(), built.text(), built.items());
                }
                out.add(built);
            }
            return out;
        }
    }

    /** A clause under construction; its own text is the root of the chain of items written last. */
    static final class ClauseBuilder {
        final ClauseKind kind;
        int number;
        final String marker;
        final String sectionId;
        final ItemBuilder self;
        final List<ItemBuilder> items;

        ClauseBuilder(ClauseKind kind, int number, String marker, Text text, String sectionId) {
            this.kind = kind;
            this.number = number;
            this.marker = marker;
            this.sectionId = sectionId;
            this.self = new ItemBuilder(Style.DASH, 0, marker, text);
            this.items = self.children;
        }

        String id() {
            return kind.prefix() + "-" + number;
        }

        Text text() {
            return self.text;
        }

        ItemBuilder lastItem() {
            return items.isEmpty() ? null : items.get(items.size() - 1);
        }

        /** The text a continuation joins: the last item written, or the clause itself. */
        ItemBuilder tail() {
            return self.deepest();
        }

        org.fiqra.model.Clause build(String id) {
            ClauseId clauseId = new ClauseId(id);
            return new org.fiqra.model.Clause(clauseId, kind, number, marker, self.text,
                    ItemBuilder.buildAll(clauseId, items), sectionId);
        }
    }

    static final class FootnoteBuilder {
        final int number;
        final String marker;
        Text text;

        FootnoteBuilder(int number, String marker, Text text) {
            this.number = number;
            this.marker = marker;
            this.text = text;
        }

        org.fiqra.model.Footnote build() {
            return new org.fiqra.model.Footnote(number, marker, text, List.of());
        }
    }
}
