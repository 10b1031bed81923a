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

    /** {@code ١ - **تؤكد** …}, {@code 1- يؤكد …}, {@code - 12- يدعو …}: a numbered resolution paragraph. */
    record Numbered(int number, String marker, String rest) {
        private static final Pattern P = Pattern.compile("^((?:[-–]\\s*)?(" + D + "{1,3})\\s*[-–])\\s+(\\S.*)$");
        private static final Pattern DOT = Pattern.compile("^((" + D + "{1,3})\\.)\\s+(\\S.*)$");

        static Optional<Numbered> match(String line) {
            Matcher m = P.matcher(line);
            if (!m.matches()) m = DOT.matcher(line);
            if (!m.matches()) return Optional.empty();
            return Optional.of(new Numbered(Digits.parse(m.group(2)), m.group(1), m.group(3)));
        }
    }

    /** {@code (أ) …}, {@code - (ب) …}, {@code د) …}, {@code هـ) …}: a list letter. */
    record Lettered(int index, String marker, String rest) {
        private static final Pattern P = Pattern.compile("^((?:[-–]\\s*)?\\(?(هـ|[\\u0621-\\u064A])\\))\\s*(\\S.*)$");
        private static final Pattern LATIN = Pattern.compile("^(\\(([a-z])\\))\\s+(\\S.*)$");

        static Optional<Lettered> match(String line, boolean english) {
            if (english) {
                Matcher m = LATIN.matcher(line);
                return m.matches() ? Optional.of(new Lettered(m.group(2).charAt(0) - 'a', m.group(1), m.group(3))) : Optional.empty();
            }
            Matcher m = P.matcher(line);
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
        private static final Pattern P = Pattern.compile("^([-–—])\\s+(\\S.*)$");

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
        private static final Pattern PAREN = Pattern.compile("^(\\((" + D + "{1,3})\\))\\s+(\\S.*)$");
        private static final Pattern CARET = Pattern.compile("^(\\^(" + D + "{1,3}))\\s*(\\S.*)$");
        private static final Pattern SUPER = Pattern.compile("^(([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\\s*(\\S.*)$");
        private static final Pattern DEGREE = Pattern.compile("^(°)\\s*(\\S.*)$");

        static Optional<FootnoteBlock> match(String line, boolean parenStyle) {
            for (Pattern p : parenStyle ? new Pattern[] {PAREN, CARET, SUPER} : new Pattern[] {CARET, SUPER}) {
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
        private static final Pattern ENGLISH = Pattern.compile("^([0-9]{1,4}/[0-9]{1,4})\\.\\s+(\\S.*)$");

        static Optional<TitleLine> match(String line, boolean english) {
            Matcher m = (english ? ENGLISH : P).matcher(line);
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
        if (english) return line.startsWith("*") || !line.isEmpty() && Character.isUpperCase(line.charAt(0));
        return PREAMBLE_OPENER.matcher(line).find();
    }

    /** Page furniture: printing notes and job numbers. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(الرجاء إعادة الاستعمال|Please recycle|" + D + "{2}-" + D + "{5}\\s*\\([A-Z]\\)|[—–-]{1,3}|\\*+|\\d+/\\d+)$");

    static boolean furniture(String line) {
        return FURNITURE.matcher(line).matches();
    }
}
