package org.fiqra.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.fiqra.model.MarkerRef;
import org.fiqra.parse.FootnoteMarkers;
import org.fiqra.text.Digits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * One run of source text to safe inline HTML:
 * <ol>
 *   <li>footnote markers and the ranges to link become placeholders;</li>
 *   <li>every Latin-script run is marked for isolation ({@code <bdi dir="ltr">}), so that
 *       {@code (A/66/454 (Part II))} keeps its order inside Arabic;</li>
 *   <li>everything Markdown would read as a link, code or raw HTML is escaped, except the few inline
 *       tags real texts carry ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>});</li>
 *   <li>commonmark-java renders the inline Markdown (bold, italics), block syntax disabled;</li>
 *   <li>jsoup's {@link Safelist} keeps only the inline tags Fiqra allows: no attribute, script or
 *       link from a source can reach a page;</li>
 *   <li>the placeholders become the links of this call: markers to the footnotes that exist,
 *       ranges to their addresses.</li>
 * </ol>
 * Steps 3 to 5 are the costly ones, and for most texts they change nothing: a text with none of the
 * characters that Markdown reads as syntax or that the HTML renderer or jsoup write otherwise (see
 * {@code fastPathApplies}) comes out of them as it went in, isolation marks turned into
 * {@code <bdi>} tags. Such a text skips them (the fast path); {@code InlineRendererFastPathTest}
 * checks on every line of the seeds, the content and a synthetic corpus, and on every character,
 * that both ways give the same bytes.
 * <p>
 * The same text is rendered for many pages (document, clause, parallel text, citator, related
 * clauses), with other link addresses or markers each time. Steps 1 to 5 depend only on the text
 * and the ranges of its links, so their result is kept in a bounded memo ({@code Memo}), and only
 * step 6 is done on every call.
 * <p>
 * Thread-safe: the commonmark parser and renderer are immutable, and the memo is concurrent.
 */
