package org.fiqra.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.text.Abjad;
import org.fiqra.text.Digits;

/**
 * The "does a construct start here?" recognisers, one per textual construct. Each answers
 * empty or the parts of the line it recognised; none of them looks at context (the
 * {@link DocumentParser} decides with the context what a match means).
 */
final class Starts {
    private Starts() {
    }

    private static final String D = "[0-9٠-٩]";
    // the line tests below run on every line of every text: their patterns are compiled once
    private static final Pattern OPENING_EN = Pattern.compile("^The [A-Z][A-Za-z ,'-]{2,120},$");
    private static final Pattern OPERATIVE_INTRO_EN = Pattern.compile("^\\*?Decides?\\*? as follows:$");
    private static final Pattern OPERATIVE_INTRO = Pattern.compile("^[يت]قرر(?:ان)?\\s+ما\\s+يلي\\s*:?$");
    private static final Pattern CLOSING_EN = Pattern.compile("^[0-9]+(st|nd|rd|th) (plenary )?meeting$");
    private static final Pattern CLOSING = Pattern.compile("^الجلسة(\\s+العامة)?\\s+" + D + "+\\.?$");
    private static final Pattern ANNEX = Pattern.compile("^(الملحق|المرفق)(\\s+(الأول|الثاني|الثالث|" + D + "+))?$");
    private static final Pattern ANNEX_EN = Pattern.compile("^Annex( [IVX]+)?$");

    /**
     * {@code ١ - **تؤكد** …}, {@code 1- يؤكد …}, {@code - 12- يدعو …}, {@code 1 ـ} (a tatweel for the dash),
     * {@code 3. }, {@code 4) }, {@code أولا: }, {@code ثانياً - }: a numbered paragraph.
     */
    record Numbered(int number, String marker, String rest) {
        private static final Pattern P = Pattern.compile("^((?:[-–]\\s*)?(" + D + "{1,3})\\s*[-–ـ])\\s*(\\S.*)$");
        /** {@code 3. }, {@code 4) }, and {@code 1.توبيخ}, the number glued to its paragraph's first letter. */
        private static final Pattern DOT = Pattern.compile("^((" + D + "{1,3})[.)])(?:\\s+|(?=[\\u0621-\\u064A]))(\\S.*)$");
        private static final Pattern ORDINAL = Pattern.compile("^((" + ORDINALS + ")\\u064B?ا\\u064B?\\s*[-–:ـ])\\s*(\\S.*)$");
        private static final Pattern BARE = Pattern.compile("^((?:[-–]\\s*)?(" + D + "{1,3})\\s*[-–ـ.)])$");


        /** Also {@code (1) تلبية لدعوة …}, in a text that numbers its paragraphs so (see {@link #parenStyle}). */
        static Optional<Numbered> match(String line, boolean parenStyle) {
            if (parenStyle) {
                Optional<Numbered> paren = ParenLine.match(line).map(p -> new Numbered(p.number(), p.marker(), p.rest()));
                if (paren.isPresent()) return paren;
            }
            return match(line);
        }

        /**
         * A text numbers its paragraphs {@code (1)}, {@code (2)} (as communiqués do) when two or more lines
         * of some length open so with numbers that follow each other, one of them a paragraph's length;
         * footnotes, which open so too, are short.
         */
        static boolean parenStyle(java.util.List<String> lines) {
            int n = 0;
            int longOnes = 0;
            int last = -1;
            boolean consecutive = false;
            for (String l : lines) {
                // a marker (1) glued to a word in the text makes the (1) lines its footnotes, not paragraphs
                if (gluedMarkers(l).findAny().isPresent()) return false;
                Optional<ParenLine> paren = ParenLine.match(l);
                if (paren.isEmpty() || l.length() < 40) continue;
                int number = paren.get().number();
                consecutive |= number == last + 1;
                last = number;
                n++;
                if (l.length() >= 100) longOnes++;
            }
            return n >= 2 && longOnes >= 1 && consecutive;
        }

