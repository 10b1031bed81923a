package org.fiqra.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fiqra.diag.FiqraException;
import org.fiqra.text.ArabicTokens;

/**
 * The search index of one language's tree, written as script files that {@code assets/fiqra-search.js}
 * loads with {@code <script src>} (which works from {@code file://} and under the site's CSP, where
 * {@code fetch} of a local file does not). A query loads only what it needs:
 * <ul>
 * <li>{@code meta.js}: sizes, the bodies, years and topics of the filters, and the clause ranges of each
 *     (body, year) group: clauses are numbered document by document, grouped by body then year, so a body
 *     or year filter is a few ranges;</li>
 * <li>{@code t/<n>.js}: the postings of the tokens whose hash falls in shard n: for each token, its
 *     document frequency and the clauses that hold it with a BM25 weight; a token held by more than
 *     {@value #CAP} clauses keeps its {@value #CAP} best (and says so, so that the script checks the
 *     others against the text); {@code #t:<topic>} is the (uncapped) list of a topic's clauses;</li>
 * <li>{@code c/<n>.js}: the clauses {@code n*}{@value #BUCKET}{@code …} themselves (link, citation, id,
 *     plain text, Latin runs, direction, cited symbols), loaded for the results shown only, for snippets and
 *     phrase checks;</li>
 * <li>{@code docs.js}: every document with its symbol and clause range, loaded when a reader filters by
 *     document.</li>
 * </ul>
 * Tokens are {@link ArabicTokens#searchTokens}, which the script computes the same way for the query.
 */
public final class SearchIndex {
    /** Clauses per text bucket. */
    static final int BUCKET = 8;
    /** Postings kept for one token. */
    static final int CAP = 2000;
    /** The size a postings shard aims at, in characters. */
    private static final int SHARD_TARGET = 24_000;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Index format, for the script to refuse an index it does not know. */
    private static final int VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One searchable clause of the tree.
     *
     * @param href     the clause's anchor on its document page, relative to the tree's root
     * @param citation its citation line, in the tree's language
     * @param text     its text and its sub-paragraphs' as plain text, as the tree shows it
     * @param symbols  the canonical symbols it cites ({@code A/RES/64/293}), found also when written otherwise
     * @param rtl      whether the text is Arabic (else English)
     * @param citationRuns, textRuns the Latin runs of the citation and the text of an Arabic clause, as
     *                 {@code [start, end, …]}: the script isolates them as the build does on its pages
     */
    public record Entry(String slug, String symbol, String clauseId, String href, String citation, String body, int year,
                        List<String> topics, String text, List<String> symbols, boolean rtl, int[] citationRuns,
                        int[] textRuns) {
    }

    /** A filter value with its label in the tree's language. */
    public record Label(String id, String label, String parent) {
    }

    private SearchIndex() {
    }

    /**
     * Writes the index of {@code entries} into {@code dir}. The entries are numbered in the order given;
     * {@link #order} gives the order the range filters need.
     */
    public static void write(Path dir, String lang, List<Entry> entries, List<Label> bodies, List<Label> topics) {
        Map<String, Postings> postings = new HashMap<>();
        // Every token string once (a corpus repeats its words hundreds of thousands of times).
        Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
        List<Counts> counts = entries.parallelStream().map(e -> Counts.of(tokens(e), vocabulary)).toList();
        long total = 0;
        for (Counts c : counts) total += c.length();
        double avg = entries.isEmpty() ? 1 : Math.max(1, (double) total / entries.size());
        for (int n = 0; n < entries.size(); n++) {
            int clause = n;
            Counts c = counts.get(n);
            for (int k = 0; k < c.tokens().length; k++) {
                postings.computeIfAbsent(c.tokens()[k], x -> new Postings()).add(clause, weight(c.tf()[k], c.length(), avg));
            }
            for (String topic : entries.get(n).topics()) {
                postings.computeIfAbsent("#t:" + topic, k -> new Postings()).add(clause, 1);
            }
        }
        try {
            Files.createDirectories(dir.resolve("t"));
            Files.createDirectories(dir.resolve("c"));
            int shards = writeShards(dir, lang, postings);
            writeBuckets(dir, lang, entries);
            writeDocs(dir, lang, entries);
            writeMeta(dir, lang, entries, shards, bodies, topics);
        } catch (IOException e) {
            throw FiqraException.environment("cannot write the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The order the entries must be numbered in: by body, then year (latest first), then as given. */
    public static List<Entry> order(List<Entry> entries) {
        List<Entry> out = new ArrayList<>(entries);
        out.sort(java.util.Comparator.comparing(Entry::body).thenComparing(Entry::year, java.util.Comparator.reverseOrder()));
        return out;
    }

    /**
     * How often each token occurs in a clause, in the order the tokens first occur, with the clause's
     * length in tokens: arrays rather than a map, as there is one per clause of the corpus.
     */
    private record Counts(String[] tokens, int[] tf, int length) {
        static Counts of(List<String> tokens, Map<String, String> vocabulary) {
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (String t : tokens) tf.merge(t, 1, Integer::sum);
            String[] names = new String[tf.size()];
            int[] counts = new int[tf.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                names[k] = vocabulary.computeIfAbsent(e.getKey(), x -> x);
                counts[k++] = e.getValue();
            }
            return new Counts(names, counts, tokens.size());
        }
    }

    /** The tokens of a clause: its text's search tokens and those of the symbols it cites. */
    static List<String> tokens(Entry e) {
        List<String> out = new ArrayList<>();
        ArabicTokens.searchTokens(e.text()).forEach(t -> out.add(t.stem()));
        for (String s : e.symbols()) ArabicTokens.searchTokens(s).forEach(t -> out.add(t.stem()));
        return out;
    }

    /** BM25's term weight, as a digit of base 36 (1–22): the script multiplies it by the token's idf. */
    private static int weight(int tf, int length, double avg) {
        double w = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg));
        return (int) Math.max(1, Math.min(35, Math.round(w * 10)));
    }

    /** FNV-1a over the UTF-16 code units, as the script computes it. */
    static int shardOf(String token, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(h) % shards);
    }

