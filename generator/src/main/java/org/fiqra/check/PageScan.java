package org.fiqra.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fiqra.text.PageText;

/**
 * Reads a page's {@link PageFacts} from its text in one scan, without building a tree, or declines it.
 *
 * <p>An HTML parser builds a page's tree by many rules: an end tag may be implied, a block start tag
 * closes an open paragraph, text inside a table is moved before it. When a page's tags nest plainly and
 * none of those rules applies, its tree is the nesting of its tags, and its facts can be read straight off
 * them. This scan reads exactly such pages: a doctype, {@code <html>}, a {@code <head>} of metadata, a
 * {@code <body>} of common elements each closed by its own end tag, in the open. At anything else
 * (an end tag left out, a table, a paragraph a block would close, a character reference it does not know)
 * it declines, with null, and the page is parsed by jsoup. For a page it reads, the facts are those jsoup's
 * tree gives; {@code PageScanTest} holds it to that on every page of the seed site and on mutations of them.
 * The pages Fiqra's templates write are read in a fraction of the time a parse takes.
 */
final class PageScan {
    /** Deeper nesting is declined: jsoup's scope searches and its depth limit would come into play. */
    private static final int MAX_DEPTH = 96;

    /** Where an element may stand in a page this scan reads, and which rules of the HTML standard concern it. */
    private static final int HEAD = 1, BODY = 2, VOID = 4, CLOSES_P = 8, SPECIAL = 16;

    /** The elements this scan reads, each with its flags. */
    private enum Tag {
        HTML(SPECIAL), HEAD_(SPECIAL), BODY_(SPECIAL), META(HEAD | VOID | SPECIAL), LINK(HEAD | VOID | SPECIAL),
        BASE(HEAD | VOID | SPECIAL), TITLE(HEAD | SPECIAL), SCRIPT(HEAD | BODY | SPECIAL), STYLE(HEAD | BODY | SPECIAL),
        // the blocks whose start tag closes an open <p>
        ADDRESS(BODY | CLOSES_P | SPECIAL), ARTICLE(BODY | CLOSES_P | SPECIAL), ASIDE(BODY | CLOSES_P | SPECIAL),
        BLOCKQUOTE(BODY | CLOSES_P | SPECIAL), DETAILS(BODY | CLOSES_P | SPECIAL), DIALOG(BODY | CLOSES_P | SPECIAL),
        DIV(BODY | CLOSES_P | SPECIAL), DL(BODY | CLOSES_P | SPECIAL), FIELDSET(BODY | CLOSES_P | SPECIAL),
        FIGCAPTION(BODY | CLOSES_P | SPECIAL), FIGURE(BODY | CLOSES_P | SPECIAL), FOOTER(BODY | CLOSES_P | SPECIAL),
        HEADER(BODY | CLOSES_P | SPECIAL), HGROUP(BODY | CLOSES_P | SPECIAL), MAIN(BODY | CLOSES_P | SPECIAL),
        MENU(BODY | CLOSES_P | SPECIAL), NAV(BODY | CLOSES_P | SPECIAL), OL(BODY | CLOSES_P | SPECIAL),
        P(BODY | CLOSES_P | SPECIAL), SECTION(BODY | CLOSES_P | SPECIAL), SUMMARY(BODY | CLOSES_P | SPECIAL),
        UL(BODY | CLOSES_P | SPECIAL), H1(BODY | CLOSES_P | SPECIAL), H2(BODY | CLOSES_P | SPECIAL),
        H3(BODY | CLOSES_P | SPECIAL), H4(BODY | CLOSES_P | SPECIAL), H5(BODY | CLOSES_P | SPECIAL),
        H6(BODY | CLOSES_P | SPECIAL), HR(BODY | VOID | CLOSES_P | SPECIAL), LI(BODY | CLOSES_P | SPECIAL),
        DD(BODY | CLOSES_P | SPECIAL), DT(BODY | CLOSES_P | SPECIAL), FORM(BODY | CLOSES_P | SPECIAL),
        // the others, each simply opened and closed
        BUTTON(BODY | SPECIAL), BR(BODY | VOID | SPECIAL), IMG(BODY | VOID | SPECIAL), INPUT(BODY | VOID | SPECIAL),
        WBR(BODY | VOID | SPECIAL), A(BODY), ABBR(BODY), B(BODY), BDI(BODY), BDO(BODY), CITE(BODY), CODE(BODY),
        DATA(BODY), DFN(BODY), EM(BODY), I(BODY), KBD(BODY), LABEL(BODY), LEGEND(BODY), MARK(BODY), Q(BODY), S(BODY),
        SAMP(BODY), SMALL(BODY), SPAN(BODY), STRONG(BODY), SUB(BODY), SUP(BODY), TIME(BODY), U(BODY), VAR(BODY);