        static Optional<Numbered> match(String line) {
            Matcher m = P.matcher(line);
            if (!m.matches()) m = DOT.matcher(line);
            if (m.matches()) {
                // "1 -2" is a range in a header line, not a paragraph; a paragraph's text starts with a letter
                if (!m.group(3).isEmpty() && Character.isDigit(m.group(3).charAt(0)) && !m.group(1).endsWith(".")) {
                    return Optional.empty();
                }
                return Optional.of(new Numbered(Digits.parse(m.group(2)), m.group(1), m.group(3)));
            }
            m = ORDINAL.matcher(line);
            if (m.matches()) return Optional.of(new Numbered(ordinal(m.group(2)), m.group(1), m.group(3)));
            return Optional.empty();
        }

        /** {@code 1 -} alone on its line: the number of the paragraph on the next line. */
        static Optional<Numbered> bare(String line) {
            Matcher m = BARE.matcher(line);
            return m.matches() ? Optional.of(new Numbered(Digits.parse(m.group(2)), m.group(1), "")) : Optional.empty();
        }

        /** Whether the marker closes with a bracket ({@code 1)}): the style of a list inside a paragraph. */
        boolean bracketed() {
            return marker.endsWith(")");
        }
    }

    private static final String ORDINALS = "أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اول";

    private static int ordinal(String word) {
        int i = java.util.List.of(ORDINALS.split("\\|")).indexOf(word);
        return i == 10 ? 1 : i + 1;
    }

    /**
     * {@code فقرة تمهيدية 1: …}, {@code الفقرة العاملة 2: …}: a paragraph a web page labelled with its part and
     * number; the label is its marker.
     */
    record Labelled(boolean preambular, int number, String marker, String rest) {
        private static final Pattern P = Pattern.compile("^((?:ال)?فقرة\\s+(?:ال)?(تمهيدية|عاملة|منطوقية|تنفيذية)\\s*(" + D
                + "{1,3})\\s*[:：\\-–])\\s*(\\S.*)$");

        static Optional<Labelled> match(String line) {
            Matcher m = P.matcher(line);
            if (!m.matches()) return Optional.empty();
            return Optional.of(new Labelled(m.group(2).equals("تمهيدية"), Digits.parse(m.group(3)), m.group(1), m.group(4)));
        }
    }

    /**
     * {@code (1) …}: a line that opens with a number in brackets, which is a footnote, a communiqué's
     * paragraph or an item, as the text around it says.
     */
    record ParenLine(int number, String marker, String rest) {
        static final Pattern P = Pattern.compile("^(\\((" + D + "{1,3})\\))\\s+(\\S.*)$");

        static Optional<ParenLine> match(String line) {
            Matcher m = P.matcher(line);
            return m.matches() ? Optional.of(new ParenLine(Digits.parse(m.group(2)), m.group(1), m.group(3))) : Optional.empty();
        }
    }

    /** A footnote marker glued to an Arabic word ({@code العربية(1)}), not an article's paragraph ({@code 2(1)}). */
    private static final Pattern GLUED_MARKER = Pattern.compile("[\\u0621-\\u064A\\u0640]\\((" + D + "{1,3})\\)");

    /** The numbers of the footnote markers glued to the line's words. */
    static java.util.stream.IntStream gluedMarkers(String line) {
        return GLUED_MARKER.matcher(line).results().mapToInt(r -> Digits.parse(r.group(1)));
    }

    /** {@code (أ) …}, {@code - (ب) …}, {@code د) …}, {@code هـ) …}: a list letter. */
    record Lettered(int index, String marker, String rest) {
        private static final Pattern P = Pattern.compile("^((?:[-–]\\s*)?\\(?\\s?(هـ|[\\u0621-\\u064A])\\s?\\))\\s*(\\S.*)$");
        private static final Pattern BARE = Pattern.compile("^((?:[-–]\\s*)?\\(?\\s?(هـ|[\\u0621-\\u064A])\\s?(?:\\)|\\s*[-–]))$");
        /** {@code أ -}, {@code ب –}: a letter and a dash, no bracket. */
        private static final Pattern DASHED = Pattern.compile("^((هـ|[\\u0621-\\u064A])\\s*[-–])\\s*(\\S.*)$");
        private static final Pattern LATIN = Pattern.compile("^(\\(([a-z])\\))\\s+(\\S.*)$");

