package org.fiqra.check;

import org.jsoup.nodes.Document;

/**
 * A page of the written site, parsed back with jsoup. {@code path} is relative to the site root, with '/'.
 * Facts several checks need (its ids) are collected once per page.
 */
public final class WrittenPage {
    private final String path;
    private final Document html;
    private PageIds ids;

    public WrittenPage(String path, Document html) {
        this.path = path;
        this.html = html;
    }

    public String path() {
        return path;
    }

    public Document html() {
        return html;
    }

    /** The ids of the page, collected at the first call. */
    PageIds ids() {
        if (ids == null) ids = PageIds.of(html);
        return ids;
    }
}
