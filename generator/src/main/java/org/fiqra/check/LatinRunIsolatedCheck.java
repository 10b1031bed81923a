package org.fiqra.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Every run of one script stands isolated where the text around it runs the other way: Latin
 * letters in a right-to-left context (the Arabic pages, Arabic text on English pages) inside
 * {@code <bdi>} or {@code dir="ltr"}, and Arabic letters in a left-to-right context inside
 * {@code <bdi>} or {@code dir="rtl"}. The context is the nearest {@code dir} or {@code <bdi>}.
 */
public final class LatinRunIsolatedCheck implements HtmlCheck {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A]");

    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        List<String> out = new ArrayList<>();
        Element body = page.html().body();
        if (body == null) return out;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode t) || t.isBlank()) return;
                String context = context(t);
                if (context.equals("bdi")) return;
                String text = t.text();
                if (context.equals("rtl") && LATIN.matcher(text).find()) {
                    out.add("Latin text not isolated: '" + excerpt(text) + "'");
                } else if (context.equals("ltr") && ARABIC.matcher(text).find()) {
                    out.add("Arabic text not isolated: '" + excerpt(text) + "'");
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        return out;
    }

    /** "bdi" inside an isolate of its own, else the nearest declared direction ("rtl", "ltr", or "" if none). */
    private static String context(TextNode t) {
        for (Node n = t.parentNode(); n instanceof Element e; n = e.parentNode()) {
            String tag = e.normalName();
            if (tag.equals("bdi") || tag.equals("script") || tag.equals("style")) return "bdi";
            String dir = e.attr("dir");
            if (!dir.isEmpty()) return dir;
        }
        return "";
    }

    private static String excerpt(String text) {
        String s = text.strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
