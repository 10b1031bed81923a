package org.fiqra.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** On right-to-left pages, every run of Latin letters in the text stands inside an isolate ({@code <bdi>}, {@code dir="ltr"}). */
public final class LatinRunIsolatedCheck implements HtmlCheck {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        List<String> out = new ArrayList<>();
        Element html = page.html().selectFirst("html");
        if (html == null || !"rtl".equals(html.attr("dir"))) return out;
        Element body = page.html().body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && LATIN.matcher(t.text()).find() && !isolated(t)) {
                    String s = t.text().strip();
                    out.add("Latin text not isolated: '" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "'");
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        return out;
    }

    private static boolean isolated(TextNode t) {
        for (Node n = t.parentNode(); n instanceof Element e; n = e.parentNode()) {
            String tag = e.normalName();
            if (tag.equals("bdi") || e.attr("dir").equals("ltr") || tag.equals("script") || tag.equals("style")
                    || e.attr("lang").startsWith("en")) {
                return true;
            }
            if (e.attr("dir").equals("rtl")) return false;
        }
        return false;
    }
}
