package org.fiqra.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fiqra.model.HeaderLine;
import org.fiqra.text.Punctuation;

/**
 * Which part of a resolution each block belongs to, decided for the whole text at once.
 *
 * <p>A resolution is read as the sequence header → opening formula → preamble → operative lead-in
 * → operative part → closing, each part possibly empty (a continuation page starts in the operative
 * part; a web page has no header; a decision has no preamble). Each block is scored for each part by
 * its evidence: its numbering, its opening words read against the {@link Cues} (operative verbs,
 * preambular openers, body names), its final punctuation, whether it is a vote, a citation line, a
 * footnote or page furniture. A Viterbi pass over the blocks then picks the sequence of parts, in that
 * order, with the highest total score: one block's strong evidence (a numbered paragraph that opens
 * with {@code يطلب}) outweighs its neighbours' weak evidence, and no first match decides alone.
 *
 * <p>The weights are small integers, each a judgement that can be read off the table in
 * {@link #score}: +6 for what only that part has (an opening formula, a vote), +3 for a strong cue
 * (a number in the operative part, {@code وإذ} in the preamble), +1 for a weak one, negative for
 * evidence against. Changing part costs 1, so a run of blocks without evidence stays where it is.
 */
final class Reading {
    private Reading() {
    }

    /** The parts of a resolution, in the order they come. */
    enum Part { HEADER, OPENING, PREAMBLE, LEAD_IN, OPERATIVE, CLOSING }

    static final int WEAK = 1;
    static final int STRONG = 2;
    private static final int IMPOSSIBLE = -1_000_000;

    /** What one block shows. */
    record Evidence(boolean numbered, boolean bareNumber, boolean item, boolean footnote, boolean furniture,
                    boolean vote, boolean citation, boolean closingLine, int opening, boolean leadIn,
                    boolean operativeVerb, boolean verbShape, boolean operativeNoun, boolean preambleOpener, boolean headerLine,
                    boolean endsComma, boolean endsSentence, boolean endsColon, int length, boolean conjoined,
                    boolean afterOpen) {

        /** The same evidence, after a block that ended without punctuation (a page break or a broken line may follow). */
        Evidence afterOpen(boolean open) {
            return new Evidence(numbered, bareNumber, item, footnote, furniture, vote, citation, closingLine, opening, leadIn,
                    operativeVerb, verbShape, operativeNoun, preambleOpener, headerLine, endsComma, endsSentence, endsColon,
                    length, conjoined, open);
        }

        /** The same block read as no opening formula but a header line (a draft's formula above the adopted text's). */
        Evidence asHeaderLine() {
            return new Evidence(numbered, bareNumber, item, footnote, furniture, vote, citation, closingLine, 0, leadIn,
                    operativeVerb, verbShape, operativeNoun, preambleOpener, true, endsComma, endsSentence, endsColon,
                    length, conjoined, afterOpen);
        }

        /** Evidence that starts a part whatever came before: a number, an opener, a verb of the lexicon, a formula. */
        boolean strongCue() {
            return numbered || bareNumber || item || opening > 0 || leadIn || operativeVerb || preambleOpener || vote || citation
                    || closingLine || footnote;
        }
    }

    private static final Pattern QUOTED_START = Pattern.compile("^(?:[-–—]\\s*)?[\"“«]\\s*");
    private static final Pattern OPENING_EN = Pattern.compile("^The [A-Z][A-Za-z ,'-]{2,120},$");
    private static final Pattern LEAD_IN_EN = Pattern.compile("^\\*?(?:Decides?|Resolves?)\\*?(?: as follows)?:$");
    private static final java.util.Set<String> LEAD_IN_VERBS = java.util.Set.of(Cues.key("يقرر"), Cues.key("تقرر"),
            Cues.key("يقررون"), Cues.key("قرر"), Cues.key("يقرران"), Cues.key("ويقرر"), Cues.key("وتقرر"), Cues.key("يعلن"),
            Cues.key("تعلن"), Cues.key("يوصي"), Cues.key("توصي"));