        private static final long[] KEYS;
        private static final Tag[] BY_KEY;

        static {
            Tag[] all = values().clone();
            Arrays.sort(all, java.util.Comparator.comparingLong(Tag::key));
            KEYS = new long[all.length];
            BY_KEY = all;
            for (int i = 0; i < all.length; i++) KEYS[i] = all[i].key();
        }

        private final int flags;
        private final String name;

        Tag(int flags) {
            this.flags = flags;
            this.name = name().replace("_", "").toLowerCase(java.util.Locale.ROOT);
        }

        boolean is(int flag) {
            return (flags & flag) != 0;
        }

        boolean heading() {
            return this.compareTo(H1) >= 0 && this.compareTo(H6) <= 0;
        }

        private long key() {
            return PageScan.key(name, 0, name.length());
        }

        /** The element named by the characters of {@code s} from {@code from} to {@code to}; null for any other. */
        static Tag of(PageText s, int from, int to) {
            long key = PageScan.key(s, from, to);
            if (key < 0) return null;
            int at = Arrays.binarySearch(KEYS, key);
            return at < 0 ? null : BY_KEY[at];
        }
    }

    /**
     * The lower-case ASCII letters and digits from {@code from} to {@code to}, six bits each, as a number;
     * -1 for more than ten characters or any other character (an upper-case letter too: such a page is declined).
     */
    private static long key(CharSequence s, int from, int to) {
        if (to - from > 10 || to == from) return -1;
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int code;
            if (c >= 'a' && c <= 'z') code = c - 'a' + 1;
            else if (c >= '0' && c <= '9') code = c - '0' + 27;
            else return -1;
            key = key << 6 | code;
        }
        return key;
    }

    private enum Phase { BEFORE_HTML, BEFORE_HEAD, IN_HEAD, AFTER_HEAD, IN_BODY, AFTER_BODY, AFTER_HTML }

    private final PageText s;
    private int at;
    private Phase phase = Phase.BEFORE_HTML;
    private String lang = "";
    private String dir = "";
    private final List<String> ids = new ArrayList<>();
    private final List<PageFacts.Reference> references = new ArrayList<>();
    private final List<PageFacts.Stray> strays = new ArrayList<>();
    /** The open elements of the body, {@code <body>} first, and the context each sets for its content. */
    private Tag[] open = new Tag[32];
    private int[] context = new int[32];
    private int depth;
    private int openP;
    private int openA;
    private int openButton;
    private int openForm;
    private int openHeading;

    /** The attributes of the start tag just read that the facts need (null if it has none); others are skipped. */
    private String id;
    private String href;
    private String src;
    private String dirAttribute;
    private String langAttribute;
    private boolean selfClosing;

    private PageScan(PageText text) {
        this.s = text;
    }

    /** The facts of the page {@code text}, or null if this scan cannot be sure of them. */
    static PageFacts read(PageText text) {
        PageScan scan = new PageScan(text);
        return scan.scan() ? new PageFacts(scan.lang, scan.dir, scan.ids, scan.references, scan.strays) : null;
    }

    private boolean scan() {
        int n = s.length();
        while (at < n) {
            int lt = s.indexOf('<', at);
            int end = lt < 0 ? n : lt;
            if (end > at && !text(at, end)) return false;
            if (lt < 0) break;
            at = lt;
            if (!markup()) return false;
        }
        return phase == Phase.AFTER_HTML;
    }

    /**
     * The text from {@code from} to {@code to}, between two pieces of markup. Text does not change the tree
     * of a body without tables, so only text that could be a stray is read.
     */
    private boolean text(int from, int to) {
        if (phase != Phase.IN_BODY) return blank(from, to);
        int where = context[depth - 1];
        if (where != PageFacts.RTL && where != PageFacts.LTR) return true;
        boolean other = where == PageFacts.RTL ? PageFacts.hasLatin(s, from, to) : PageFacts.hasArabic(s, from, to);
        // a reference may stand for a letter ("&#65;"), and name one of the other script ("&amp;")
        if (!other && !has('&', from, to)) return true;
        String text = s.substring(from, to);
        if (text.indexOf('&') >= 0) {
            text = References.decode(text);
            if (text == null) return false;
        }
        if (text.indexOf('\0') >= 0 || text.indexOf('\r') >= 0) return false;
        PageFacts.Stray stray = PageFacts.stray(text, where);
        if (stray != null) strays.add(stray);
        return true;
    }

    /** Whether {@code c} is among the characters from {@code from} to {@code to}. */
    private boolean has(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) return true;
        }
        return false;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!space(s.charAt(i))) return false;
        }
        return true;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    /** The markup at {@code at}, which is a '<'. */
    private boolean markup() {
        if (at + 1 >= s.length()) return false;
        char next = s.charAt(at + 1);
        if (next == '/') return endTag();
        if (next != '!') return startTag();
        if (s.startsWith("<!--", at)) return comment();
        if (phase == Phase.BEFORE_HTML && s.regionMatchesIgnoreCase(at, "<!doctype html>")) {
            at += 15;
            return true;
        }
        return false;
    }

    private boolean comment() {
        int close = s.indexOf("-->", at + 4);
        if (close < 0 || s.startsWith(">", at + 4) || s.startsWith("->", at + 4)) return false;
        for (int i = at + 4; i < close; i++) {
            if (s.startsWith("--!>", i)) return false;
        }
        at = close + 3;
        return true;
    }

    private boolean startTag() {
        Tag tag = tag(at + 1);
        if (tag == null || !attributes()) return false;
        if (selfClosing && !tag.is(VOID)) return false;
        switch (phase) {
            case BEFORE_HTML:
                if (tag != Tag.HTML) return false;
                lang = langAttribute == null ? "" : langAttribute;
                dir = dirAttribute == null ? "" : dirAttribute;
                element(tag);
                phase = Phase.BEFORE_HEAD;
                return true;
            case BEFORE_HEAD:
                if (tag != Tag.HEAD_) return false;
                element(tag);
                phase = Phase.IN_HEAD;
                return true;
            case IN_HEAD:
                if (!tag.is(HEAD)) return false;
                element(tag);
                return tag.is(VOID) || skipContent(tag);
            case AFTER_HEAD:
                if (tag != Tag.BODY_) return false;
                element(tag);
                push(tag, PageFacts.ownContext(false, dirAttribute(), PageFacts.ownContext(false, dir, PageFacts.NONE)));
                phase = Phase.IN_BODY;
                return true;
            case IN_BODY:
                return bodyElement(tag);
            default:
                return false;
        }
    }

    private boolean bodyElement(Tag tag) {
        if (!tag.is(BODY) || tag.is(CLOSES_P) && openP > 0) return false;
        switch (tag) {
            case LI:
                if (listItemOpen(Tag.LI, Tag.LI)) return false;
                break;
            case DD, DT:
                if (listItemOpen(Tag.DD, Tag.DT)) return false;
                break;
            case A:
                if (openA > 0) return false;
                break;
            case BUTTON:
                if (openButton > 0) return false;
                break;
            case FORM:
                if (openForm > 0) return false;
                break;
            default:
                if (tag.heading() && openHeading > 0) return false;
                break;
        }
        element(tag);
        if (tag.is(VOID)) return true;
        if (depth == MAX_DEPTH) return false;
        push(tag, PageFacts.ownContext(PageFacts.isolates(tag.name), dirAttribute(), context[depth - 1]));
        count(tag, 1);
        if (tag == Tag.SCRIPT || tag == Tag.STYLE) return skipContent(tag) && close(tag);
        return true;
    }

    private String dirAttribute() {
        return dirAttribute == null ? "" : dirAttribute;
    }

    /**
     * Whether a new {@code <li>} (or {@code <dd>}, {@code <dt>}) would close an open one: the HTML standard
     * looks down the open elements for one, stopping at a special element other than address, div or p.
     */
    private boolean listItemOpen(Tag a, Tag b) {
        for (int i = depth - 1; i >= 0; i--) {
            Tag e = open[i];
            if (e == a || e == b) return true;
            if (e.is(SPECIAL) && e != Tag.ADDRESS && e != Tag.DIV && e != Tag.P) return false;
        }
        return false;
    }

    private void count(Tag tag, int by) {
        switch (tag) {
            case P -> openP += by;
            case A -> openA += by;
            case BUTTON -> openButton += by;
            case FORM -> openForm += by;
            default -> {
                if (tag.heading()) openHeading += by;
            }
        }
    }

    private void push(Tag tag, int ownContext) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            context = Arrays.copyOf(context, depth * 2);
        }
        open[depth] = tag;
        context[depth] = ownContext;
        depth++;
    }

    /** Closes the element {@code tag}, which must be the one open last. */
    private boolean close(Tag tag) {
        if (depth == 0 || open[depth - 1] != tag) return false;
        depth--;
        count(tag, -1);
        return true;
    }

    /** Records the id and the reference of the element {@code tag} whose attributes were just read. */
    private void element(Tag tag) {
        if (id != null) ids.add(id);
        if (tag == Tag.A || tag == Tag.LINK) {
            if (href != null) references.add(new PageFacts.Reference(href, href));
        } else if ((tag == Tag.SCRIPT || tag == Tag.IMG) && src != null) {
            references.add(new PageFacts.Reference(href != null ? href : src, href == null ? "" : href));
        }
    }

    private boolean endTag() {
        Tag tag = tag(at + 2);
        if (tag == null || !endOfEndTag()) return false;
        switch (phase) {
            case IN_HEAD:
                if (tag != Tag.HEAD_) return false;
                phase = Phase.AFTER_HEAD;
                return true;
            case IN_BODY:
                if (tag.is(VOID) || !close(tag)) return false;
                if (tag == Tag.BODY_) phase = Phase.AFTER_BODY;
                return true;
            case AFTER_BODY:
                if (tag != Tag.HTML) return false;
                phase = Phase.AFTER_HTML;
                return true;
            default:
                return false;
        }
    }

    /** Reads the rest of an end tag after its name: spaces, then '>'. */
    private boolean endOfEndTag() {
        int n = s.length();
        while (at < n && space(s.charAt(at))) at++;
        if (at >= n || s.charAt(at) != '>') return false;
        at++;
        return true;
    }

    /**
     * The element whose name starts at {@code from}, leaving {@code at} after the name; null if it is not
     * one this scan reads, in lower case.
     */
    private Tag tag(int from) {
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (space(c) || c == '>' || c == '/') break;
            i++;
        }
        if (i >= n) return null;
        at = i;
        return Tag.of(s, from, i);
    }

    /**
     * Reads the attributes of a start tag up to its '>', leaving {@code at} after it and the values the facts
     * need in their fields. Names in lower case only; where a name comes twice, the first counts, as in jsoup.
     */
    private boolean attributes() {
        id = href = src = dirAttribute = langAttribute = null;
        selfClosing = false;
        int n = s.length();
        while (true) {
            while (at < n && space(s.charAt(at))) at++;
            if (at >= n) return false;
            char c = s.charAt(at);
            if (c == '>') {
                at++;
                return true;
            }
            if (c == '/') {
                if (at + 1 >= n || s.charAt(at + 1) != '>') return false;
                selfClosing = true;
                at += 2;
                return true;
            }
            int start = at;
            while (at < n && !space(c = s.charAt(at)) && c != '/' && c != '>' && c != '=') {
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':')) return false;
                at++;
            }
            if (at == start || at >= n) return false;
            int name = name(start, at);
            String value = "";
            int after = at;
            while (after < n && space(s.charAt(after))) after++;
            if (after < n && s.charAt(after) == '=') {
                at = after + 1;
                while (at < n && space(s.charAt(at))) at++;
                value = value(name != NOT_READ);
                if (value == null) return false;
            }
            switch (name) {
                case ID -> id = id == null ? value : id;
                case HREF -> href = href == null ? value : href;
                case SRC -> src = src == null ? value : src;
                case DIR -> dirAttribute = dirAttribute == null ? value : dirAttribute;
                case LANG -> langAttribute = langAttribute == null ? value : langAttribute;
                default -> { }
            }
        }
    }

    private static final int NOT_READ = 0, ID = 1, HREF = 2, SRC = 3, DIR = 4, LANG = 5;

    /** Which of the attributes the facts need is named from {@code from} to {@code to}. */
    private int name(int from, int to) {
        switch (to - from) {
            case 2:
                return s.startsWith("id", from) ? ID : NOT_READ;
            case 3:
                return s.startsWith("src", from) ? SRC : s.startsWith("dir", from) ? DIR : NOT_READ;
            case 4:
                return s.startsWith("href", from) ? HREF : s.startsWith("lang", from) ? LANG : NOT_READ;
            default:
                return NOT_READ;
        }
    }

    /**
     * The value of an attribute starting at {@code at}, decoded if {@code read} (an attribute the facts do not
     * need is only skipped, as its value does not change the tree); null if this scan does not read it.
     */
    private String value(boolean read) {
        int n = s.length();
        if (at >= n) return null;
        char q = s.charAt(at);
        int from;
        int to;
        if (q == '"' || q == '\'') {
            from = at + 1;
            to = s.indexOf(q, from);
            if (to < 0) return null;
            at = to + 1;
            if (at < n && !space(s.charAt(at)) && s.charAt(at) != '>' && s.charAt(at) != '/') return null;
        } else {
            from = at;
            char c;
            while (at < n && !space(c = s.charAt(at)) && c != '>') {
                if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return null;
                at++;
            }
            if (at == from) return null;
            to = at;
        }
        if (!read) return "";
        String raw = s.substring(from, to);
        if (raw.indexOf('\0') >= 0 || raw.indexOf('\r') >= 0) return null;
        return raw.indexOf('&') >= 0 ? References.decode(raw) : raw;
    }

    /**
     * Skips the text of a raw-text element ({@code <script>}, {@code <style>}) or a title, and its end tag.
     * A script whose text opens a comment is declined: its end is found by other rules.
     */
    private boolean skipContent(Tag tag) {
        int n = s.length();
        int i = at;
        String name = tag.name;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) return false;
            int after = lt + 2 + name.length();
            if (after < n && s.regionMatchesIgnoreCase(lt + 2, name)) {
                char c = s.charAt(after);
                if (space(c) || c == '/' || c == '>') {
                    if (tag == Tag.SCRIPT && s.substring(at, lt).contains("<!--")) return false;
                    at = after;
                    return endOfEndTag();
                }
            }
            i = lt + 2;
        }
    }

    /** The character references this scan decodes; any other is left to jsoup. */
    private static final class References {
        private static final String[][] KNOWN = {
            {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"},
            {"&apos;", "'"}, {"&nbsp;", "\u00A0"}, {"&#x2F;", "/"}, {"&#47;", "/"},
        };

        /**
         * {@code raw} with its references decoded; null if it has an ampersand this class does not
         * read (one followed by a letter, a digit or '#' that is not a known reference).
         */
        static String decode(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            int i = 0;
            int n = raw.length();
            while (i < n) {
                int amp = raw.indexOf('&', i);
                if (amp < 0) {
                    out.append(raw, i, n);
                    break;
                }
                out.append(raw, i, amp);
                String known = null;
                for (String[] k : KNOWN) {
                    if (raw.startsWith(k[0], amp)) {
                        known = k[0];
                        out.append(k[1]);
                        break;
                    }
                }
                if (known != null) {
                    i = amp + known.length();
                    continue;
                }
                if (amp + 1 < n) {
                    char c = raw.charAt(amp + 1);
                    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') return null;
                }
                out.append('&');
                i = amp + 1;
            }
            return out.toString();
        }
    }
}
