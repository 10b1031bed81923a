package org.fiqra.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;

/**
 * The lines of a source body as the parser reads them: what an extraction garbled made legible
 * again, and a line that holds several parts of the text cut at their cues.
 *
 * <ul>
 * <li>Bidi controls (U+202A–U+202E, U+2066–U+2069) never reach a page: they are dropped.
 * <li>Arabic presentation forms, which PDF extractions leave, are read as the letters they are
 *     drawn from (NFKC of those characters only); a hamza written before the letters it sits on
 *     ({@code ٕواذ}) is put back on its alef ({@code وإذ}). These are the same letters of the
 *     official wording, not a change to it.
 * <li>The lines of an Arabic paragraph that a PDF extraction or a narrow column broke are joined
 *     again ({@link #unwrapped}, {@link #rejoined}); a lone {@code إن} or bullet joins the line after it.
 * <li>A line of an Arabic text that holds more than one part (a web page that lost its line
 *     breaks, or an opening formula that shares its line with the first paragraph) is cut before
 *     each cue that starts a part: a preambular opener such as {@code وإذ} after a full stop, a
 *     paragraph number before an operative verb, the first paragraph after an opening formula, an
 *     opening formula after a title ({@code … جمعية الصحة العالمية …،}), a lead-in, a bullet.
 * </ul>
 */
final class SourceText {
    private SourceText() {
    }

    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    /** A forum's BBCode formatting ({@code [b]}, {@code [center]}, {@code [size=21]}): markup, as Markdown's stars are. */
    private static final Pattern BBCODE = Pattern.compile("\\[/?(?:b|i|u|s|center|right|left|justify|size|color|font|quote)(?:=[^\\]]{0,20})?\\]");
    /** {@code … 2005([1]) A/61/229 و Corr.1.)؛}: a footnote a web page printed inside the paragraph. */
    private static final Pattern INLINE_NOTE = Pattern.compile("\\(\\[[0-9]{1,3}\\]\\)[^()]{1,300}?\\.\\)");
    private static final Pattern HAMZA_FIRST = Pattern.compile("([\\u0654\\u0655])(و?ا)");

    /** The body's lines, cleaned and cut; each keeps the position of its first character in the file. */
    static List<Line> lines(SourceFile file, boolean english, Diagnostics diagnostics) {
        List<Line> cleaned = new ArrayList<>();
        for (int i = 0; i < file.bodyLines().size(); i++) {
            String raw = clean(file.bodyLines().get(i).stripTrailing());
            cleaned.add(new Line(raw, raw.strip(), new SourcePosition(file.display(), file.firstBodyLine() + i, 1)));
        }
        // an English line that runs on is joined by the parser, which keeps each line's position (Arabic
        // texts are rejoined here, before their lines are cut at their cues; a joined line keeps the first one's)
        if (!english && shortLined(cleaned)) cleaned = rejoined(cleaned, english);
        else if (!english) cleaned = unwrapped(cleaned, english);
        cleaned = loneParticleJoined(cleaned);
        cleaned = loneBulletsJoined(cleaned);
        List<Line> out = new ArrayList<>();
        boolean opened = false;
        int reversed = 0;
        int words = 0;
        SourcePosition firstReversed = null;
        int visualChecked = 0;
        for (Line line : cleaned) {
            String raw = line.raw();
            SourcePosition at = line.position();
            String text = raw.strip();
            // the first lines of a text tell whether it reads in visual order: it does throughout, or not at all
            if (!english && !text.isEmpty() && visualChecked++ < 40) {
                int r = visualOrderWords(text);
                if (r > 2 && firstReversed == null) firstReversed = at;
                reversed += r;
                words += wordCount(text);
            }
            // a table row (an annex's, cells apart by tabs) is no paragraph to cut
            if (english || text.length() < 40 || raw.indexOf('\t') >= 0) {
                out.add(new Line(raw, text, at));
                opened |= !english && Reading.openingStrength(text, english) > 0;
                continue;
            }
            int lead = raw.indexOf(text.charAt(0));
            for (String part : cut(text, opened)) {
                int offset = text.indexOf(part);
                out.add(new Line(part, part, at.shift(lead + offset)));
                opened |= Reading.openingStrength(part, false) > 0;
            }
        }
        if (firstReversed != null && reversed * 10 > words) {
            diagnostics.error(Code.VISUAL_ORDER, firstReversed, "the text reads in visual order (each line's letters "
                    + "stored right to left, as some PDF extractors write them), so no word of it can be read; extract the "
                    + "PDF again in logical order (for example with pdftotext) and replace the text");
        }
        return out;
    }

