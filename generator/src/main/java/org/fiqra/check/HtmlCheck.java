package org.fiqra.check;

import java.util.List;

/** One check over one written page. Reusable by the build, the tests and a {@code check} goal. */
public interface HtmlCheck {

    /** The problems found on {@code page}; empty when it passes. */
    List<String> check(WrittenPage page, WrittenSite site);
}