    private static int writeShards(Path dir, String lang, Map<String, Postings> postings) throws IOException {
        Map<String, Object[]> encoded = new TreeMap<>();
        long size = 0;
        for (Map.Entry<String, Postings> e : postings.entrySet()) {
            Postings p = e.getValue();
            boolean capped = p.size > CAP && !e.getKey().startsWith("#t:");
            String list = p.encode(capped ? CAP : p.size);
            encoded.put(e.getKey(), new Object[] {p.size, capped ? 1 : 0, list});
            size += list.length() + e.getKey().length() + 16;
        }
        int shards = (int) Math.max(1, (size + SHARD_TARGET - 1) / SHARD_TARGET);
        List<Map<String, Object[]>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) byShard.add(new TreeMap<>());
        encoded.forEach((token, value) -> byShard.get(shardOf(token, shards)).put(token, value));
        for (int i = 0; i < shards; i++) {
            script(dir.resolve("t/" + i + ".js"), "FiqraSearch.shard(" + quote(lang) + "," + i + "," + json(byShard.get(i)) + ");");
        }
        return shards;
    }

    private static void writeBuckets(Path dir, String lang, List<Entry> entries) throws IOException {
        for (int b = 0; b * BUCKET < entries.size(); b++) {
            List<List<Object>> rows = new ArrayList<>();
            for (int n = b * BUCKET; n < Math.min(entries.size(), (b + 1) * BUCKET); n++) {
                Entry e = entries.get(n);
                List<String> symbols = new ArrayList<>();
                for (String s : e.symbols()) ArabicTokens.searchTokens(s).forEach(t -> symbols.add(t.stem()));
                rows.add(List.of(e.href(), e.citation(), e.citationRuns(), e.clauseId(), e.text(), e.textRuns(), e.rtl() ? 1 : 0,
                        String.join(" ", symbols)));
            }
            script(dir.resolve("c/" + b + ".js"), "FiqraSearch.clauses(" + quote(lang) + "," + b + "," + json(rows) + ");");
        }
    }

    private static void writeDocs(Path dir, String lang, List<Entry> entries) throws IOException {
        List<List<Object>> docs = new ArrayList<>();
        for (int n = 0; n < entries.size(); n++) {
            Entry e = entries.get(n);
            List<Object> last = docs.isEmpty() ? null : docs.get(docs.size() - 1);
            if (last != null && last.get(0).equals(e.slug())) {
                last.set(3, n + 1);
            } else {
                docs.add(new ArrayList<>(Arrays.asList(e.slug(), e.symbol(), n, n + 1)));
            }
        }
        script(dir.resolve("docs.js"), "FiqraSearch.docs(" + quote(lang) + "," + json(docs) + ");");
    }

    private static void writeMeta(Path dir, String lang, List<Entry> entries, int shards, List<Label> bodies,
                                  List<Label> topics) throws IOException {
        Map<String, Integer> bodyIndex = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) bodyIndex.put(bodies.get(i).id(), i);
        List<int[]> groups = new ArrayList<>();
        for (int n = 0; n < entries.size(); n++) {
            Entry e = entries.get(n);
            int body = bodyIndex.getOrDefault(e.body(), -1);
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last[0] == body && last[1] == e.year()) {
                last[3] = n + 1;
            } else {
                groups.add(new int[] {body, e.year(), n, n + 1});
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("v", VERSION);
        meta.put("lang", lang);
        meta.put("clauses", entries.size());
        meta.put("documents", entries.stream().map(Entry::slug).distinct().count());
        meta.put("bucket", BUCKET);
        meta.put("shards", shards);
        meta.put("bodies", bodies.stream().map(l -> List.of(l.id(), l.label())).toList());
        meta.put("topics", topics.stream().map(l -> Arrays.asList(l.id(), l.label(), l.parent())).toList());
        meta.put("groups", groups);
        script(dir.resolve("meta.js"), "FiqraSearch.meta(" + quote(lang) + "," + json(meta) + ");");
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return json(s);
    }

    /** The clauses that hold a token, in clause order, each with its weight. */
    private static final class Postings {
        int[] clauses = new int[4];
        int[] weights = new int[4];
        int size;

        void add(int clause, int weight) {
            if (size == clauses.length) {
                clauses = Arrays.copyOf(clauses, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            clauses[size] = clause;
            weights[size++] = weight;
        }

        /**
         * The best {@code keep} postings in clause order: each the gap from the one before in base 36,
         * followed by its weight as one base-36 digit; comma-separated.
         */
        String encode(int keep) {
            int[] chosen = new int[Math.min(keep, size)];
            if (keep >= size) {
                for (int i = 0; i < size; i++) chosen[i] = i;
            } else {
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) order[i] = i;
                Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? weights[y] - weights[x] : x - y);
                for (int i = 0; i < keep; i++) chosen[i] = order[i];
                Arrays.sort(chosen);
            }
            StringBuilder out = new StringBuilder();
            int previous = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (i > 0) out.append(',');
                int clause = clauses[chosen[i]];
                out.append(Integer.toString(clause - previous, 36)).append(Character.forDigit(weights[chosen[i]], 36));
                previous = clause;
            }
            return out.toString();
        }
    }
}