    /** Whether the block is an opening formula: 0, {@link #WEAK} (a body's name ending in a comma), {@link #STRONG}. */
    static int openingStrength(String line, boolean english) {
        if (english) return OPENING_EN.matcher(line).matches() ? STRONG : 0;
        // a web page quotes the text or bullets it: "إن مجلس الأمن.., - "إن مجلس جامعة الدول العربية …
        String text = QUOTED_START.matcher(line).replaceFirst("");
        if (text.length() >= 2000) return 0;
        List<String> words = Cues.firstWords(text, 3);
        if (words.isEmpty()) return 0;
        if (text.startsWith("إن ") || text.startsWith("إنّ") || text.startsWith("إنَّ")) return STRONG;
        if (Cues.isOpeningParticle(words.get(0))) {
            return words.size() > 1 && Cues.isBodyHead(words.get(1)) ? STRONG : 0;
        }
        boolean ends = text.endsWith("،") || text.endsWith(",") || text.endsWith(":") || text.endsWith("؛");
        return Cues.isBodyHead(words.get(0)) && ends && text.length() <= 300 ? WEAK : 0;
    }

    /** {@code يقرر:}, {@code يقــرر}, {@code يقرر ما يلي:}, {@code Decides:}: the line that introduces the operative part. */
    static boolean leadIn(String text, boolean english) {
        if (english) return LEAD_IN_EN.matcher(text).matches();
        if (text.length() > 40 || text.endsWith("،") || text.endsWith(".") && SourceText.wordCount(text) > 2) return false;
        List<String> words = Cues.firstWords(text, 5);
        if (words.isEmpty() || words.size() > 4 || !LEAD_IN_VERBS.contains(words.get(0))) return false;
        List<String> rest = words.subList(1, words.size());
        if (!rest.isEmpty() && Cues.isBodyHead(rest.get(0))) rest = rest.subList(1, rest.size());
        return rest.isEmpty() || rest.equals(List.of(Cues.key("ما"), Cues.key("يلي")));
    }

    static Evidence evidence(String t, boolean english, boolean parenFootnotes, boolean parenNumbers) {
        Optional<Starts.Labelled> label = Starts.Labelled.match(t);
        boolean numbered = Starts.Numbered.match(t, parenNumbers).isPresent() || label.isPresent() && !label.get().preambular();
        boolean bare = Starts.Numbered.bare(t).isPresent();
        boolean item = Starts.Lettered.match(t, english).isPresent() || Starts.Dash.match(t).isPresent()
                || Starts.Quoted.match(t, english).isPresent();
        String body = label.isPresent() ? label.get().rest() : numbered ? Starts.Numbered.match(t, parenNumbers).get().rest()
                : item ? Starts.itemRest(t, english) : t;
        List<String> first = english ? List.of() : Cues.firstWords(body, 2);
        boolean verb = english ? Cues.englishOperative(body) : !first.isEmpty() && Cues.isOperativeVerb(first.get(0));
        boolean noun = !english && !first.isEmpty() && Cues.isOperativeNoun(first.get(0));
        boolean opener = english ? Cues.englishPreamble(body) : !first.isEmpty() && Cues.isPreambleOpener(first.get(0))
                || label.isPresent() && label.get().preambular();
        return new Evidence(numbered, bare, item, Starts.FootnoteBlock.match(t, parenFootnotes).isPresent(),
                Starts.furniture(t), Starts.vote(t, english), Starts.citationLine(t) || Starts.reservation(t),
                Starts.closing(t, english),
                openingStrength(t, english), leadIn(t, english), verb,
                !english && !verb && Cues.looksLikeVerb(body), noun, opener && !Starts.reservation(t),
                // a header's lines are short: a paragraph's length is no header line (and costs no classification)
                t.length() <= 200 && (HeaderClassifier.classify(t) != HeaderLine.Kind.OTHER
                        || Starts.TitleLine.match(t, english).isPresent()),
                Punctuation.lastSignificant(t) == '،' || Punctuation.lastSignificant(t) == ',',
                Punctuation.endsSentence(t), Punctuation.endsWithColon(t), t.length(), !english && !opener && !first.isEmpty() && first.get(0).startsWith("و")
                        && first.get(0).length() > 1, false);
    }

