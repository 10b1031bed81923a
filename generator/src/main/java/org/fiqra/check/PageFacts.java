package org.fiqra.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * What the standard checks read from a page, gathered once: the language and direction of its {@code <html>},
 * its ids and references in document order, and the text runs of its body that stand in a context of the
 * other script. Two readers give the same facts: {@link #of(Document)} from the tree jsoup builds, for any
 * page; {@link PageScan#read} from the page's text, without building a tree, for the pages whose tree is
 * plainly their nesting of tags.
 */
final class PageFacts {
    /** The selector {@code html}, parsed once rather than for every page. */
    private static final Evaluator HTML = QueryParser.parse("html");

    /** A reference of an element: {@code ref} is the address checked, {@code href} the element's href ("" if none). */
    record Reference(String ref, String href) {
    }

    /** A text node of the body in a context of the other script: Latin letters where the text runs right to left, or Arabic where it runs left to right. */
    record Stray(boolean latin, String text) {
    }

    private final String lang;
    private final String dir;
    private final List<String> ids;
    private final List<Reference> references;
    private final List<Stray> strays;
    private final Set<String> distinct = new HashSet<>();
    private final List<String> repeated = new ArrayList<>();

    PageFacts(String lang, String dir, List<String> ids, List<Reference> references, List<Stray> strays) {
        this.lang = lang;
        this.dir = dir;
        this.ids = ids;
        this.references = references;
        this.strays = strays;
        for (String id : ids) {
            if (!distinct.add(id)) repeated.add(id);
        }
    }

    /** The facts of a page parsed by jsoup. */
    static PageFacts of(Document page) {
        List<String> ids = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) return;
            if (e.hasAttr("id")) ids.add(e.id());
            String ref = reference(e);
            if (ref != null) references.add(new Reference(ref, e.attr("href")));
        }, page);
        Element html = page.selectFirst(HTML);
        Element body = page.body();
        Contexts walk = new Contexts(context(body.parent()));
        NodeTraversor.traverse(walk, body);
        return new PageFacts(html == null ? "" : html.attr("lang"), html == null ? "" : html.attr("dir"), ids,
                references, walk.strays);
    }

    /** The {@code lang} of the page's {@code <html>}; "" if it has none. */
    String lang() {
        return lang;
    }

    /** The {@code dir} of the page's {@code <html>}; "" if it has none. */
    String dir() {
        return dir;
    }

    /** Whether an element of the page has the id {@code id}. */
    boolean hasId(String id) {
        return distinct.contains(id);
    }

    /** The distinct ids, as a compact set to keep. */
    Set<String> distinctIds() {
        return Set.copyOf(distinct);
    }

    /** The distinct ids, read-only, for as long as these facts are kept. */
    Set<String> distinctIdsView() {
        return java.util.Collections.unmodifiableSet(distinct);
    }

    /** Each id met again after its first element, once per repetition, in document order. */
    List<String> repeatedIds() {
        return repeated;
    }

    List<Reference> references() {
        return references;
    }

    List<Stray> strays() {
        return strays;
    }

    /**
     * The reference of an {@code a[href]}, {@code link[href]}, {@code script[src]} or {@code img[src]}
     * (its {@code href} if it has one, else its {@code src}); null for any other element.
     */
    private static String reference(Element e) {
        switch (e.normalName()) {
            case "a", "link":
                return e.hasAttr("href") ? e.attr("href") : null;
            case "script", "img":
                if (!e.hasAttr("src")) return null;
                return e.hasAttr("href") ? e.attr("href") : e.attr("src");
            default:
                return null;
        }
    }

    /** Contexts of text: no direction declared, right to left, left to right, an isolate, or another {@code dir} value. */
    static final int NONE = 0, RTL = 1, LTR = 2, ISOLATE = 3, OTHER = 4;

    /** The nearest context {@code e} or an ancestor declares, or {@link #NONE}. */
    private static int context(Element e) {
        int context = NONE;
        for (Element n = e; n != null && context == NONE; n = n.parent()) {
            context = ownContext(isolates(n.normalName()), n.attr("dir"), NONE);
        }
        return context;
    }

    /** Whether an element named {@code tag} isolates its content: a {@code <bdi>}, or a script or style, whose text is not read. */
    static boolean isolates(String tag) {
        return tag.equals("bdi") || tag.equals("script") || tag.equals("style");
    }

    /**
     * The context an element sets for its content: {@link #ISOLATE} if it {@code isolates}, else the direction
     * of its {@code dir} attribute ("" if it has none), else {@code inherited}.
     */
    static int ownContext(boolean isolates, String dir, int inherited) {
        if (isolates) return ISOLATE;
        if (dir.isEmpty()) return inherited;
        return dir.equals("rtl") ? RTL : dir.equals("ltr") ? LTR : OTHER;
    }

    /** The stray that {@code text} is in {@code context}, or null if it reads right there. */
    static Stray stray(String text, int context) {
        if (context == RTL && hasLatin(text)) return new Stray(true, text);
        if (context == LTR && hasArabic(text)) return new Stray(false, text);
        return null;
    }

    private static boolean hasLatin(String text) {
        return hasLatin(text, 0, text.length());
    }

    private static boolean hasArabic(String text) {
        return hasArabic(text, 0, text.length());
    }

    /** Whether {@code text} has a Latin letter from {@code from} to {@code to}. */
    static boolean hasLatin(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') return true;
        }
        return false;
    }

    /** Whether {@code text} has an Arabic letter from {@code from} to {@code to}. */
    static boolean hasArabic(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') return true;
        }
        return false;
    }

    /**
     * One walk over the body that keeps the context of each open element by its depth, so a text
     * node reads its parent's context instead of climbing its ancestors.
     */
    private static final class Contexts implements NodeVisitor {
        private final int outside;
        private final List<Stray> strays = new ArrayList<>();
        /** {@code byDepth[d]}: the context of the element being walked at depth {@code d}. */
        private int[] byDepth = new int[32];

        Contexts(int outside) {
            this.outside = outside;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (depth == byDepth.length) byDepth = Arrays.copyOf(byDepth, depth * 2);
                byDepth[depth] = ownContext(isolates(e.normalName()), e.attr("dir"), depth == 0 ? outside : byDepth[depth - 1]);
            } else if (node instanceof TextNode t) {
                Stray stray = stray(t.getWholeText(), byDepth[depth - 1]);
                if (stray != null) strays.add(stray);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageFacts f && lang.equals(f.lang) && dir.equals(f.dir) && ids.equals(f.ids)
                && references.equals(f.references) && strays.equals(f.strays);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }

    @Override
    public String toString() {
        return "PageFacts[lang=" + lang + ", dir=" + dir + ", ids=" + ids + ", references=" + references + ", strays="
                + strays + "]";
    }
}
