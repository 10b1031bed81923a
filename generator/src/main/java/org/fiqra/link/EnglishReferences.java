package org.fiqra.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.Section;
import org.fiqra.model.Text;

/**
 * The references of the English texts, read through their Arabic originals. An English text is linked where
 * it writes, in the forms English texts use, what its Arabic counterpart cites: the clause of the same id, the
 * footnote of the same number, the heading of the same section. So "resolution 65/1" in an English footnote
 * leads where "القرار ١/٦٥" in the Arabic one does, and what the Arabic reading decided (which body, which
 * order of the numbers, in the corpus or not) holds for both texts. Forms recognised, for what the Arabic cites:
 * <ul>
 *   <li>a resolution by its number: {@code 65/1}, {@code 2010/12}, {@code S-24/2}, {@code 217 A (III)},
 *       an OIC resolution's {@code 4/46-C}; or by its full symbol, {@code A/RES/65/1};</li>
 *   <li>a document symbol as written ({@code A/66/454 (Part II)});</li>
 *   <li>an ILO instrument: {@code Recommendation No. 202}, {@code Convention, 1952 (No. 102)};</li>
 *   <li>a paragraph of the same document: {@code paragraph 32};</li>
 *   <li>an instrument of {@code instruments.yml} by its English name.</li>
 * </ul>
 * A number the Arabic text does not cite is left as text, as is any reference the Arabic reading left
 * unresolved. The citator counts the Arabic citations only: the English text is a translation, not a second
 * citing document.
 */
public final class EnglishReferences {
    private static final Pattern RESOLUTION_KEY = Pattern.compile("^(?:A|E|S|A/HRC)/RES/(.+)$");
    private static final Pattern OLD_GA_NUMBER = Pattern.compile("^(\\d+)\\(([IVXL]+)\\)$");
    private static final Pattern OIC_KEY = Pattern.compile("^OIC-CFM (\\d+)/(\\d+)$");
    private static final Pattern ILO_KEY = Pattern.compile("^ilo-([rc])(\\d+)$");
    private static final Pattern OWN_CLAUSE = Pattern.compile("^(?:op|para)-(\\d+)$");
    /** Not inside a longer number or symbol: {@code 65/1} is not read in {@code A/65/10} nor in {@code 165/1}. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}/.\\-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}/]|\\.\\p{N})";
    private static final Pattern RESOLUTION_WORD = Pattern.compile("(?<![\\p{L}])[Rr]esolutions?(?![\\p{L}])");
    /** The first number right after the word, then each one joined by a comma or "and". */
    private static final Pattern NUMBERS = Pattern.compile("(?:\\s+|\\s*,\\s*|\\s*,?\\s+and\\s+)(\\d{1,4})/(\\d{1,4})" + AFTER);
    /** The bodies English names before "resolution": ours, and others, whose resolutions are not linked this way. */
    private static final Pattern BODY_NAME = Pattern.compile("General Assembly|Assembly|Economic and Social Council"
            + "|Human Rights Council|Council|Commission|Committee|Conference|Board|Governing Body|Summit|Organization|Union");

    private EnglishReferences() {
    }

    /** {@code linked} with the references of the English texts of {@code english} (by Arabic slug) added. */
    public static LinkedCorpus add(LinkedCorpus linked, List<Document> documents, Map<String, Document> english) {
        Map<Text, List<Reference>> found = new IdentityHashMap<>();
        for (Document arabic : documents) {
            Document en = english.get(arabic.slug());
            if (en != null) add(linked, arabic, en, found);
        }
        return linked.withEnglish(found.isEmpty() ? Map.of() : found);
    }

