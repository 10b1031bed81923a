package org.fiqra.render;

import java.util.List;
import java.util.Set;
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
 *   <li>footnote markers become placeholders (linked again at the end, only to footnotes that exist);</li>
 *   <li>every Latin-script run is marked for isolation ({@code <bdi dir="ltr">}), so that
 *       {@code (A/66/454 (Part II))} keeps its order inside Arabic;</li>
 *   <li>everything Markdown would read as a link, code or raw HTML is escaped, except the few inline
 *       tags real texts carry ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>});</li>
 *   <li>commonmark-java renders the inline Markdown (bold, italics), block syntax disabled;</li>
 *   <li>jsoup's {@link Safelist} keeps only the inline tags Fiqra allows: no attribute, script or
 *       link from a source can reach a page.</li>
 * </ol>
 * Thread-safe: the commonmark parser and renderer are immutable.
 */
public final class InlineRenderer {
    private static final char MARKER = '\uE002';
    private static final char ISOLATE_OPEN = '\uE000';
    private static final char ISOLATE_CLOSE = '\uE001';
    static final char LINK_OPEN = '\uE003';
    static final char LINK_CLOSE = '\uE004';
    private static final Set<String> SOURCE_TAGS = Set.of("i", "b", "sup", "sub", "em", "strong");

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist SAFE = Safelist.none()
            .addTags("em", "strong", "i", "b", "sup", "sub", "bdi")
            .addAttributes("bdi", "dir");
    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false)
            .charset(java.nio.charset.StandardCharsets.UTF_8);

    private final boolean isolateLatin;

    /** @param isolateLatin true on Arabic pages: Latin-script runs are wrapped in {@code <bdi dir="ltr">} */
    public InlineRenderer(boolean isolateLatin) {
        this.isolateLatin = isolateLatin;
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
        List<FootnoteMarkers.Hit> hits = FootnoteMarkers.find(raw);
        List<InlineLink> placed = new java.util.ArrayList<>();
        for (InlineLink link : links) {
            boolean crossesMarker = hits.stream().anyMatch(x -> x.start() < link.end() && x.end() > link.start());
            boolean overlaps = !placed.isEmpty() && placed.get(placed.size() - 1).end() > link.start();
            if (!crossesMarker && !overlaps && link.start() < link.end()) placed.add(link);
        }
        StringBuilder s = new StringBuilder(raw.length() + 16);
        int h = 0;
        int opened = 0;
        int closed = 0;
        int i = 0;
        while (true) {
            if (closed < opened && placed.get(closed).end() == i) {
                s.append(LINK_CLOSE);
                closed++;
            }
            if (opened < placed.size() && placed.get(opened).start() == i) {
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
        Node node = PARSER.parse(escapeMarkdown(text));
        String html = RENDERER.render(node).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        html = html.replace(String.valueOf(ISOLATE_OPEN), "<bdi dir=\"ltr\">")
                .replace(String.valueOf(ISOLATE_CLOSE), "</bdi>");
        html = Jsoup.clean(html, "", SAFE, OUTPUT);
        return links(linkMarkers(html, markers, hits), placed);
    }

    /** Markers with a {@link MarkerRef} link to their footnote; others (a table's note mark) stay plain superscripts. */
    private static String linkMarkers(String html, List<MarkerRef> markers, List<FootnoteMarkers.Hit> hits) {
        if (hits.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length() + hits.size() * 60);
        int k = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != MARKER) {
                out.append(c);
                continue;
            }
            MarkerRef ref = k < markers.size() ? markers.get(k) : null;
            String n = Digits.toArabicIndic(hits.get(Math.min(k, hits.size() - 1)).number());
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
