package org.fiqra.check;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Every relative link, script, stylesheet and font reference leads to a written file, and its fragment to an id there. */
public final class InternalLinksResolveCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        Links links = new Links(page, site);
        NodeTraversor.traverse(links, page.html());
        return links.problems;
    }

    /** {@code ref} relative to the page at {@code from}, as a path from the site root; null if it leaves the site. */
    public static String resolve(String from, String ref) {
        return SitePaths.resolve(from, ref);
    }

    /** One walk over a page, checking each reference where it stands, in document order. */
    private static final class Links implements NodeVisitor {
        private final WrittenPage page;
        private final WrittenSite site;
        private final List<String> problems = new ArrayList<>();

        Links(WrittenPage page, WrittenSite site) {
            this.page = page;
            this.site = site;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String ref = reference(e);
            if (ref == null || isExternal(ref)) return;
            String problem = problem(ref, e);
            if (problem != null) problems.add(problem);
        }

        /** What is wrong with the internal reference {@code ref} of {@code e}, or null if it resolves. */
        private String problem(String ref, Element e) {
            if (ref.startsWith("/")) return "link '" + ref + "' is absolute; internal links must be relative";
            int hash = ref.indexOf('#');
            String path = hash >= 0 ? ref.substring(0, hash) : ref;
            String target;
            try {
                target = path.isEmpty() ? page.path() : resolve(page.path(), path);
            } catch (IllegalArgumentException notAnAddress) {
                return "link '" + ref + "' is not a valid address";
            }
            if (target == null || !site.exists(target)) return "link '" + ref + "' leads to no file";
            String fragment = hash >= 0 ? ref.substring(hash + 1) : "";
            if (fragment.isEmpty() || !target.endsWith(".html") || hasId(target, fragment)) return null;
            return "link '" + e.attr("href") + "' names no element with id '" + fragment + "'";
        }

        private boolean hasId(String target, String id) {
            return target.equals(page.path()) ? page.ids().contains(id) : site.hasId(target, id);
        }
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

    private static boolean isExternal(String ref) {
        return ref.isEmpty() || ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")
                || ref.startsWith("data:");
    }
}