public final class InlineRenderer {
    private static final char MARKER = '\uE002';
    private static final char ISOLATE_OPEN = '\uE000';
    private static final char ISOLATE_CLOSE = '\uE001';
    static final char LINK_OPEN = '\uE003';
    static final char LINK_CLOSE = '\uE004';
    private static final String BDI_OPEN = "<bdi dir=\"ltr\">";
    private static final String BDI_CLOSE = "</bdi>";
    private static final Set<String> SOURCE_TAGS = Set.of("i", "b", "sup", "sub", "em", "strong");

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFE = Safelist.none()
            .addTags("em", "strong", "i", "b", "sup", "sub", "bdi")
            .addAttributes("bdi", "dir");
    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false)
            .charset(java.nio.charset.StandardCharsets.UTF_8);

    /** Texts longer than this are rendered every time, not memoised. */
    private static final int MEMO_MAX_TEXT = 20_000;
    /** Characters (of source text and HTML) one generation of the memo holds before it is retired. */
    static final long MEMO_GENERATION_CHARS = 4_000_000;

    private final boolean isolateLatin;
    private final boolean shortcuts;
    private final Memo memo = new Memo();

    /** Texts rendered by the fast path, by commonmark and jsoup, and taken from the memo (for tests and profiling). */
    final LongAdder fastRenders = new LongAdder();
    final LongAdder slowRenders = new LongAdder();
    final LongAdder memoHits = new LongAdder();

    /** Characters the memo holds now. */
    long memoChars() {
        return memo.chars();
    }

    /** @param isolateLatin true on Arabic pages: Latin-script runs are wrapped in {@code <bdi dir="ltr">} */
    public InlineRenderer(boolean isolateLatin) {
        this(isolateLatin, true);
    }

    /**
     * @param shortcuts false: every text goes through commonmark and jsoup, with no fast path and no
     *                  memo (the reference the tests compare the fast path with)
     */
    InlineRenderer(boolean isolateLatin, boolean shortcuts) {
        this.isolateLatin = isolateLatin;
        this.shortcuts = shortcuts;
    }

    /** Plain source text (no footnote markers to link). */
    public String render(String raw) {
        return render(raw, List.of());
    }

    /** Source text whose footnote markers are linked to {@code #fn-N} as {@code markers} says. */
    public String render(String raw, List<MarkerRef> markers) {
        return render(raw, markers, List.of());
    }

    /**
     * Source text with its footnote markers linked as {@code markers} says and the ranges of
     * {@code links} made links (they must not overlap each other or a marker).
     */
    public String render(String raw, List<MarkerRef> markers, List<InlineLink> links) {
        Inline inline;
        if (!shortcuts) {
            inline = inline(raw, links, false);
        } else if (raw.length() > MEMO_MAX_TEXT) {
            inline = inline(raw, links, true);
        } else {
            Key key = new Key(raw, links);
            inline = memo.get(key);
            if (inline == null) {
                inline = inline(raw, links, true);
                memo.put(key, inline, raw.length() + inline.html().length());
            } else {
                memoHits.increment();
            }
        }
        List<InlineLink> placed = inline.placed().length == 0 ? List.of() : new ArrayList<>(inline.placed().length);
        for (int k : inline.placed()) placed.add(links.get(k));
        return links(linkMarkers(raw, inline.html(), markers, inline.hits()), placed);
    }

    /**
     * The result of steps 1 to 5: the HTML of a raw text with a {@link #MARKER} for each footnote
     * marker and {@link #LINK_OPEN}, {@link #LINK_CLOSE} around the links that could be placed.
     *
     * @param html   the HTML, placeholders in
     * @param hits   the footnote markers of the raw text
     * @param placed which of the links the placeholders stand for (indices, in order)
     */
    private record Inline(String html, List<FootnoteMarkers.Hit> hits, int[] placed) {
    }

    /** Steps 1 to 5, by the fast path if {@code fastPathAllowed} and the text allows it. */
    private Inline inline(String raw, List<InlineLink> links, boolean fastPathAllowed) {
        List<FootnoteMarkers.Hit> hits = FootnoteMarkers.find(raw);
        int[] chosen = new int[links.size()];
        int count = 0;
        for (int k = 0; k < links.size(); k++) {
            InlineLink link = links.get(k);
            boolean crossesMarker = hits.stream().anyMatch(x -> x.start() < link.end() && x.end() > link.start());
            boolean overlaps = count > 0 && links.get(chosen[count - 1]).end() > link.start();
            if (!crossesMarker && !overlaps && link.start() < link.end()) chosen[count++] = k;
        }
        int[] placed = Arrays.copyOf(chosen, count);
        StringBuilder s = new StringBuilder(raw.length() + 16);
        int h = 0;
        int opened = 0;
        int closed = 0;
        int i = 0;
        while (true) {
            if (closed < opened && links.get(placed[closed]).end() == i) {
                s.append(LINK_CLOSE);
                closed++;
            }
            if (opened < placed.length && links.get(placed[opened]).start() == i) {
                s.append(LINK_OPEN);
                opened++;
            }
            if (i >= raw.length()) break;
            if (h < hits.size() && hits.get(h).start() == i) {
                s.append(MARKER);
                i = hits.get(h++).end();
            } else {
                s.append(raw.charAt(i++));
            }
        }
        String text = isolateLatin ? LatinRuns.isolate(s.toString(), ISOLATE_OPEN, ISOLATE_CLOSE, MARKER) : s.toString();
        String html;
        if (fastPathAllowed && fastPathApplies(text)) {
            fastRenders.increment();
            html = plain(text);
        } else {
            slowRenders.increment();
            html = markdown(text);
        }
        return new Inline(html, hits, placed);
    }

    /** Steps 3 to 5 by the book: escaped, rendered by commonmark, cleaned by jsoup. */
    private static String markdown(String text) {
        Node node = PARSER.parse(escapeMarkdown(text));
        String html = RENDERER.render(node).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        html = html.replace(String.valueOf(ISOLATE_OPEN), BDI_OPEN)
                .replace(String.valueOf(ISOLATE_CLOSE), BDI_CLOSE);
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }

    /** Steps 3 to 5 for a text {@link #fastPathApplies} accepts: the text itself, isolation marks as tags. */
    private static String plain(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ISOLATE_OPEN && c != ISOLATE_CLOSE) continue;
            if (out == null) out = new StringBuilder(text.length() + 64);
            out.append(text, copied, i).append(c == ISOLATE_OPEN ? BDI_OPEN : BDI_CLOSE);
            copied = i + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether steps 3 to 5 give {@code text} (as it reaches {@link #escapeMarkdown}, placeholders in)
     * back unchanged but for the isolation marks. That holds for one line with no space at either
     * end, its isolation marks well formed, and none of these characters:
     * <ul>
     *   <li>what Markdown still reads as syntax once {@code escapeMarkdown} has escaped the rest:
     *       {@code *}, {@code <} (a source tag, or escaped), line breaks;</li>
     *   <li>what the HTML renderer or jsoup write as a reference: {@code &}, {@code <}, {@code >},
     *       the no-break space, control characters;</li>
     *   <li>what might be trimmed or replaced along the way: every space but U+0020, tabs,
     *       surrogates, noncharacters.</li>
     * </ul>
     * {@code "} is safe: the renderer writes {@code &quot;} and jsoup writes it back as it was.
     * {@code \ [ ] ` _ !} are safe: {@code escapeMarkdown} escapes them, so commonmark shows them as
     * they are. Anything not known to be safe takes the slow path.
     */
    static boolean fastPathApplies(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') return false;
        boolean isolated = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') continue;
            if (c == ISOLATE_OPEN || c == ISOLATE_CLOSE) {
                // Tags jsoup keeps as they are: open and close by turns, never empty (as LatinRuns sets them;
                // a source's own U+E000 or U+E001 may break the pattern, and then jsoup mends the tags).
                if (c == ISOLATE_OPEN ? isolated : !isolated || text.charAt(i - 1) == ISOLATE_OPEN) return false;
                isolated = !isolated;
                continue;
            }
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F || c == '*' || c == '<' || c == '>' || c == '&') return false;
                continue;
            }
            if (c <= 0x9F || c == '\u00A0' || Character.isSurrogate(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c >= '\uFDD0' && c <= '\uFDEF' || c >= '\uFFFE') return false;
        }
        return !isolated;
    }

    /** A memo key: the raw text and the ranges of its links (what steps 1 to 5 depend on). */
    private static final class Key {
        private final String raw;
        private final int[] ranges;
        private final int hash;

        Key(String raw, List<InlineLink> links) {
            this.raw = raw;
            this.ranges = new int[2 * links.size()];
            for (int k = 0; k < links.size(); k++) {
                ranges[2 * k] = links.get(k).start();
                ranges[2 * k + 1] = links.get(k).end();
            }
            this.hash = 31 * raw.hashCode() + Arrays.hashCode(ranges);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && raw.equals(k.raw) && Arrays.equals(ranges, k.ranges);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * A bounded memo in two generations: new entries go to the current one; when it holds
     * {@link #MEMO_GENERATION_CHARS} characters it becomes the previous one (the one before is
     * dropped), and an entry found only in the previous one moves back to the current one. What
     * the pages of one document share stays; the memo never holds much more than two generations.
     */
    private static final class Memo {
        private record Generation(ConcurrentHashMap<Key, Inline> map, AtomicLong chars) {
            Generation() {
                this(new ConcurrentHashMap<>(), new AtomicLong());
            }
        }

        private volatile Generation current = new Generation();
        private volatile Generation previous = new Generation();

        Inline get(Key key) {
            Generation now = current;
            Inline found = now.map().get(key);
            if (found == null) {
                found = previous.map().get(key);
                if (found != null) put(key, found, key.raw.length() + found.html().length());
            }
            return found;
        }

        void put(Key key, Inline value, long chars) {
            Generation now = current;
            if (now.map().putIfAbsent(key, value) == null && now.chars().addAndGet(chars) > MEMO_GENERATION_CHARS) {
                retire(now);
            }
        }

        long chars() {
            return current.chars().get() + previous.chars().get();
        }

        private synchronized void retire(Generation full) {
            if (current != full) return;
            previous = full;
            current = new Generation();
        }
    }

    /**
     * Markers with a {@link MarkerRef} link to their footnote; others (a table's note mark) stay plain superscripts.
     * Their digits are those of the text's script ({@code raw}): Arabic-Indic in an Arabic text, ASCII in an
     * English one.
     */
    private static String linkMarkers(String raw, String html, List<MarkerRef> markers, List<FootnoteMarkers.Hit> hits) {
        if (hits.isEmpty()) return html;
        boolean arabic = arabicScript(raw);
        StringBuilder out = new StringBuilder(html.length() + hits.size() * 60);
        int k = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != MARKER) {
                out.append(c);
                continue;
            }
            MarkerRef ref = k < markers.size() ? markers.get(k) : null;
            int number = hits.get(Math.min(k, hits.size() - 1)).number();
            String n = arabic ? Digits.toArabicIndic(number) : Integer.toString(number);
            k++;
            if (ref == null) {
                out.append("<sup>").append(n).append("</sup>");
            } else if (ref.resolved()) {
                out.append("<sup class=\"fnref\" id=\"").append(ref.id()).append("\"><a href=\"#fn-")
                        .append(ref.number()).append("\" role=\"doc-noteref\">").append(n).append("</a></sup>");
            } else {
                out.append("<sup class=\"fnref missing\">").append(n).append("</sup>");
            }
        }
        return out.toString();
    }

    /** Whether the text has a character of the Arabic block (a letter, a mark, an Arabic-Indic digit). */
    private static boolean arabicScript(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }

    /** The link placeholders, in order, as {@code <a class="ref">} (or {@code <span class="ref">} where there is no address). */
    private static String links(String html, List<InlineLink> placed) {
        if (placed.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length() + placed.size() * 80);
        int k = 0;
        java.util.Deque<InlineLink> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == LINK_OPEN) {
                InlineLink link = placed.get(k++);
                open.push(link);
                String title = link.title() == null ? "" : " title=\"" + ViewBuilder.escape(link.title()) + "\"";
                if (link.href() == null) {
                    out.append("<span class=\"ref\"").append(title).append('>');
                } else {
                    out.append("<a class=\"ref\" href=\"").append(ViewBuilder.escape(link.href())).append('"').append(title).append('>');
                }
            } else if (c == LINK_CLOSE) {
                InlineLink link = open.isEmpty() ? null : open.pop();
                out.append(link == null || link.href() == null ? "</span>" : "</a>");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes what Markdown would turn into links, code, entities or HTML, keeping {@code *} emphasis and the source tags. */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '[', ']', '`', '_', '&', '!' -> out.append('\\').append(c);
                case '<' -> {
                    int close = text.indexOf('>', i);
                    String tag = close > i ? text.substring(i + 1, close).replace("/", "").toLowerCase(java.util.Locale.ROOT) : "";
                    if (SOURCE_TAGS.contains(tag)) {
                        out.append(text, i, close + 1);
                        i = close;
                    } else {
                        out.append("\\<");
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
