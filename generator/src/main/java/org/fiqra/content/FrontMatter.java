package org.fiqra.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The keys of a source file's front matter (the contract's list). */
public record FrontMatter(String symbol, String body, LocalDate date, String title, String language,
                          String translation, String source) {

    public static final Set<String> KEYS =
            Set.of("symbol", "body", "date", "title", "language", "translation", "source");

    static FrontMatter from(Map<String, Object> map) {
        Object date = map.get("date");
        LocalDate d = null;
        if (date instanceof java.util.Date javaDate) {
            d = javaDate.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        } else if (date != null) {
            d = LocalDate.parse(date.toString().trim());
        }
        return new FrontMatter(str(map, "symbol"), str(map, "body"), d, str(map, "title"),
                str(map, "language"), str(map, "translation"), str(map, "source"));
    }

    private static String str(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString().trim();
    }
}