    private static void add(LinkedCorpus linked, Document arabic, Document en, Map<Text, List<Reference>> found) {
        for (Clause c : arabic.clauses()) {
            en.clause(c.id().value()).ifPresent(e -> pair(linked, arabic, c.texts(), e.texts(), found));
        }
        Map<String, Text> headings = new HashMap<>();
        for (BodyBlock b : arabic.blocks()) {
            if (b instanceof Section s) headings.put(s.id().value(), s.heading());
        }
        for (BodyBlock b : en.blocks()) {
            if (b instanceof Section s && headings.containsKey(s.id().value())) {
                pair(linked, arabic, List.of(headings.get(s.id().value())), List.of(s.heading()), found);
            }
        }
        Map<Integer, Text> notes = new HashMap<>();
        for (Footnote f : arabic.footnotes()) notes.put(f.number(), f.text());
        for (Footnote f : en.footnotes()) {
            Text ar = notes.get(f.number());
            if (ar != null) pair(linked, arabic, List.of(ar), List.of(f.text()), found);
        }
    }

    /** The references of each English text of a clause (or footnote, or heading) to what its Arabic texts cite. */
    private static void pair(LinkedCorpus linked, Document arabic, List<Text> arabicTexts, List<Text> englishTexts,
                             Map<Text, List<Reference>> found) {
        // each thing cited once (key and clause), with the forms it may take in English
        Map<String, Reference> cited = new LinkedHashMap<>();
        for (Text t : arabicTexts) {
            for (Reference r : linked.referencesOf(t)) cited.putIfAbsent(r.key() + "#" + r.clause(), r);
        }
        for (Text t : englishTexts) {
            List<Reference> refs = find(t.raw(), cited.values(), arabic, linked.instruments());
            if (!refs.isEmpty()) found.put(t, refs);
        }
    }

    /** Where {@code raw} writes one of {@code cited}, in order, never overlapping (the longest first where two start together). */
    static List<Reference> find(String raw, java.util.Collection<Reference> cited, Document arabic, Instruments instruments) {
        List<Reference> all = new ArrayList<>();
        for (Reference r : cited) {
            for (Pattern p : forms(r, arabic, instruments)) {
                Matcher m = p.matcher(raw);
                while (m.find()) {
                    if (m.end() > m.start()) all.add(new Reference(r.kind(), m.start(), m.end(), m.group(), r.key(), r.clause()));
                }
            }
        }
        List<Reference> out = nonOverlapping(all, List.of());
        // then the resolutions the English text names outright, where it cites what the Arabic reading did not
        return nonOverlapping(resolutions(raw, arabic), out);
    }

    /** {@code kept}, and those of {@code more} that overlap neither it nor each other (the longest first where two start together), in order. */
    private static List<Reference> nonOverlapping(List<Reference> more, List<Reference> kept) {
        List<Reference> out = new ArrayList<>(kept);
        List<Reference> sorted = new ArrayList<>(more);
        sorted.sort(Comparator.comparingInt(Reference::start).thenComparing(Comparator.comparingInt(Reference::end).reversed()));
        for (Reference r : sorted) {
            if (out.stream().noneMatch(o -> o.start() < r.end() && r.start() < o.end())) out.add(r);
        }
        out.sort(Comparator.comparingInt(Reference::start));
        return out;
    }

