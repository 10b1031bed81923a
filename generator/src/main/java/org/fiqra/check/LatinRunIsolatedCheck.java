package org.fiqra.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        Element body = page.html().body();
        Contexts walk = new Contexts(context(body.parent()));
        NodeTraversor.traverse(walk, body);
        return walk.problems;
    }

    /**
     * One walk over the body that keeps the context of each open element by its depth, so a text
     * node reads its parent's context instead of climbing its ancestors.
     */
    private static final class Contexts implements NodeVisitor {
        private final String outside;
        private final List<String> problems = new ArrayList<>();
        /** {@code byDepth[d]}: the context of the element being walked at depth {@code d}. */
        private String[] byDepth = new String[32];

        Contexts(String outside) {
            this.outside = outside;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (depth == byDepth.length) byDepth = Arrays.copyOf(byDepth, depth * 2);
                byDepth[depth] = ownContext(e, depth == 0 ? outside : byDepth[depth - 1]);
            } else if (node instanceof TextNode t) {
                check(t, byDepth[depth - 1]);
            }
        }

        /** Scans the raw text: {@code text()} only collapses its whitespace, so the letters are the same. */
        private void check(TextNode t, String context) {
            String text = t.getWholeText();
            if (context.equals("rtl") && hasLatin(text)) {
                problems.add("Latin text not isolated: '" + excerpt(t.text()) + "'");
            } else if (context.equals("ltr") && hasArabic(text)) {
                problems.add("Arabic text not isolated: '" + excerpt(t.text()) + "'");
            }
        }
    }

    /** "bdi" inside an isolate of its own, else the nearest declared direction ("rtl", "ltr", or "" if none). */
    private static String context(Element e) {
        String context = "";
        for (Element n = e; n != null && context.isEmpty(); n = n.parent()) {
            context = ownContext(n, "");
        }
        return context;
    }

    /** The context {@code e} sets for its content: "bdi", its own {@code dir}, or {@code inherited}. */
    private static String ownContext(Element e, String inherited) {
        String tag = e.normalName();
        if (tag.equals("bdi") || tag.equals("script") || tag.equals("style")) return "bdi";
        String dir = e.attr("dir");
        return dir.isEmpty() ? inherited : dir;
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') return true;
        }
        return false;
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') return true;
        }
        return false;
    }

    private static String excerpt(String text) {
        String s = text.strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