    /** The part of each block, for the blocks in order; {@code fixed[i]}, where not null, is an editor's hint. */
    static Part[] read(List<Evidence> blocks, Part[] fixed) {
        int n = blocks.size();
        Part[] parts = Part.values();
        int k = parts.length;
        long[][] best = new long[n][k];
        int[][] from = new int[n][k];
        for (int i = 0; i < n; i++) {
            Evidence e = blocks.get(i);
            for (int s = 0; s < k; s++) {
                long emit = fixed[i] != null && fixed[i] != parts[s] ? IMPOSSIBLE : score(parts[s], e);
                if (i == 0) {
                    best[i][s] = emit + enter(parts[s], e);
                    from[i][s] = -1;
                    continue;
                }
                long top = Long.MIN_VALUE;
                int arg = 0;
                for (int p = 0; p <= s; p++) {
                    boolean once = parts[s] == Part.OPENING || parts[s] == Part.LEAD_IN;
                    if (p == s && once) continue;
                    // after a paragraph left open (a page break, a broken line), a block without a strong cue goes on in it
                    boolean paragraph = parts[p] == Part.PREAMBLE || parts[p] == Part.OPERATIVE;
                    long v = best[i - 1][p] + (p == s ? 0 : -1 + enter(parts[s], e)
                            + (paragraph && e.afterOpen && !e.strongCue() ? -3 : 0));
                    if (v > top) {
                        top = v;
                        arg = p;
                    }
                }
                best[i][s] = top + emit;
                from[i][s] = arg;
            }
        }
        Part[] out = new Part[n];
        if (n == 0) return out;
        int s = 0;
        for (int j = 1; j < k; j++) if (best[n - 1][j] > best[n - 1][s]) s = j;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = parts[s];
            s = from[i][s];
        }
        return out;
    }

    /** What it costs to start a part with this block: a part starts with its own kind of block. */
    private static int enter(Part part, Evidence e) {
        return switch (part) {
            case PREAMBLE -> e.preambleOpener || e.item ? 0 : -3;
            // a continuation page starts with the tail of a paragraph, often on a conjunction (و1990 و1991 …)
            case OPERATIVE -> e.numbered || e.bareNumber || e.operativeVerb || e.verbShape || e.operativeNoun || e.item
                    || e.conjoined ? 0
                    : e.length >= 40 && e.endsSentence && !e.endsColon ? -1 : -2;
            case CLOSING -> e.vote || e.citation || e.closingLine || e.furniture || e.footnote ? 0 : -3;
            default -> 0;
        };
    }

    /** The evidence of one block for one part: the table of weights. */
    static int score(Part part, Evidence e) {
        // page furniture is dropped wherever it stands: it is evidence for no part
        if (e.furniture && part != Part.OPENING && part != Part.LEAD_IN) return 0;
        int s = 0;
        switch (part) {
            case HEADER -> {
                if (e.headerLine || e.furniture) s += 2;
                if (e.opening > 0 || e.leadIn) s -= 4;
                if (e.numbered || e.bareNumber) s -= 3;
                if (e.operativeVerb || e.preambleOpener) s -= 2;
                if (e.item) s -= 1;
                if (e.length >= 100 && (e.endsComma || e.endsSentence)) s -= 3;
                // a sentence ends with a full stop or a semicolon; a header's lines (titles, dates, symbols) do not
                else if (e.length >= 40 && e.endsSentence && !e.endsColon) s -= 2;
                // a short line without final punctuation is a title, a menu, a date: what headers are made of
                if (e.length <= 80 && !e.endsComma && !e.endsSentence) s += 1;
                // a block that opens with a conjunction continues something: headers do not
                if (e.conjoined) s -= 2;
            }
            case OPENING -> s = e.opening == STRONG ? 6 : e.opening == WEAK ? 3 : IMPOSSIBLE;
            case PREAMBLE -> {
                if (e.preambleOpener) s += 3;
                if (e.endsComma) s += 1;
                if (e.numbered) s -= 4;
                if (e.operativeVerb) s -= 3;
                if (e.verbShape) s -= 1;
                if (e.leadIn || e.vote || e.citation || e.closingLine) s -= 5;
                if (e.headerLine) s -= 1;
            }
            case LEAD_IN -> s = e.leadIn ? 5 : IMPOSSIBLE;
            case OPERATIVE -> {
                if (e.numbered || e.bareNumber) s += 3;
                if (e.operativeVerb) s += 3;
                if (e.operativeNoun || e.verbShape) s += 1;
                if (e.preambleOpener) s -= 3;
                if (e.vote || e.citation || e.closingLine) s -= 5;
                if (e.headerLine) s -= 1;
            }
            case CLOSING -> {
                if (e.vote || e.citation || e.closingLine) s += 6;
                if (e.furniture) s += 1;
                if (e.numbered || e.bareNumber || e.operativeVerb || e.preambleOpener) s -= 3;
            }
        }
        return s;
    }
}
