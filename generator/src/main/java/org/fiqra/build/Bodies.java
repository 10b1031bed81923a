package org.fiqra.build;

import java.util.Map;
import org.fiqra.model.Document;

/**
 * The names of the bodies that adopt texts, from {@code content/bodies.yml} ({@code ga: {ar: …, en: …}}).
 * A document without {@code body} in its front matter gets the body its symbol implies.
 */
record Bodies(Map<String, Map<String, String>> names) {

    String name(Document doc, String lang) {
        String code = code(doc);
        Map<String, String> n = names.get(code);
        return n == null ? code : n.getOrDefault(lang, code);
    }

    static String code(Document doc) {
        return org.fiqra.link.Linker.bodyCode(doc);
    }
}
