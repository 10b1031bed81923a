package org.fiqra.check;

import java.util.List;

/** No two elements of a page share an id: every anchor is unambiguous. */
public final class UniqueIdsCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        return page.facts().repeatedIds().stream().map(id -> "id '" + id + "' is used twice").toList();
    }
}
