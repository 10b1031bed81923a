package org.fiqra.check;

import java.util.ArrayList;
import java.util.List;

/** Every page declares its language and direction; Arabic pages are right-to-left. */
public final class LangDirDeclaredCheck implements HtmlCheck {
    @Override
    public List<String> check(WrittenPage page, WrittenSite site) {
        List<String> out = new ArrayList<>();
        String lang = page.facts().lang();
        String dir = page.facts().dir();
        if (lang.isEmpty()) out.add("<html> has no lang");
        if (dir.isEmpty()) out.add("<html> has no dir");
        if (lang.equals("ar") && !dir.equals("rtl")) out.add("Arabic page with dir='" + dir + "'");
        return out;
    }
}