    /**
     * A paragraph broken into lines (a PDF extraction, a page copied with its line breaks), in a text
     * whose long lines mostly run on ({@link #wrapWidth}): a line of five words or more, near the text's
     * width, that ends without punctuation or with a comma goes on into the next line, when that one does
     * not start a part of its own (a number, a letter, an opener, an operative verb, an opening) and no
     * blank line stands between them; after a particle ({@code وإذ}, {@code أن}) it goes on whatever
     * follows. Short lines (a header's: a body, a symbol, a date) stay.
     */
    private static List<Line> unwrapped(List<Line> lines, boolean english) {
        int width = wrapWidth(lines);
        if (width == 0) return lines;
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            Line last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.isBlank() && !line.isBlank() && last.text().length() * 10 >= width * 6
                    && last.raw().indexOf('\t') < 0 && line.raw().indexOf('\t') < 0
                    && wraps(last.text(), line.text(), english)) {
                String joined = last.text() + " " + line.text();
                out.set(out.size() - 1, new Line(joined, joined, last.textPosition()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The width a text's lines were broken at, if they were: where most of its long lines (the
     * longest quarter) end without punctuation, the text runs on from line to line; a text with a
     * paragraph on each line ends them with its punctuation. 0 for a text that was not broken.
     */
    static int wrapWidth(List<Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.text().length()).sorted().toArray();
        if (lengths.length < 4) return 0;
        int width = lengths[lengths.length * 3 / 4];
        int longOnes = 0;
        int open = 0;
        for (Line l : lines) {
            if (l.isBlank() || l.text().length() * 10 < width * 7 || wordCount(l.text()) < 5) continue;
            longOnes++;
            if (!org.fiqra.text.Punctuation.endsClosed(l.text())) open++;
        }
        return longOnes >= 3 && open * 2 >= longOnes ? width : 0;
    }

    private static boolean wraps(String before, String next, boolean english) {
        // a comma at the end of a broken line is inside the paragraph as often as at its end: what follows decides
        char last = org.fiqra.text.Punctuation.lastSignificant(before);
        if (wordCount(before) < 5 || org.fiqra.text.Punctuation.endsClosed(before) && last != '،' && last != ',') {
            return false;
        }
        // a page's own lines: the continuation mark of a page and the source it names
        if (before.startsWith("(تابع)") || next.startsWith("(تابع)") || next.startsWith("المصدر")) return false;
        // a short line without punctuation after it is a title, a site's name, a date: the header's lines
        if (wordCount(next) <= 4 && !org.fiqra.text.Punctuation.endsClosed(next)) return false;
        if (HeaderClassifier.classify(next) != org.fiqra.model.HeaderLine.Kind.OTHER
                || HeaderClassifier.classify(before) != org.fiqra.model.HeaderLine.Kind.OTHER) {
            return false;
        }
        if (dangles(before) && !Starts.furniture(next) && Starts.Numbered.match(next).isEmpty()) return true;
        return !startsPart(next, false) && Reading.openingStrength(next, false) == 0 && !Reading.leadIn(next, false)
                && Starts.Dash.match(next).isEmpty() && Starts.Quoted.match(next, false).isEmpty()
                && !Starts.furniture(next) && !Starts.closing(next, false) && !Starts.vote(next, false)
                && !Starts.citationLine(next) && Starts.Labelled.match(next).isEmpty();
    }

    /**
     * {@code -} alone on its line, then the text: a web page's bullet, which the line break separated from
     * its item. The two are one block ({@code - على مذكرة الأمانة العامة،}).
     */
    private static List<Line> loneBulletsJoined(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i).text();
            if (!t.equals("-") && !t.equals("–")) continue;
            int next = i + 1;
            while (next < out.size() && out.get(next).isBlank()) next++;
            if (next == out.size()) break;
            String item = out.get(next).text();
            if (item.equals("-") || item.equals("–") || Starts.Numbered.match(item).isPresent()
                    || Starts.Numbered.bare(item).isPresent() || Starts.Lettered.match(item, false).isPresent()) {
                continue;
            }
            String joined = t + " " + item;
            out.set(i, new Line(joined, joined, out.get(i).textPosition()));
            out.subList(i + 1, next + 1).clear();
        }
        return out;
    }

    /** {@code إن} alone on its line opens the formula on the next line: the two are one block. */
    private static List<Line> loneParticleJoined(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i).text();
            if (!t.equals("إن") && !t.equals("إنّ") && !t.equals("إنَّ")) continue;
            int next = i + 1;
            while (next < out.size() && out.get(next).isBlank()) next++;
            if (next == out.size()) break;
            String joined = t + " " + out.get(next).text();
            out.set(i, new Line(joined, joined, out.get(i).textPosition()));
            out.remove(next);
        }
        return out;
    }

    /**
     * A text whose lines hold a few words each (a page laid out in a narrow column, copied with its
     * line breaks): most of the lines of its last two thirds have three words or fewer.
     */
    static boolean shortLined(List<Line> lines) {
        List<Line> text = lines.stream().filter(l -> !l.isBlank()).toList();
        if (text.size() < 15) return false;
        List<Line> body = text.subList(text.size() / 3, text.size());
        long shortOnes = body.stream().filter(l -> wordCount(l.text()) <= 3).count();
        return shortOnes * 10 >= body.size() * 8;
    }

    /**
     * The lines of a short-lined text joined into the blocks they wrap: a line that opens with the cue
     * of a part (an opening particle, a preambular opener, an operative verb, a number or a list
     * marker) starts a block; any other line goes on the block before it. A blank line ends a block.
     */
    private static List<Line> rejoined(List<Line> lines, boolean english) {
        // a page that sets a blank line after every line says nothing by its blank lines
        long text0 = lines.stream().filter(l -> !l.isBlank()).count();
        long followed = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isBlank() && lines.get(i + 1).isBlank()) followed++;
        }
        boolean blanksMeanNothing = followed * 10 >= text0 * 8;
        List<Line> out = new ArrayList<>();
        StringBuilder text = null;
        SourcePosition at = null;
        for (Line line : lines) {
            if (line.isBlank() && blanksMeanNothing) continue;
            if (line.isBlank() || text == null || startsPart(line.text(), english) && !dangles(text.toString())) {
                if (text != null) out.add(new Line(text.toString(), text.toString(), at));
                text = null;
                if (line.isBlank()) {
                    out.add(line);
                    continue;
                }
                text = new StringBuilder(line.text());
                at = line.textPosition();
            } else {
                text.append(' ').append(line.text());
            }
        }
        if (text != null) out.add(new Line(text.toString(), text.toString(), at));
        return out;
    }

    /**
     * The words that cannot end a paragraph: a particle or a preposition waiting for what follows
     * ({@code … الدوليين، وإذ} / {@code ترى أنه …}). After one, the next line goes on, whatever it opens with.
     */
    private static final java.util.Set<String> DANGLING = java.util.stream.Stream.of("و", "وإذ", "إذ", "وقد", "قد", "أن", "وأن",
            "إن", "في", "من", "على", "إلى", "عن", "مع", "بين", "التي", "الذي", "الذين", "ما", "لا", "كما", "أو", "ثم", "حتى", "بأن",
            "لأن", "وفي", "ومن", "وعلى", "وإلى").map(Cues::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static boolean dangles(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Cues.isWordChar(text.charAt(start - 1))) start--;
        return start < end && end == text.stripTrailing().length() && DANGLING.contains(Cues.key(text.substring(start, end)));
    }

    private static boolean startsPart(String t, boolean english) {
        if (Starts.Numbered.match(t).isPresent() || Starts.Numbered.bare(t).isPresent()
                || Starts.Lettered.match(t, english).isPresent() || Starts.FootnoteBlock.match(t, false).isPresent()) {
            return true;
        }
        List<String> first = Cues.firstWords(t, 1);
        if (first.isEmpty() || !Character.isLetter(t.charAt(0))) return false;
        String w = first.get(0);
        return Cues.isOpeningParticle(w) && t.startsWith("إن") || Cues.isPreambleOpener(w) || Cues.isOperativeVerb(w);
    }

    /** The words of a line, counted at its spaces. */
    static int wordCount(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    /** The line without bidi controls, with presentation forms and a misplaced hamza read as their letters. */
    static String clean(String line) {
        String s = line;
        if (s.indexOf('[') >= 0 && s.indexOf(']') >= 0) s = BBCODE.matcher(s).replaceAll("");
        if (needsCleaning(s)) {
            s = BIDI.matcher(s).replaceAll("");
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFC) {
                    b.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
                } else {
                    b.appendCodePoint(cp);
                }
            });
            s = b.toString();
            Matcher m = HAMZA_FIRST.matcher(s);
            if (m.find()) s = Normalizer.normalize(m.replaceAll("$2$1"), Normalizer.Form.NFC);
        }
        return s;
    }

    private static boolean needsCleaning(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xFB50 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == '\u0654' || c == '\u0655') {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of the line that read as Arabic words written backwards: ending in the article
     * ({@code ةيعمجلا} for {@code الجمعية}) while none of them begins with it.
     */
    static int visualOrderWords(String text) {
        int backwards = 0;
        int forwards = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBreak(text.charAt(i))) i++;
            int start = i;
            while (i < n && !isBreak(text.charAt(i))) i++;
            if (i - start < 4) continue;
            if (text.startsWith("ال", start)) {
                forwards++;
            } else if (text.startsWith("لا", i - 2) && !text.startsWith("علا", i - 3) && !text.startsWith("ولا", i - 3)) {
                backwards++;
            }
        }
        return forwards == 0 ? backwards : 0;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == '،' || c == ',' || c == '.' || c == ':' || c == '؛';
    }

    // ---------------------------------------------------------------- cutting a line at its cues

    /**
     * One word of a line: where it stands; its key is made when a rule asks for it (most words of most
     * lines are never looked at: the parse of 1,000 documents made a key for every word in 6 s, against
     * 0.4 s for the parse without them).
     */
    private static final class Word {
        final int start;
        final int end;
        private final String text;
        private String key;

        Word(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String key() {
            if (key == null) key = Cues.key(text.substring(start, end));
            return key;
        }

        /** One to {@code max} ASCII or Arabic-Indic digits. */
        boolean isNumber(int max) {
            int n = end - start;
            if (n < 1 || n > max) return false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= '٠' && c <= '٩')) return false;
            }
            return true;
        }
    }

    /** Conjoined openers that start a preambular paragraph wherever they follow punctuation. */
    private static final java.util.Set<String> STRONG_OPENERS = java.util.stream.Stream.of("وإذ", "واقتناعا", "وإدراكا",
            "وإيمانا", "واعترافا", "وتسليما", "وإقرارا", "وتصميما", "ووعيا", "وبتأكيدها", "وبتأكيده", "وانطلاقا", "واستنادا",
            "وتأكيدا", "وحرصا", "وتقديرا", "وترحيبا", "واقتناعاً", "وإدراكاً").map(Cues::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern INLINE_BULLET = Pattern.compile("[:؛.،]\\s+([-–ـ])\\s+(?=\\S)");
    private static final Pattern INLINE_LEAD_IN = Pattern.compile(
            "[.،؛:]?\\s([يت]ق\\u0640*ر\\u0651?\\u0640*ر(?:\\s+ما\\s+يلي)?\\s*:?)\\s+(?=[0-9٠-٩]{1,3}\\s*[-–ـ.]\\s|أولا)");
    /** A list letter after a colon, a semicolon or a full stop: {@code … التالية: أ- القيام …؛ ب- تنفيذ …}. */
    private static final Pattern INLINE_LETTER = Pattern.compile("[:؛.]\\s+((?:\\([أبجدهوزحطي]\\s?\\)|[أبجدهوزحطي]\\s?[-–)]))\\s*\\S");

    /** A word that opens a part: an operative verb or verbal noun, a preambular opener. */
    private static boolean isCue(String key) {
        return Cues.isOperativeVerb(key) || Cues.isOperativeNoun(key) || Cues.isPreambleOpener(key);
    }

    /** The verbal nouns of reading that follow {@code بعد} in an opening: اطلاعه، استماعه، النظر، دراسة. */
    private static final Pattern READING = Pattern.compile("(?:ال)?(?:اطلاع|استماع|نظر|دراس|بحث)");
    private static final Pattern TRAILING_LEAD_IN = Pattern.compile(
            "\\s((?:و)?(?:يقرر|يقرّر|تقرر|تقرّر|يقــرر)(?:\\s+(?:المجلس|المؤتمر|الجمعية(?:\\s+العامة)?))?\\s*[:.]?)$");
    private static final Pattern NUMBER_MARK = Pattern.compile("^\\s*[-–ـ.]\\s");

    /**
     * The parts of one stripped line, in order; the line itself when it holds one part. A preambular
     * opener starts a part after a full stop, a semicolon or a closing bracket, not after a comma: a
     * comma joins two halves of one paragraph ({@code …، وإذ يشير كذلك إلى …}) as often as it ends one.
     * After a comma it starts a part only where what stands before is an opening formula.
     */
    static List<String> cut(String text, boolean opened) {
        List<Word> words = words(text);
        if (!opened) {
            // an opening formula inside the line (… وفقا لأحكام المادة 11 إن المؤتمر العام …): the text before it is not the text
            for (int i = 1; i + 1 < words.size(); i++) {
                Word w = words.get(i);
                boolean particle = w.end() - w.start() <= 4 && text.startsWith("إن", w.start())
                        && (w.end() - w.start() == 2 || text.charAt(w.start() + 2) == '\u0651' || text.charAt(w.start() + 2) == '\u064E');
                if (particle && Cues.isBodyHead(words.get(i + 1).key())) {
                    List<String> parts = new ArrayList<>();
                    parts.add(text.substring(0, words.get(i).start()).strip());
                    parts.addAll(cut(text.substring(words.get(i).start()), false));
                    return parts;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>();
        boolean opening = !opened && Reading.openingStrength(text, false) >= Reading.STRONG;
        // after a comma, an opener starts a paragraph only on a line that holds the opening formula too, or several
        // such openers: a text that lost its line breaks (a lone "، وإذ" may join two halves of one paragraph)
        boolean commaCuts = opening || commaOpeners(text, words) >= 2;
        int head = -1;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            char punct = punctuationBefore(text, words, i);
            // most words follow no punctuation and are no number: nothing below can cut before them
            if (punct == 0 && !w.isNumber(3) && !(opening && cuts.isEmpty() && i <= 16)) continue;
            boolean opener = STRONG_OPENERS.contains(w.key()) || w.key().equals(Cues.key("وقد")) && i + 1 < words.size()
                    && verbLike(words.get(i + 1).key());
            // an opening formula without its comma (إن الجمعية العامة وقد بحثت …): its first paragraph starts at the opener
            boolean afterReading = (w.key().equals(Cues.key("بعد")) || w.key().equals(Cues.key("وبعد"))) && i + 1 < words.size()
                    && READING.matcher(words.get(i + 1).key()).lookingAt();
            if (punct == 0 && opening && cuts.isEmpty() && i <= 16 && (opener || afterReading || w.key().equals(Cues.key("إذ")))) {
                cuts.add(i);
                continue;
            }
            // a paragraph number before an operative verb or an opener starts a part, punctuation or not
            if (w.isNumber(3) && i + 1 < words.size() && NUMBER_MARK.matcher(text.substring(w.end())).find()
                    && isCue(words.get(i + 1).key()) && !words.get(i - 1).isNumber(4)) {
                cuts.add(i);
                continue;
            }
            // the full stop of the line's own number (٢. واعترافاً …) ends no part
            if (punct == 0 || i == 1 && words.get(0).isNumber(3)) continue;
            boolean full = "؛;.)".indexOf(punct) >= 0;
            boolean comma = "،,:".indexOf(punct) >= 0;
            boolean number = w.isNumber(3) && NUMBER_MARK.matcher(text.substring(w.end())).find()
                    && "؛;.".indexOf(punct) >= 0;
            boolean first = opening && cuts.isEmpty() && (comma || full)
                    && (Cues.isPreambleOpener(w.key()) || Cues.isOperativeVerb(w.key()));
            boolean bodyFirst = !opened && !opening && cuts.isEmpty() && comma && opener && bodyHead(words, i) >= 0;
            if (bodyFirst) head = bodyHead(words, i);
            if (number || (full || comma && commaCuts) && opener || first || bodyFirst) cuts.add(i);
        }
        List<Integer> at = new ArrayList<>();
        for (int c : cuts) at.add(words.get(c).start());
        // a page's lead that gives way to the text on the same line (… نص القرار: "1- يعيد تأكيد …)
        int intro = text.indexOf("نص القرار:");
        if (intro >= 0) {
            int from = intro + "نص القرار:".length();
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
            // the quotation mark that opens the quoted text stays with the lead
            if (from < text.length() && "\"“«".indexOf(text.charAt(from)) >= 0) from++;
            if (from < text.length() - 1) at.add(from);
        }
        // a lead-in at the end of the last preambular paragraph (… للهيئة.. يقرر:, … وبرقة يقرّر المجلس.)
        // the patterns below are tried only where their first sign is: a line is long, and most have none
        int tail = Math.max(0, text.length() - 40);
        Matcher trailing = TRAILING_LEAD_IN.matcher(text).region(tail, text.length());
        if (words.size() >= 6 && text.indexOf('ق', tail) >= 0 && trailing.find()) at.add(trailing.start(1));
        // a bullet after punctuation (بعد اطلاعه: - على توصيات …), a lead-in before the first number (… يقرر 1 - …)
        Matcher bullet = INLINE_BULLET.matcher(text);
        boolean dashes = text.indexOf(" - ") >= 0 || text.indexOf(" – ") >= 0 || text.indexOf(" ـ ") >= 0;
        while (dashes && bullet.find()) {
            List<String> after = Cues.firstWords(text.substring(bullet.end()), 1);
            if (!after.isEmpty() && (isCue(after.get(0)) || after.get(0).equals(Cues.key("على")))) at.add(bullet.start(1));
        }
        Matcher leadIn = INLINE_LEAD_IN.matcher(text);
        boolean decides = text.indexOf("قر") >= 0 || text.indexOf("قــ") >= 0;
        while (decides && leadIn.find()) {
            at.add(leadIn.start(1));
            at.add(leadIn.end(1));
        }
        Matcher letter = INLINE_LETTER.matcher(text);
        boolean letters = text.indexOf("- ") >= 0 || text.indexOf(") ") >= 0 || text.indexOf("– ") >= 0;
        while (letters && letter.find()) at.add(letter.start(1));
        Matcher note = INLINE_NOTE.matcher(text);
        while (text.indexOf("([") >= 0 && note.find()) {
            at.add(note.start());
            if (note.end() < text.length()) at.add(note.end());
        }
        if (at.isEmpty()) return List.of(text);
        // a title before an opening formula that has no particle
        if (head > 0) at.add(words.get(head).start());
        java.util.Collections.sort(at);
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int cut : at) {
            String part = text.substring(from, cut).strip();
            if (!part.isEmpty()) parts.add(part);
            from = cut;
        }
        parts.add(text.substring(from).strip());
        return parts;
    }

    private static int commaOpeners(String text, List<Word> words) {
        int n = 0;
        for (int i = 1; i < words.size(); i++) {
            if ("،,".indexOf(punctuationBefore(text, words, i)) >= 0 && STRONG_OPENERS.contains(words.get(i).key())) n++;
        }
        return n;
    }

    /** The word that starts an opening formula ending just before word {@code end}: a body's name, short, ending in a comma. */
    private static int bodyHead(List<Word> words, int end) {
        for (int i = Math.max(0, end - 8); i < end; i++) {
            if (Cues.isBodyHead(words.get(i).key())) return i;
        }
        return -1;
    }

    /** The punctuation word {@code i} follows, perhaps with a footnote number between ({@code المزيفة؛١ وإذ}); 0 for none. */
    private static char punctuationBefore(String text, List<Word> words, int i) {
        for (int k = i; k >= 1 && k >= i - 1; k--) {
            for (int j = words.get(k).start() - 1; j >= words.get(k - 1).end(); j--) {
                char c = text.charAt(j);
                // the bracket that closes a footnote marker (…،(1) وإذ) ends no sentence: what stands before the marker decides
                if (c == ')' && k >= 2 && words.get(k - 1).isNumber(3) && text.charAt(words.get(k - 1).start() - 1) == '(') break;
                if ("،؛;.,:)".indexOf(c) >= 0) return c;
            }
            // a footnote number stuck to the punctuation: look one word further back
            if (!words.get(k - 1).isNumber(2)) break;
        }
        return 0;
    }

    /**
     * The verbs a preambular {@code وقد} opens with ({@code وقد نظرت في …}, {@code وقد أحاط علما …}); after a
     * full stop in prose, {@code وقد} opens any sentence ({@code وقد اعتمدت التوصية …}) and starts no part.
     */
    private static final java.util.Set<String> QAD_VERBS = java.util.stream.Stream.of("نظر", "نظرت", "نظرنا", "أحاط", "أحاطت",
            "اطلع", "اطلعت", "استعرض", "استعرضت", "درس", "درست", "صمم", "صممت", "صمّم", "صمّمت", "استمع", "استمعت", "بحث",
            "بحثت", "اجتمع", "اجتمعت", "عقد", "عقدت", "اجتمعنا").map(Cues::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean verbLike(String key) {
        return QAD_VERBS.contains(key);
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Cues.isWordChar(text.charAt(i))) i++;
            int start = i;
            while (i < n && Cues.isWordChar(text.charAt(i))) i++;
            if (i > start) out.add(new Word(text, start, i));
        }
        return out;
    }
}
