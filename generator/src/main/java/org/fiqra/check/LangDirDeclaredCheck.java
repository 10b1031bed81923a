package org.fiqra.check;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Every page declares its language and direction; Arabic pages are right-to-left. */
public final class LangDirDeclaredCheck implements HtmlCheck {
    /** The selector {@code html}, parsed once rather than for every page. */
    private static final Evaluator HTML = QueryParser.parse("html");

    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        List<String> out = new ArrayList<>();
        Element html = page.html().selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang");
        String dir = html == null ? "" : html.attr("dir");
        if (lang.isEmpty()) out.add("<html> has no lang");
        if (dir.isEmpty()) out.add("<html> has no dir");
        if (lang.equals("ar") && !dir.equals("rtl")) out.add("Arabic page with dir='" + dir + "'");
        return out;
    }
}
