package org.fiqra.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every relative link, script, stylesheet and font reference leads to a written file, and its fragment to an id there.
 * The references are those of {@code a[href]}, {@code link[href]}, {@code script[src]} and {@code img[src]}, in document order.
 */
public final class InternalLinksResolveCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        List<String> problems = new ArrayList<>();
        Map<String, String> resolved = site.resolvedFrom(page.path());
        for (PageFacts.Reference r : page.facts().references()) {
            if (isExternal(r.ref())) continue;
            if (resolved != null) {
                // resolved before from this folder, to another page: it resolves again, and the site knows it
                String target = resolved.get(r.ref());
                if (target != null && !target.equals(page.path())) continue;
            }
            String problem = problem(r, page, site, resolved);
            if (problem != null) problems.add(problem);
        }
        return problems;
    }

    /** {@code ref} relative to the page at {@code from}, as a path from the site root; null if it leaves the site. */
    public static String resolve(String from, String ref) {
        return SitePaths.resolve(from, ref);
    }

    /**
     * What is wrong with the internal reference {@code r} of {@code page}, or null if it resolves; one with a
     * path of its own that resolves to another page is added to {@code resolved} (when not null).
     */
    private static String problem(PageFacts.Reference r, WrittenPage page, WrittenSite site, Map<String, String> resolved) {
        String ref = r.ref();
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
        boolean self = target.equals(page.path());
        boolean found = fragment.isEmpty() || !target.endsWith(".html")
                || (self ? page.facts().hasId(fragment) : site.hasId(target, fragment));
        if (!found) return "link '" + r.href() + "' names no element with id '" + fragment + "'";
        if (resolved != null && !self && !path.isEmpty()) resolved.put(ref, target);
        return null;
    }

    private static boolean isExternal(String ref) {
        return ref.isEmpty() || ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")
                || ref.startsWith("data:");
    }
}
