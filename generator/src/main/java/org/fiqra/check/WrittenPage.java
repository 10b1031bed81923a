package org.fiqra.check;

import org.fiqra.text.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A page of the written site, from its text. {@code path} is relative to the site root, with '/'.
 * The facts the standard checks read ({@link #facts}) are gathered once, by a {@link PageScan} of the text
 * where it can, else from the page parsed by jsoup ({@link #html}), which is parsed at the first call.
 */
public final class WrittenPage {
    private final String path;
    private final PageText text;
    private final String baseUri;
    private Document html;
    private PageFacts facts;

    /** The page at {@code path} with the text {@code text}; {@code baseUri} is the base of its parsed links. */
    WrittenPage(String path, PageText text, String baseUri) {
        this.path = path;
        this.text = text.length() > 0 && text.charAt(0) == '\uFEFF' ? PageText.of(text.substring(1, text.length())) : text;
        this.baseUri = baseUri;
    }

    public String path() {
        return path;
    }

    /** The page parsed as {@code Jsoup.parse(file, "UTF-8")} would parse its file (a byte order mark is skipped). */
    public Document html() {
        if (html == null) html = Jsoup.parse(text.toString(), baseUri);
        return html;
    }

    /** What the standard checks read from the page, gathered at the first call. */
    PageFacts facts() {
        if (facts == null) {
            facts = PageScan.read(text);
            if (facts == null) facts = PageFacts.of(html());
        }
        return facts;
    }
}
