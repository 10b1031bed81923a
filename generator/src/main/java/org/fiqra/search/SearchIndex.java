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

    /** Where one tree's index goes, in which language, and the labels of its filters. */
    public record Tree(Path dir, String lang, List<Label> bodies, List<Label> topics) {
    }

    /**
     * Writes the index of one tree, or of trees whose clauses are searched by the same words, from entries
     * handed over a chunk at a time and numbered in that order, which must be the documents' by body, then
     * year (latest first): the filters by body and year are ranges of clause numbers. Each chunk's clauses
     * are tokenised, counted into the postings and written to their text buckets, then dropped: only the
     * postings, one length per clause and one line per document stay until {@link #finish}. Trees that share a writer get the same postings (tokenised once, from the first tree's
     * entries) and each its own buckets, documents and meta.
     */
    public static final class Writer {
        private final List<Tree> trees;
        private final Map<String, Postings> postings = new HashMap<>();
        /** Every token string once (a corpus repeats its words hundreds of thousands of times). */
        private final Map<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
        private int[] lengths = new int[1024];
        private long total;
        private int clauses;
        private final List<Output> outputs = new ArrayList<>();

        public Writer(List<Tree> trees) {
            if (trees.isEmpty()) throw new IllegalArgumentException("no tree to write");
            this.trees = List.copyOf(trees);
            try {
                for (Tree t : trees) {
                    Files.createDirectories(t.dir().resolve("t"));
                    Files.createDirectories(t.dir().resolve("c"));
                    outputs.add(new Output(t));
                }
            } catch (IOException e) {
                throw cannotWrite(trees.get(0).dir(), e);
            }
        }

        /**
         * Adds the next clauses: {@code chunk.get(k)} are tree k's entries for the same clauses, which must
         * hold the same text, cited symbols and topics in every tree.
         */
        public void add(List<List<Entry>> chunk) {
            List<Entry> first = chunk.get(0);
            for (List<Entry> other : chunk.subList(1, chunk.size())) {
                for (int k = 0; k < first.size(); k++) {
                    Entry a = first.get(k);
                    Entry b = other.get(k);
                    if (!a.text().equals(b.text()) || !a.symbols().equals(b.symbols()) || !a.topics().equals(b.topics())) {
                        throw new IllegalArgumentException("trees that share an index must search the same words: " + a.href());
                    }
                }
            }
            List<Counts> counts = first.parallelStream().map(e -> Counts.of(tokens(e), vocabulary)).toList();
            if (clauses + counts.size() > lengths.length) lengths = Arrays.copyOf(lengths, Math.max(2 * lengths.length, clauses + counts.size()));
            for (int n = 0; n < counts.size(); n++) {
                int clause = clauses + n;
                Counts c = counts.get(n);
                lengths[clause] = c.length();
                total += c.length();
                for (int k = 0; k < c.tokens().length; k++) {
                    postings.computeIfAbsent(c.tokens()[k], x -> new Postings(false)).add(clause, c.tf()[k]);
                }
                for (String topic : first.get(n).topics()) {
                    postings.computeIfAbsent("#t:" + topic, k -> new Postings(true)).add(clause, 1);
                }
            }
            try {
                for (int t = 0; t < outputs.size(); t++) outputs.get(t).add(chunk.get(t), clauses);
            } catch (IOException e) {
                throw cannotWrite(trees.get(0).dir(), e);
            }
            clauses += counts.size();
        }

        /** Writes the postings and what is left of each tree's buckets, documents and meta. */
        public void finish() {
            double avg = clauses == 0 ? 1 : Math.max(1, (double) total / clauses);
            try {
                List<String> shards = shards(avg);
                for (Output o : outputs) {
                    for (int i = 0; i < shards.size(); i++) {
                        script(o.tree.dir().resolve("t/" + i + ".js"), "FiqraSearch.shard(" + quote(o.tree.lang()) + "," + i + ","
                                + shards.get(i) + ");");
                    }
                    o.finish(shards.size(), clauses);
                }
            } catch (IOException e) {
                throw cannotWrite(trees.get(0).dir(), e);
            }
        }

        /** The JSON of each postings shard; the postings are dropped as they are encoded. */
        private List<String> shards(double avg) {
            Map<String, Object[]> encoded = new TreeMap<>();
            long size = 0;
            for (var it = postings.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Postings> e = it.next();
                Postings p = e.getValue();
                boolean capped = p.size > CAP && !p.topic;
                String list = p.encode(capped ? CAP : p.size, lengths, avg);
                encoded.put(e.getKey(), new Object[] {p.size, capped ? 1 : 0, list});
                size += list.length() + e.getKey().length() + 16;
                it.remove();
            }
            int count = (int) Math.max(1, (size + SHARD_TARGET - 1) / SHARD_TARGET);
            List<Map<String, Object[]>> byShard = new ArrayList<>();
            for (int i = 0; i < count; i++) byShard.add(new TreeMap<>());
            encoded.forEach((token, value) -> byShard.get(shardOf(token, count)).put(token, value));
            List<String> out = new ArrayList<>();
            for (Map<String, Object[]> shard : byShard) out.add(json(shard));
            return out;
        }
    }

    /** One tree's text buckets, documents and filter groups, written as its clauses arrive. */
    private static final class Output {
        final Tree tree;
        final Map<String, Integer> bodyIndex = new HashMap<>();
        final List<Entry> bucket = new ArrayList<>(BUCKET);
        int buckets;
        final List<List<Object>> docs = new ArrayList<>();
        final List<int[]> groups = new ArrayList<>();

        Output(Tree tree) {
            this.tree = tree;
            for (int i = 0; i < tree.bodies().size(); i++) bodyIndex.put(tree.bodies().get(i).id(), i);
        }

        void add(List<Entry> entries, int from) throws IOException {
            for (int k = 0; k < entries.size(); k++) {
                Entry e = entries.get(k);
                int n = from + k;
                List<Object> last = docs.isEmpty() ? null : docs.get(docs.size() - 1);
                if (last != null && last.get(0).equals(e.slug())) {
                    last.set(3, n + 1);
                } else {
                    docs.add(new ArrayList<>(Arrays.asList(e.slug(), e.symbol(), n, n + 1)));
                }
                int body = bodyIndex.getOrDefault(e.body(), -1);
                int[] group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (group != null && group[0] == body && group[1] == e.year()) {
                    group[3] = n + 1;
                } else {
                    groups.add(new int[] {body, e.year(), n, n + 1});
                }
                bucket.add(e);
                if (bucket.size() == BUCKET) writeBucket();
            }
        }

        private void writeBucket() throws IOException {
            List<List<Object>> rows = new ArrayList<>();
            for (Entry e : bucket) {
                List<String> symbols = new ArrayList<>();
                for (String s : e.symbols()) ArabicTokens.searchTokens(s).forEach(t -> symbols.add(t.stem()));
                rows.add(List.of(e.href(), e.citation(), e.citationRuns(), e.clauseId(), e.text(), e.textRuns(), e.rtl() ? 1 : 0,
                        String.join(" ", symbols)));
            }
            script(tree.dir().resolve("c/" + buckets + ".js"), "FiqraSearch.clauses(" + quote(tree.lang()) + "," + buckets + ","
                    + json(rows) + ");");
            buckets++;
            bucket.clear();
        }

        void finish(int shards, int clauses) throws IOException {
            if (!bucket.isEmpty()) writeBucket();
            script(tree.dir().resolve("docs.js"), "FiqraSearch.docs(" + quote(tree.lang()) + "," + json(docs) + ");");
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("v", VERSION);
            meta.put("lang", tree.lang());
            meta.put("clauses", clauses);
            meta.put("documents", docs.stream().map(d -> d.get(0)).distinct().count());
            meta.put("bucket", BUCKET);
            meta.put("shards", shards);
            meta.put("bodies", tree.bodies().stream().map(l -> List.of(l.id(), l.label())).toList());
            meta.put("topics", tree.topics().stream().map(l -> Arrays.asList(l.id(), l.label(), l.parent())).toList());
            meta.put("groups", groups);
            script(tree.dir().resolve("meta.js"), "FiqraSearch.meta(" + quote(tree.lang()) + "," + json(meta) + ");");
        }
    }

    private static FiqraException cannotWrite(Path dir, IOException e) {
        return FiqraException.environment("cannot write the search index in " + dir + ": " + e.getMessage(), e);
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

    /**
     * The clauses that hold a token, in clause order, each with the token's count in it; a topic's list
     * holds its clauses with the weight 1.
     */
    private static final class Postings {
        final boolean topic;
        int[] clauses = new int[4];
        int[] counts = new int[4];
        int size;

        Postings(boolean topic) {
            this.topic = topic;
        }

        void add(int clause, int count) {
            if (size == clauses.length) {
                clauses = Arrays.copyOf(clauses, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            clauses[size] = clause;
            counts[size++] = count;
        }

        /**
         * The best {@code keep} postings in clause order: each the gap from the one before in base 36,
         * followed by its weight as one base-36 digit; comma-separated. A clause's weight is BM25's, from
         * the token's count in it, its length ({@code lengths}) and the average length.
         */
        String encode(int keep, int[] lengths, double avg) {
            int[] weights = new int[size];
            for (int i = 0; i < size; i++) weights[i] = topic ? counts[i] : weight(counts[i], lengths[clauses[i]], avg);
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
