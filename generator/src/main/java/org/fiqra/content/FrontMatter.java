package org.fiqra.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The keys of a source file's front matter (the contract's list).
 *
 * @param parse the editor's hints to the parser, where no rule can decide how a text is structured
 */
public record FrontMatter(String symbol, String body, LocalDate date, String title, String language,
                          String translation, String source, ParseHints parse) {

    public static final Set<String> KEYS =
            Set.of("symbol", "body", "date", "title", "language", "translation", "source", "parse");

    /** The front matter of a text with no hints to the parser. */
    public FrontMatter(String symbol, String body, LocalDate date, String title, String language, String translation,
                       String source) {
        this(symbol, body, date, title, language, translation, source, ParseHints.NONE);
    }

    /**
     * Where the parts of a text start, as line numbers of the source file, for a text whose
     * structure no rule can read ({@code parse: {operative_from: 31}}): the official wording stays as
     * it is, and the hint says how to read it. Null where the parser decides.
     */
    public record ParseHints(Integer preambleFrom, Integer operativeFrom, Integer closingFrom) {
        public static final ParseHints NONE = new ParseHints(null, null, null);
        public static final Set<String> KEYS = Set.of("preamble_from", "operative_from", "closing_from");

        static ParseHints from(Object value) {
            if (value == null) return NONE;
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("'parse' must be a map such as 'parse: {operative_from: 31}'");
            }
            for (Object key : map.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException("unknown key 'parse." + key + "' (known: preamble_from, operative_from,"
                            + " closing_from: the line of the file where that part starts)");
                }
            }
            return new ParseHints(line(map, "preamble_from"), line(map, "operative_from"), line(map, "closing_from"));
        }

        private static Integer line(Map<?, ?> map, String key) {
            Object v = map.get(key);
            if (v == null) return null;
            if (v instanceof Integer i && i > 0) return i;
            throw new IllegalArgumentException("'parse." + key + "' must be a line number of the file, not '" + v + "'");
        }
    }

    static FrontMatter from(Map<String, Object> map) {
        Object date = map.get("date");
        LocalDate d = null;
        if (date instanceof java.util.Date javaDate) {
            d = javaDate.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        } else if (date != null) {
            d = LocalDate.parse(date.toString().trim());
        }
        return new FrontMatter(str(map, "symbol"), str(map, "body"), d, str(map, "title"),
                str(map, "language"), str(map, "translation"), str(map, "source"), ParseHints.from(map.get("parse")));
    }

    private static String str(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString().trim();
    }
}
