package org.fiqra.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** No two elements of a page share an id: every anchor is unambiguous. */
public final class UniqueIdsCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Element e : page.html().select("[id]")) {
            if (!seen.add(e.id())) out.add("id '" + e.id() + "' is used twice");
        }
        return out;
    }
}