        /** {@code أ-} alone on its line: the letter of the item on the next one. */
        static Optional<Lettered> bare(String line, boolean english) {
            if (english) return Optional.empty();
            Matcher m = BARE.matcher(line);
            if (!m.matches()) return Optional.empty();
            return Abjad.index(m.group(2)).map(i -> new Lettered(i, m.group(1).replaceFirst("^[-–]\\s*", ""), ""));
        }

        static Optional<Lettered> match(String line, boolean english) {
            if (english) {
                Matcher m = LATIN.matcher(line);
                return m.matches() ? Optional.of(new Lettered(m.group(2).charAt(0) - 'a', m.group(1), m.group(3))) : Optional.empty();
            }
            Matcher bracketed = P.matcher(line);
            Matcher m = bracketed.matches() ? bracketed : DASHED.matcher(line);
            if (!m.matches()) return Optional.empty();
            return Abjad.index(m.group(2)).map(i -> new Lettered(i, m.group(1).replaceFirst("^[-–]\\s*", ""), m.group(3)));
        }
    }

    /** {@code "١" …}: a numbered sub-sub-paragraph. */
    record Quoted(int number, String marker, String rest) {
        private static final Pattern P = Pattern.compile("^([\"“”](" + D + "{1,2})[\"“”])\\s*(\\S.*)$");
        private static final Pattern ROMAN = Pattern.compile("^(\\((i{1,3}|iv|vi{0,3}|ix|xi{0,3}|v)\\))\\s+(\\S.*)$");
        private static final java.util.List<String> NUMERALS = java.util.List.of("i", "ii", "iii", "iv", "v", "vi", "vii",
                "viii", "ix", "x", "xi", "xii", "xiii");

        /** {@code "١" …} in Arabic, {@code (ii) …} in English. */
        static Optional<Quoted> match(String line, boolean english) {
            Matcher m = (english ? ROMAN : P).matcher(line);
            if (!m.matches()) return Optional.empty();
            int n = english ? NUMERALS.indexOf(m.group(2)) + 1 : Digits.parse(m.group(2));
            return Optional.of(new Quoted(n, m.group(1), m.group(3)));
        }
    }

    /** {@code – حصول الجميع …}, {@code - تسهيل …}: an unmarked list item. */
    record Dash(String marker, String rest) {
        /** A tatweel standing for the dash ({@code ـ على تقرير …}) too. */
        private static final Pattern P = Pattern.compile("^([-–—ـ])\\s+(\\S.*)$");

        static Optional<Dash> match(String line) {
            Matcher m = P.matcher(line);
            return m.matches() ? Optional.of(new Dash(m.group(1), m.group(2))) : Optional.empty();
        }
    }

    /**
     * A footnote block: {@code (١) …} (only where the document marks footnotes with parentheses),
     * {@code ^١ …}, {@code ⁶ …}, or {@code ° …} (a superscript the extraction garbled; number unknown: -1).
     */
    record FootnoteBlock(int number, String marker, String rest) {
        private static final Pattern CARET = Pattern.compile("^(\\^(" + D + "{1,3}))\\s*(\\S.*)$");
        private static final Pattern SUPER = Pattern.compile("^(([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\\s*(\\S.*)$");
        private static final Pattern DEGREE = Pattern.compile("^(°|\\*{1,3}(?=\\s))\\s*(\\S.*)$");
        /** {@code ([1]) …}: a web page's footnote, its number in brackets inside parentheses. */
        private static final Pattern WEB = Pattern.compile("^(\\(\\[(" + D + "{1,3})\\]\\))\\s*(\\S.*)$");

        static Optional<FootnoteBlock> match(String line, boolean parenStyle) {
            for (Pattern p : parenStyle ? new Pattern[] {ParenLine.P, CARET, SUPER, WEB} : new Pattern[] {CARET, SUPER, WEB}) {
                Matcher m = p.matcher(line);
                if (m.matches()) {
                    return Optional.of(new FootnoteBlock(Digits.parse(m.group(2)), m.group(1), m.group(3)));
                }
            }
            Matcher m = DEGREE.matcher(line);
            return m.matches() ? Optional.of(new FootnoteBlock(-1, m.group(1), m.group(2))) : Optional.empty();
        }
    }

