package org.fiqra.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Document;
import org.fiqra.model.DocumentKind;
import org.fiqra.model.Text;
import org.fiqra.text.Digits;

/**
 * Finds the references of one document's texts, in the forms Arabic texts write them:
 * <ul>
 *   <li>resolutions by number: {@code القرار ١/٦٥}, {@code قرارها ٢٩٣/٦٤}, {@code قراري الجمعية العامة 3/66 و 1/76},
 *       {@code قرار المجلس الاقتصادي والاجتماعي ١٢/٢٠١٠}, {@code القرار 217 ألف (د-3)};</li>
 *   <li>document symbols in Latin script ({@code A/66/454 (Part II)}, {@code GB.312/POL/2});</li>
 *   <li>ILO instruments by number ({@code التوصية رقم ٢٠٢}, {@code … (رقم ١٠٢)} after a convention's name);</li>
 *   <li>a paragraph of the same document ({@code انظر مشروع القرار في الفقرة ٣٢});</li>
 *   <li>instruments by name, from {@code instruments.yml}.</li>
 * </ul>
 * Whether {@code a/b} is number/session or session/number is decided from what can exist (see
 * {@link #resolvePair}); a reference that fits neither is reported and left as text.
 */
final class ReferenceExtractor {
    private static final String D = "[0-9٠-٩]";
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{M}])[وفب]?(?:ال|لل|ل)?قرار(?:اتها|اته|ات|يها|يه|ي|ها|ه)?(?![\\p{L}\\p{M}])");
    /** What may stand between the keyword and the number: a body's name, "رقم:", no punctuation. */
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "\\s*((?:[^0-9٠-٩،؛.:()\\n\"^]|\\^\\(" + D + "{1,3}\\)|\\^" + D + "{1,3}){0,90}?)(?:\\s*رقم\\s*:?\\s*)?(" + D + "{1,4})\\s*/\\s*(" + D + "{1,4})(?![0-9٠-٩/])(-[\\p{L}]{1,3})?");
    private static final Pattern OLD_GA = Pattern.compile(
            "\\s+(?:الجمعية العامة\\s+)?(" + D + "{1,4})\\s*(?:ألف|باء|جيم|دال|هاء)?\\s*\\(د\\s*-\\s*(" + D + "{1,2}|[IVXL]+)\\)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?:\\s*(?:المؤر\\p{M}?خ\\S*|الصادر\\S*\\s+في)\\s+[^،؛\\n]{0,40}?" + D + "{4})?\\s*،?\\s*و\\s*(" + D + "{1,4})\\s*/\\s*("
                    + D + "{1,4})(?![0-9٠-٩/])(-[\\p{L}]{1,3})?");
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9./])[A-Z][A-Za-z]*(?:\\.[A-Za-z0-9]+)*(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*)+(?:\\s?\\((?:Part|Rev|Add|Vol|Corr)[^()]{0,12}\\))?");
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "(?<![\\p{L}\\p{M}])[وبل]?(?:ال|لل)?توصية\\s+(?:رقم\\s+)?(" + D + "{1,3})(?![0-9٠-٩/])");
    private static final Pattern CONVENTION_NUMBER = Pattern.compile("\\(رقم\\s+(" + D + "{1,3})\\)");
    private static final Pattern OWN_PARAGRAPH = Pattern.compile(
            "(?<![\\p{L}\\p{M}])[وب]?(?:ال|لل)?فقرة\\s+(" + D + "{1,3})(?![0-9٠-٩/])(\\s+من\\s+(?:منطوق\\s+)?هذا\\s+القرار)?");

    enum Body { GA, HRC, ECOSOC, OIC_CFM, UNKNOWN }

    enum Order { NUMBER_SESSION, SESSION_NUMBER }

    private final Document doc;
    private final Set<String> corpus;
    private final Instruments instruments;
    private final Diagnostics diagnostics;
    private final Set<String> ownClauses;
    private Order preferred = Order.NUMBER_SESSION;
    /** The orders of the references only one reading of which can exist, as they are met. */
    private final List<Order> observed = new ArrayList<>();
    private String preferredBecause = "the usual order of Arabic texts";

    ReferenceExtractor(Document doc, Set<String> corpus, Instruments instruments, Diagnostics diagnostics) {
        this.doc = doc;
        this.corpus = corpus;
        this.instruments = instruments;
        this.diagnostics = diagnostics;
        this.ownClauses = doc.clauses().stream().map(c -> c.id().value()).collect(java.util.stream.Collectors.toSet());
        decidePreferredOrder();
    }

    /** The references of one text, in order, never overlapping. */
    List<Reference> extract(Text text) {
        String raw = text.raw();
        List<Reference> found = new ArrayList<>();
        resolutions(text, raw, found);
        symbols(raw, found);
        ilo(raw, found);
        ownParagraphs(raw, found);
        for (Instruments.Match m : instruments.find(raw)) {
            found.add(new Reference(Reference.Kind.NAME, m.start(), m.end(), raw.substring(m.start(), m.end()), m.instrument().key(), null));
        }
        found.sort(Comparator.comparingInt(Reference::start).thenComparing(Comparator.comparingInt(Reference::end).reversed()));
        List<Reference> out = new ArrayList<>();
        int end = -1;
        for (Reference r : found) {
            if (r.start() >= end && !isSelf(r)) {
                out.add(r);
                end = r.end();
            }
        }
        return out;
    }

    /** The document's own symbol is not a citation, except a paragraph of it. */
    private boolean isSelf(Reference r) {
        return r.key().equals(doc.symbol()) && r.clause() == null;
    }

    // ---------------------------------------------------------------- resolutions by number

    private void resolutions(Text text, String raw, List<Reference> out) {
        // Here, in symbols, ilo and ownParagraphs, a pattern runs only on a text that holds the literal it
        // needs, which most paragraphs lack: the regex engine would try it at every position (at 1,000
        // documents the link stage took 1.7-1.9 s with those tries, 1.1 s without).
        if (!raw.contains("قرار")) return;
        Matcher k = KEYWORD.matcher(raw);
        while (k.find()) {
            Matcher old = OLD_GA.matcher(raw).region(k.end(), raw.length());
            if (old.lookingAt()) {
                // 217 A (III): the symbol of the resolution is A/RES/217(III), its parts share it
                String number = Digits.toAscii(old.group(1));
                String session = roman(old.group(2));
                out.add(new Reference(Reference.Kind.RESOLUTION, old.start(1), old.end(), raw.substring(old.start(1), old.end()),
                        "A/RES/" + number + "(" + session + ")", null));
                continue;
            }
            Matcher m = AFTER_KEYWORD.matcher(raw).region(k.end(), raw.length());
            if (!m.lookingAt()) continue;
            Body body = body(k.group(), m.group(1), raw.substring(Math.max(0, k.start() - 150), k.start()));
            int end = add(text, raw, body, m.start(2), m.end(), m.group(2), m.group(3), out);
            Matcher c = CONTINUATION.matcher(raw);
            while (c.region(end, raw.length()).lookingAt()) {
                end = add(text, raw, body, c.start(1), c.end(), c.group(1), c.group(2), out);
            }
        }
    }

    private int add(Text text, String raw, Body body, int start, int end, String a, String b, List<Reference> out) {
        String written = raw.substring(start, end);
        String key = resolvePair(text, start, written, body, Digits.parse(a), Digits.parse(b));
        if (key != null) out.add(new Reference(Reference.Kind.RESOLUTION, start, end, written, key, null));
        return end;
    }

    /** The body a keyword refers to: named after it, or (for "its resolution") the last one named before it. */
    private Body body(String keyword, String phrase, String before) {
        String between = org.fiqra.parse.FootnoteMarkers.strip(phrase);
        Body named = named(between);
        if (named != null) return named;
        if (!between.isBlank() && !between.strip().matches("(رقم|المؤرخ\\S*)?")) return Body.UNKNOWN;
        if (keyword.endsWith("ها") || keyword.endsWith("ه") || keyword.endsWith("يها") || keyword.endsWith("اتها")) {
            Body last = lastNamed(before);
            if (last != null) return last;
        }
        if (keyword.endsWith("قرار") || keyword.endsWith("قرارات") || keyword.endsWith("قراري")) {
            Body last = doc.body() != null && doc.body().startsWith("oic") ? lastNamed(before) : null;
            if (last != null) return last;
        }
        return own();
    }

    private static Body named(String s) {
        if (s.contains("الجمعية العامة")) return Body.GA;
        if (s.contains("مجلس حقوق الإنسان")) return Body.HRC;
        if (s.contains("المجلس الاقتصادي والاجتماعي")) return Body.ECOSOC;
        if (s.contains("مجلس وزراء الخارجية")) return Body.OIC_CFM;
        return null;
    }

    private static Body lastNamed(String before) {
        Body best = null;
        int at = -1;
        for (var e : java.util.Map.of("الجمعية العامة", Body.GA, "مجلس حقوق الإنسان", Body.HRC,
                "المجلس الاقتصادي والاجتماعي", Body.ECOSOC, "مجلس وزراء الخارجية", Body.OIC_CFM).entrySet()) {
            int i = before.lastIndexOf(e.getKey());
            if (i > at) {
                at = i;
                best = e.getValue();
            }
        }
        return best;
    }

    private Body own() {
        String b = org.fiqra.link.Linker.bodyCode(doc);
        return switch (b) {
            case "ga" -> Body.GA;
            case "hrc" -> Body.HRC;
            case "ecosoc" -> Body.ECOSOC;
            default -> b.startsWith("oic") ? Body.OIC_CFM : Body.UNKNOWN;
        };
    }

    /**
     * {@code a/b} as number/session or session/number: first what can exist at all (General
     * Assembly N/S numbering from session 31, at most 400 resolutions a session …); then, if only
     * one reading names a document of the corpus, that one; then what can exist by the document's
     * date; where both still can, the order this document writes (its title line, its unambiguous
     * references), said in the build report. Null (and a warning) when nothing fits.
     */
    String resolvePair(Text text, int at, String written, Body body, int a, int b) {
        List<String> candidates = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        String ns = candidate(body, a, b, false);
        String sn = candidate(body, b, a, false);
        if (body == Body.UNKNOWN) {
            diagnostics.warn(Code.REFERENCE_UNRESOLVED, text.positionAt(at),
                    "«" + written + "»: a resolution of a body Fiqra has no symbols for; left as text");
            return null;
        }
        if (ns != null) candidates.add(ns);
        if (sn != null && !sn.equals(ns)) candidates.add(sn);
        // the OIC writes its own resolutions session/number: that says nothing of how it writes the UN's
        if (candidates.size() == 1 && body != Body.OIC_CFM) {
            observed.add(candidates.get(0).equals(ns) ? Order.NUMBER_SESSION : Order.SESSION_NUMBER);
        }
        if (candidate(body, a, b, true) != null) dated.add(ns);
        if (sn != null && !sn.equals(ns) && candidate(body, b, a, true) != null) dated.add(sn);
        if (dated.size() == 1) {
            if (candidates.size() == 2 && body != Body.OIC_CFM) observed.add(dated.get(0).equals(ns) ? Order.NUMBER_SESSION : Order.SESSION_NUMBER);
            return dated.get(0);
        }
        if (dated.isEmpty()) {
            List<String> inCorpus = candidates.stream().filter(corpus::contains).toList();
            if (inCorpus.size() == 1) {
                diagnostics.info(Code.REFERENCE_ORDER_ASSUMED, text.positionAt(at), "«" + written + "» read as " + inCorpus.get(0)
                        + ", a document of the corpus, although it is later than this document's date " + doc.date());
                return inCorpus.get(0);
            }
            diagnostics.warn(Code.REFERENCE_UNRESOLVED, text.positionAt(at), "«" + written + "» fits no " + name(body)
                    + " resolution" + (doc.date() == null ? "" : " adopted by " + doc.date()) + " in either order; left as text");
            return null;
        }
        String chosen = preferred == Order.NUMBER_SESSION ? ns : sn;
        String other = chosen.equals(ns) ? sn : ns;
        diagnostics.info(Code.REFERENCE_ORDER_ASSUMED, text.positionAt(at), "«" + written + "» read as " + chosen + " ("
                + (preferred == Order.NUMBER_SESSION ? "number/session" : "session/number") + ", " + preferredBecause
                + "); " + other + " would also exist");
        return chosen;
    }

    /** The symbol of resolution {@code number} of {@code session}, or null if it cannot exist. */
    private String candidate(Body body, int number, int session, boolean byDate) {
        LocalDate d = doc.date();
        switch (body) {
            case GA -> {
                if (session < 31 || session > 200 || number < 1 || number > 400) return null;
                if (byDate && d != null && session > d.getYear() - 1945 - (d.getMonthValue() < 9 ? 1 : 0)) return null;
                return "A/RES/" + session + "/" + number;
            }
            case HRC -> {
                if (session < 1 || session > 150 || number < 1 || number > 150) return null;
                if (byDate && d != null && session > hrcSessions(d)) return null;
                return "A/HRC/RES/" + session + "/" + number;
            }
            case ECOSOC -> {
                if (session < 1946 || session > 2200 || number < 1 || number > 200) return null;
                if (byDate && d != null && session > d.getYear()) return null;
                return "E/RES/" + session + "/" + number;
            }
            case OIC_CFM -> {
                if (session < 1 || session > 100 || number < 1 || number > 30) return null;
                if (byDate && d != null && session > d.getYear() - 1969) return null;
                return "OIC-CFM " + number + "/" + session;
            }
            default -> {
                return null;
            }
        }
    }

    /** The Human Rights Council's sessions held by a date: three a year from June 2006. */
    private static int hrcSessions(LocalDate d) {
        int m = d.getMonthValue();
        return (d.getYear() - 2006) * 3 + (m >= 9 ? 3 : m >= 6 ? 2 : m >= 3 ? 1 : 0);
    }

    private static String name(Body body) {
        return switch (body) {
            case GA -> "General Assembly";
            case HRC -> "Human Rights Council";
            case ECOSOC -> "Economic and Social Council";
            case OIC_CFM -> "OIC Council of Foreign Ministers";
            default -> "known";
        };
    }

    /** The order of the title line ({@code ١٢٢/٦٦} of A/RES/66/122 is number/session). */
    private void decidePreferredOrder() {
        if (doc.titleLine() == null) return;
        String[] parts = Digits.toAscii(doc.titleLine()).split("\\s*/\\s*");
        String[] symbol = doc.symbol().split("/");
        if (parts.length != 2 || symbol.length < 2) return;
        String last = symbol[symbol.length - 1];
        String beforeLast = symbol[symbol.length - 2];
        if (parts[0].equals(last) && parts[1].equals(beforeLast)) {
            preferred = Order.NUMBER_SESSION;
            preferredBecause = "the order of this document's title line " + doc.titleLine();
        } else if (parts[0].equals(beforeLast) && parts[1].equals(last)) {
            preferred = Order.SESSION_NUMBER;
            preferredBecause = "the order of this document's title line " + doc.titleLine();
        }
    }

    /** Whether the document has no title line to tell its order (the linker then pre-reads its references). */
    boolean needsObservedOrder() {
        return doc.titleLine() == null;
    }

    List<Order> observed() {
        return List.copyOf(observed);
    }

    /** Without a title line: the order most of the document's unambiguous references show. */
    void preferOrderOf(List<Order> unambiguous) {
        if (doc.titleLine() != null || unambiguous.isEmpty()) return;
        long ns = unambiguous.stream().filter(o -> o == Order.NUMBER_SESSION).count();
        preferred = ns * 2 >= unambiguous.size() ? Order.NUMBER_SESSION : Order.SESSION_NUMBER;
        preferredBecause = "the order of this document's unambiguous references";
    }

    private static String roman(String s) {
        String ascii = Digits.toAscii(s);
        return ascii.matches("\\d+") ? org.fiqra.text.Roman.of(Integer.parseInt(ascii)).toUpperCase(java.util.Locale.ROOT) : s;
    }


    // ---------------------------------------------------------------- symbols, ILO, own paragraphs

    private static void symbols(String raw, List<Reference> out) {
        if (raw.indexOf('/') < 0) return;
        Matcher m = SYMBOL.matcher(raw);
        while (m.find()) {
            String s = m.group();
            int start = m.start();
            // "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46" is two symbols
            for (String part : s.split("-(?=[A-Z][A-Za-z.0-9]*/)")) {
                String trimmed = part.replaceAll("[.\\-]+$", "");
                int at = raw.indexOf(trimmed, start);
                out.add(new Reference(Reference.Kind.SYMBOL, at, at + trimmed.length(), trimmed, trimmed.replaceAll("\\s+", " "), null));
                start = at + part.length() + 1;
            }
        }
    }

    private static void ilo(String raw, List<Reference> out) {
        if (raw.contains("توصية")) {
            Matcher r = RECOMMENDATION.matcher(raw);
            while (r.find()) {
                out.add(new Reference(Reference.Kind.ILO, r.start(), r.end(), r.group(), "ilo-r" + Digits.parse(r.group(1)), null));
            }
        }
        // "(رقم ١٠٢)" after an instrument's name: a convention or a recommendation, whichever was named last
        if (!raw.contains("(رقم")) return;
        Matcher c = CONVENTION_NUMBER.matcher(raw);
        while (c.find()) {
            String before = raw.substring(Math.max(0, c.start() - 200), c.start());
            int convention = before.lastIndexOf("اتفاقي");
            int recommendation = before.lastIndexOf("توصية");
            if (convention < 0 && recommendation < 0) continue;
            String kind = convention > recommendation ? "ilo-c" : "ilo-r";
            out.add(new Reference(Reference.Kind.ILO, c.start(), c.end(), c.group(), kind + Digits.parse(c.group(1)), null));
        }
    }

    private void ownParagraphs(String raw, List<Reference> out) {
        if (!raw.contains("فقرة")) return;
        Matcher m = OWN_PARAGRAPH.matcher(raw);
        while (m.find()) {
            int n = Digits.parse(m.group(1));
            String id;
            if (doc.kind() == DocumentKind.REPORT) {
                if (raw.startsWith(" من", m.end()) || raw.startsWith("، من", m.end())) continue;
                id = "para-" + n;
            } else if (m.group(2) != null) {
                id = "op-" + n;
            } else {
                continue;
            }
            if (ownClauses.contains(id)) {
                out.add(new Reference(Reference.Kind.PARAGRAPH, m.start(), m.end(), m.group(), doc.symbol(), id));
            }
        }
    }


}
