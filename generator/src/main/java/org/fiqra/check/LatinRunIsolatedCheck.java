package org.fiqra.check;

import java.util.List;
import org.jsoup.nodes.TextNode;

/**
 * Every run of one script stands isolated where the text around it runs the other way: Latin
 * letters in a right-to-left context (the Arabic pages, Arabic text on English pages) inside
 * {@code <bdi>} or {@code dir="ltr"}, and Arabic letters in a left-to-right context inside
 * {@code <bdi>} or {@code dir="rtl"}. The context is the nearest {@code dir} or {@code <bdi>}
 * ({@link PageFacts#ownContext}).
 */
public final class LatinRunIsolatedCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        return page.facts().strays().stream()
                .map(s -> (s.latin() ? "Latin" : "Arabic") + " text not isolated: '" + excerpt(s.text()) + "'")
                .toList();
    }

    /** The text as jsoup's {@code TextNode.text()} gives it (whitespace collapsed), stripped and cut to 60 characters. */
    private static String excerpt(String text) {
        String s = new TextNode(text).text().strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
