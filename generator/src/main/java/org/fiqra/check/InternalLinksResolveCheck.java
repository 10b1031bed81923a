package org.fiqra.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Every relative link, script, stylesheet and font reference leads to a written file, and its fragment to an id there. */
public final class InternalLinksResolveCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        List<String> out = new ArrayList<>();
        for (Element e : page.html().select("a[href], link[href], script[src], img[src]")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (ref.isEmpty() || ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")
                    || ref.startsWith("data:")) {
                continue;
            }
            if (ref.startsWith("/")) {
                out.add("link '" + ref + "' is absolute; internal links must be relative");
                continue;
            }
            String fragment = null;
            int hash = ref.indexOf('#');
            if (hash >= 0) {
                fragment = ref.substring(hash + 1);
                ref = ref.substring(0, hash);
            }
            String target = ref.isEmpty() ? page.path() : resolve(page.path(), ref);
            if (target == null || !site.exists(target)) {
                out.add("link '" + e.attr(e.hasAttr("href") ? "href" : "src") + "' leads to no file");
                continue;
            }
            if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
                boolean found = target.equals(page.path()) ? page.html().getElementById(fragment) != null
                        : site.hasId(target, fragment);
                if (!found) {
                    out.add("link '" + e.attr("href") + "' names no element with id '" + fragment + "'");
                }
            }
        }
        return out;
    }

    /** {@code ref} relative to the page at {@code from}, as a path from the site root; null if it leaves the site. */
    public static String resolve(String from, String ref) {
        URI base = URI.create("site:/" + from);
        URI target = base.resolve(URI.create(ref.replace(" ", "%20")));
        String path = target.getPath();
        if (path == null || !path.startsWith("/") || path.startsWith("/..")) return null;
        return path.substring(1);
    }
}