    /** {@code ١٢٢/٦٦ - تعزيز …}: the title line, number/session (or number/year) and title. */
    record TitleLine(String number, String title) {
        private static final Pattern P = Pattern.compile("^(" + D + "{1,4}\\s*/\\s*" + D + "{1,4})\\s*[-–]\\s*(\\S.*)$");
        /** {@code 52 / 31   التحقق …}: a web page's title line, the number and the title apart by spaces. */
        private static final Pattern SPACED = Pattern.compile("^(" + D + "{1,4}\\s?/\\s?" + D + "{1,4})\\s{2,}(\\S.*)$");
        private static final Pattern ENGLISH = Pattern.compile("^([0-9]{1,4}/[0-9]{1,4})\\.\\s+(\\S.*)$");

        static Optional<TitleLine> match(String line, boolean english) {
            Matcher m = (english ? ENGLISH : P).matcher(line);
            if (!m.matches() && !english) m = SPACED.matcher(line);
            return m.matches() ? Optional.of(new TitleLine(m.group(1), m.group(2))) : Optional.empty();
        }
    }

    /** {@code إن الجمعية العامة،}, {@code The General Assembly,}: the opening line of a resolution. */
    static boolean opening(String line, boolean english) {
        if (english) return OPENING_EN.matcher(line).matches();
        return line.startsWith("إن ") && line.length() < 2000;
    }

    /** {@code يقرر ما يلي:}: the operative intro of a text whose operative part follows a heading. */
    static boolean operativeIntro(String line, boolean english) {
        return (english ? OPERATIVE_INTRO_EN : OPERATIVE_INTRO).matcher(line).matches();
    }

    /** {@code الجلسة العامة ٨٩}, {@code 89th plenary meeting}: the meeting line that opens the closing block. */
    static boolean closing(String line, boolean english) {
        return (english ? CLOSING_EN : CLOSING).matcher(line).matches();
    }

    /** The start of a recorded vote: {@code [اعتُمد بتصويت مسجل …}. */
    static boolean vote(String line) {
        return line.startsWith("[") && line.contains("بتصويت");
    }

    private static final Pattern VOTE_SENTENCE = Pattern.compile(
            "^\\[?(?:تبن[ىيت]|تبنّى|تبنّت|اعتمد|اعتمدت|اعتُمد|اُعتمد|أقر|أقرت|اتخذ|اتخذت)\\s+(?:المجلس|مجلس|الجمعية|هذا القرار"
                    + "|القرار|بتصويت|بأغلبية|بالإجماع|الجمع)(?:.*(?:القرار|صوت|تصويت|بالإجماع).*|\\S{0,8})");
    private static final Pattern VOTE_EN = Pattern.compile("^\\[?Adopted (?:at|by|with|unanimously|in)\\b.*");
    private static final Pattern VOTE_LIST = Pattern.compile("^(?:مع القرار|ضد القرار|امتنع عن التصويت|الممتنعون|المؤيدون|المعارضون"
            + "|In favour|Against|Abstaining)\\s*:.*");

    /** A vote: the adoption sentence with its tally ({@code تبنى المجلس هذا القرار … بـ 13 صوتا}), or a recorded vote. */
    static boolean vote(String line, boolean english) {
        // "adopted without a vote" records no vote: the sentence stays where it stands (header or closing)
        if (line.contains("without a vote") || line.contains("دون تصويت")) return false;
        if (english) return VOTE_EN.matcher(line).matches();
        return vote(line) || VOTE_SENTENCE.matcher(line).matches();
    }

    private static final Pattern TALLY = Pattern.compile("(?:تبن[ىيت]|تبنّ[ىت]|و?اعتمد|اعتُمد|اعتمدت|صوتت|صوّتت)\\s.*?"
            + "(?:(?:بـ|ب|بأغلبية)\\s*" + D + "+\\s+صوت|بتصويت\\s+" + D + "+)");

    /**
     * A sentence that gives the vote inside a longer line: a page's note on the text ({@code … تبنى مجلس الأمن
     * هذا القرار … بـ 14 صوتا …}) or a news lead ({@code صوتت الجمعية العامة … بأغلبية 128 صوتًا}).
     */
    static boolean tallyInside(String line) {
        return TALLY.matcher(line).find();
    }