    /**
     * The resolutions an English text names with their body: "General Assembly resolution 70/1", "Economic and
     * Social Council resolutions 2008/18 and 2010/12", "the Assembly, in its resolution 68/192". English writes
     * session/number (year/number for the Council) in that order only. The body is the last one named within
     * the sentence before the word "resolution", else the document's own; a resolution of another body (a
     * commission, a conference, the Security Council) is left as text.
     */
    static List<Reference> resolutions(String raw, Document arabic) {
        List<Reference> out = new ArrayList<>();
        Matcher k = RESOLUTION_WORD.matcher(raw);
        while (k.find()) {
            String body = bodyBefore(raw, k.start(), arabic);
            Matcher n = NUMBERS.matcher(raw);
            int at = k.end();
            while (n.region(at, raw.length()).lookingAt()) {
                String key = resolutionKey(body, Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)));
                // the document's own symbol is not a citation of it, as in the Arabic reading
                if (key != null && !key.equals(arabic.symbol())) {
                    out.add(new Reference(Reference.Kind.RESOLUTION, n.start(1), n.end(2), raw.substring(n.start(1), n.end(2)),
                            key, null));
                }
                at = n.end();
            }
        }
        return out;
    }

    private static String bodyBefore(String raw, int at, Document arabic) {
        int from = Math.max(Math.max(raw.lastIndexOf(". ", at), raw.lastIndexOf("; ", at)), at - 120);
        Matcher m = BODY_NAME.matcher(raw).region(Math.max(0, from), at);
        String last = null;
        while (m.find()) last = m.group();
        String own = Linker.bodyCode(arabic);
        if (last == null) return own;
        return switch (last) {
            case "General Assembly", "Assembly" -> "ga";
            case "Economic and Social Council" -> "ecosoc";
            case "Human Rights Council" -> "hrc";
            // "the Council" is the document's own in a resolution of a council, else it is not known which
            case "Council" -> own.equals("ecosoc") || own.equals("hrc") ? own : "";
            // the Security Council, a commission, a committee, a conference…: not a series linked by number here
            default -> "";
        };
    }

    /** The symbol of resolution {@code session/number} of a body, if such a resolution can exist. */
    private static String resolutionKey(String body, int session, int number) {
        if (number < 1) return null;
        return switch (body) {
            case "ga" -> session >= 1 && session <= 120 && number <= 400 ? "A/RES/" + session + "/" + number : null;
            case "ecosoc" -> session >= 1946 && session <= 2200 && number <= 200 ? "E/RES/" + session + "/" + number : null;
            case "hrc" -> session >= 1 && session <= 150 && number <= 150 ? "A/HRC/RES/" + session + "/" + number : null;
            default -> null;
        };
    }

    /** The ways an English text writes what {@code r} cites. */
    private static List<Pattern> forms(Reference r, Document arabic, Instruments instruments) {
        List<Pattern> out = new ArrayList<>();
        String key = r.key();
        if (r.kind() == Reference.Kind.PARAGRAPH) {
            Matcher own = r.clause() == null ? null : OWN_CLAUSE.matcher(r.clause());
            if (own != null && own.matches() && key.equals(arabic.symbol())) {
                out.add(Pattern.compile("(?<![\\p{L}])[Pp]aragraph\\s+" + own.group(1) + "(?![\\p{N}])"));
            }
            return out;
        }
        if (key.contains("/")) out.add(Pattern.compile(BEFORE + literal(key) + AFTER));
        Matcher res = RESOLUTION_KEY.matcher(key);
        if (res.matches()) {
            Matcher old = OLD_GA_NUMBER.matcher(res.group(1));
            if (old.matches()) {
                // 217 A (III): the parts of a resolution of the first sessions share its symbol
                out.add(Pattern.compile(BEFORE + old.group(1) + "\\s?[A-Z]?\\s?\\(" + old.group(2) + "\\)"));
            } else {
                out.add(Pattern.compile(BEFORE + Pattern.quote(res.group(1)) + AFTER));
            }
        }
        Matcher oic = OIC_KEY.matcher(key);
        if (oic.matches()) {
            out.add(Pattern.compile(BEFORE + oic.group(1) + "/" + oic.group(2) + "(?:-[A-Z]{1,3})?" + AFTER));
        }
        Matcher ilo = ILO_KEY.matcher(key);
        if (ilo.matches()) {
            String name = ilo.group(1).equals("r") ? "Recommendation" : "Convention";
            out.add(Pattern.compile("(?<![\\p{L}])" + name + "(?:,\\s*\\d{4})?\\s*\\(?No\\.\\s*" + ilo.group(2) + "\\)?(?![\\p{N}])"));
        }
        instruments.byKey(key).map(Instrument::en).filter(en -> en != null && !en.isBlank()).ifPresent(en ->
                out.add(Pattern.compile("(?<![\\p{L}])" + literal(en) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return out;
    }

    /** {@code s} as a pattern that allows any run of white space where it has one (and none before a parenthesis). */
    private static String literal(String s) {
        StringBuilder out = new StringBuilder();
        for (String part : s.split("\\s+", -1)) {
            if (out.length() > 0) out.append(part.startsWith("(") ? "\\s*" : "\\s+");
            if (!part.isEmpty()) out.append(Pattern.quote(part));
        }
        return out.toString();
    }
}