    private static final Pattern TEXT_INTRO = Pattern.compile("(?:(?:و?فيما|في ما)\\s+(?:يلي|يأتي)\\s+(?:ال)?نص|(?:ال)?نص\\s+(?:ال)?حرفي"
            + "|^\\S{0,2}\\s*نص\\s+القرار|\\sنص\\s+القرار\\s*:)");

    /**
     * A page's words that introduce the text ({@code وفيما يلي نص القرار:}, {@code نص القرار:}): what
     * stands before them is the page's, not the resolution's.
     */
    static boolean textIntro(String line) {
        return line.length() < 2000 && TEXT_INTRO.matcher(line).find() && (line.stripTrailing().endsWith(":")
                || line.contains("نص القرار:") || line.contains("نص القرار :"));
    }

    /** {@code مع القرار:}, {@code الممتنعون:}: the head of a list of the vote. */
    static boolean voteList(String line) {
        return VOTE_LIST.matcher(line).matches();
    }

    private static final Pattern CITATION = Pattern.compile("^\\(\\s*(?:ق\\s*\\.|قرار|القرار)\\s*(?:رقم\\s*)?" + D
            + "+.*\\)\\.?$");

    private static final Pattern RESERVATION = Pattern.compile("^[(\\[*]?\\s*(?:و)?(?:قد\\s+)?(?:تحفظ|تحفّظ|مع تحفظ|أبدت|أبدى)\\S*\\s.*");

    /** {@code (وقد تحفظت …)}, {@code * مع تحفظ …}: a member's reservation printed under the decision. */
    static boolean reservation(String line) {
        return RESERVATION.matcher(line).matches();
    }

    /** {@code (ق. رقم 5521 - د .ع (104) - ج 3 - 21/9/1995)}: a decision's number, session and date, after its text. */
    static boolean citationLine(String line) {
        return CITATION.matcher(line).matches();
    }

    /** {@code الملحق}, {@code المرفق}: an annex heading. */
    static boolean annex(String line) {
        return ANNEX.matcher(line).matches() || ANNEX_EN.matcher(line).matches();
    }

    /** Openers of preambular paragraphs: any gender of verb after them is fine. */
    private static final Pattern PREAMBLE_OPENER = Pattern.compile(
            "^(?:و?إذ|وإن|وقد|و?إدراك|وبعد|و?إيمان|و?اقتناع|و?اعتراف|و?إقرار|و?تسليم|و?اعتبار|و?حرص|و?رغب|"
                    + "و?تصميم|و?التزام|و?اقرار|و?ادراك|و?تأكيد|و?إذا)\\S*\\s");

    /** English preambular paragraphs open with a capitalised (usually italic) participle; a lower-case line continues one. */
    static boolean preambleOpener(String line, boolean english) {
        if (english) return Cues.englishPreamble(line);
        return PREAMBLE_OPENER.matcher(line).find();
    }

    /** Page furniture: printing notes and job numbers. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(الرجاء إعادة الاستعمال|Please recycle|" + D + "{2}-" + D + "{5}\\s*\\([A-Z]\\)|[—–-]{1,3}|\\*+|\\d+/\\d+"
                    + "|<\\s*" + D + "{1,4}\\s*>|={3,}|_{3,}|\\||Page " + D + "{1,4}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
                    + "|\\*" + D + "{5,}\\*"
                    // the words a web page prints around a text: comments, sharing, printing
                    + "|التعليقات مغلقة\\.?|أضف تعليق[اً]*|اطبع|طباعة|شارك|مشاركة|أرسل لصديق|إقرأ أيضا[ً]?|اقرأ أيضا[ً]?"
                    + "|Bookmark and Share|Print|Share)$");

    /** The text of a list item after its marker ({@code (أ)}, {@code -}, {@code "١"}, {@code (a)}), or the line. */
    static String itemRest(String line, boolean english) {
        return Lettered.match(line, english).map(Lettered::rest)
                .or(() -> Dash.match(line).map(Dash::rest))
                .or(() -> Quoted.match(line, english).map(Quoted::rest)).orElse(line);
    }

    static boolean furniture(String line) {
        return FURNITURE.matcher(line).matches();
    }
}
