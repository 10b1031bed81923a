package org.fiqra.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.model.Clause;
import org.fiqra.model.ClauseKind;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.Text;
import org.fiqra.text.ArabicTokens;

/**
 * The index stage: each clause's topics (by the terms of topics.yml), its opening verb or phrase
 * (by glossary.yml), and its related clauses in other documents (shared topics, shared
 * citations, similar wording by TF-IDF), each with the reasons.
 */
public final class Indexer {
    /** Related clauses shown per clause. */
    static final int RELATED = 5;
    /** The strongest terms of a clause that its wording is compared by. */
    private static final int SIGNATURE = 16;
    /** Clauses kept per term in the wording index, the strongest first. */
    private static final int POSTINGS = 400;
    private static final double MIN_SCORE = 0.12;
    private static final String[] NO_TERMS = {};
    private static final int[] NO_COUNTS = {};
    private static final double[] NO_WEIGHTS = {};

    private static final Set<String> STOPWORDS = stems("في من على إلى الى عن مع أن إن ان التي الذي الذين اللذين هذا هذه ذلك تلك"
            + " أو او ثم كما بما ما لا لم لن قد كل جميع بين حيث عند حسب ضمن ذات منها فيها بها لها له عليه إليه وفي ومن وعلى"
            + " وإلى أي أيضا أيضاً كذلك سيما ولا بشأن خلال إطار نحو وذلك بذلك تحقيق تعزيز ضرورة أهمية دور الدول الأعضاء");

    private Indexer() {
    }

    private static Set<String> stems(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split("\\s+")) out.add(ArabicTokens.stem(w));
        return out;
    }

    public static Indexes index(List<Document> documents, LinkedCorpus linked, Topics topics, Glossary glossary,
                                Diagnostics diagnostics) {
        return index(documents, linked, topics, glossary, diagnostics, null, Steps.NONE);
    }

    /** How far the index stage is: it enters each step with its number of clauses, then counts them off. */
    public interface Steps {
        Steps NONE = new Steps() {
            @Override
            public void step(String name, int clauses) {
            }

            @Override
            public void done() {
            }
        };

        void step(String name, int clauses);

        /** One clause of the current step is done (called from any thread). */
        void done();
    }

    /**
     * The related clauses of the last build, kept between the builds of one process (the preview server's)
     * with a digest of everything they were computed from: when the clauses' terms, topics and citations are
     * all as they were (an edited title, header or English text, a template), they are not computed again.
     */
    public static final class Memo {
        private byte[] digest = new byte[0];
        private Map<ClauseRef, List<Related>> related = Map.of();
    }

    /** Indexes the corpus, taking the related clauses from {@code memo} (when not null) if their inputs are unchanged. */
    public static Indexes index(List<Document> documents, LinkedCorpus linked, Topics topics, Glossary glossary,
                                Diagnostics diagnostics, Memo memo, Steps steps) {
        List<Entry> entries = new ArrayList<>();
        for (Document d : documents) {
            Map<Integer, Footnote> notes = d.footnotesByNumber();
            for (Clause c : d.clauses()) entries.add(new Entry(d, c, notes));
        }
        steps.step("topics and verbs", entries.size());
        entries.parallelStream().forEach(e -> {
            e.read(linked, topics, glossary, diagnostics);
            steps.done();
        });

        Map<String, List<ClauseRef>> byTopic = new LinkedHashMap<>();
        topics.all().forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
        Map<String, List<ClauseRef>> byVerb = new LinkedHashMap<>();
        glossary.entries().forEach(g -> byVerb.putIfAbsent(g.id(), new ArrayList<>()));
        Map<ClauseRef, ClauseIndex> perClause = new HashMap<>();
        for (Entry e : entries) {
            e.topics.forEach(t -> byTopic.get(t.id()).add(e.ref));
            if (e.verb != null) byVerb.get(e.verb.entry().id()).add(e.ref);
        }
        Map<ClauseRef, List<Related>> related;
        if (memo == null) {
            related = related(entries, steps);
        } else {
            byte[] digest = digest(entries);
            if (!java.util.Arrays.equals(digest, memo.digest)) {
                memo.related = related(entries, steps);
                memo.digest = digest;
            }
            related = memo.related;
        }
        for (Entry e : entries) {
            perClause.put(e.ref, new ClauseIndex(List.copyOf(e.topics), e.verb, related.getOrDefault(e.ref, List.of())));
        }
        return new Indexes(perClause, byTopic, byVerb, topics, glossary);
    }

    /**
     * {@code indexes} with the clauses of some documents read again from their new versions ({@code replaced}
     * maps old to new): their topics and verbs are exact; their related clauses are the old ones of the same
     * address (none for a new clause), and the lists by topic and by verb are the old ones. What the preview
     * shows of an edited document at once, before the full build recomputes everything.
     */
    public static Indexes reindex(Indexes indexes, Map<Document, Document> replaced, LinkedCorpus linked,
                                  Diagnostics diagnostics) {
        Map<ClauseRef, ClauseIndex> perClause = new HashMap<>(indexes.clauses());
        for (Map.Entry<Document, Document> r : replaced.entrySet()) {
            for (Clause c : r.getKey().clauses()) perClause.remove(new ClauseRef(r.getKey().slug(), c.id().value()));
            Map<Integer, Footnote> notes = r.getValue().footnotesByNumber();
            for (Clause c : r.getValue().clauses()) {
                Entry e = new Entry(r.getValue(), c, notes);
                e.read(linked, indexes.topics(), indexes.glossary(), diagnostics);
                ClauseIndex before = indexes.clauses().getOrDefault(e.ref, ClauseIndex.EMPTY);
                perClause.put(e.ref, new ClauseIndex(List.copyOf(e.topics), e.verb, before.related()));
            }
        }
        return new Indexes(perClause, indexes.byTopic(), indexes.byVerb(), indexes.topics(), indexes.glossary());
    }

    /** One clause, read once: its tokens, topics, verb and citations. */
    private static final class Entry {
        final Document doc;
        final Clause clause;
        final ClauseRef ref;
        /** {@code ref} as text: ties between equal scores are broken by it. */
        final String address;
        /** Its document's footnotes by number. */
        final Map<Integer, Footnote> notes;
        Set<Topic> topics = Set.of();
        Glossary.Verb verb;
        Set<String> cites = Set.of();
        /**
         * Its terms (stems worth comparing), sorted, and how often each occurs. Arrays, not maps: a
         * corpus of 5,000 documents has some 288,000 clauses, and maps of boxed counts for all of them
         * took a gigabyte while the index stage ran.
         */
        String[] terms = NO_TERMS;
        int[] counts = NO_COUNTS;
        /** Its strongest terms, strongest first, and their TF-IDF weights, normalised. */
        String[] signatureTerms = NO_TERMS;
        double[] signatureWeights = NO_WEIGHTS;
        /** The entries of its document are {@code [docFrom, docTo)}. */
        int docFrom;
        int docTo;
        /** Its topics as indexes into the corpus's topic list, in tagging order and sorted. */
        int[] topicIndex;
        int[] sortedTopics;
        /** The sum of its topics' squared weights. */
        double topicSquares;
        /** What it cites, as indexes into the corpus's list of cited keys, sorted. */
        int[] sortedCites;

        Entry(Document doc, Clause clause, Map<Integer, Footnote> notes) {
            this.doc = doc;
            this.clause = clause;
            this.notes = notes;
            this.ref = new ClauseRef(doc.slug(), clause.id().value());
            this.address = ref.toString();
        }

        void read(LinkedCorpus linked, Topics topicIndex, Glossary glossary, Diagnostics diagnostics) {
            List<Text> texts = clause.texts();
            Set<Topic> tagged = new LinkedHashSet<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Text t : texts) {
                List<ArabicTokens.Token> tokens = ArabicTokens.of(t.raw());
                tagged.addAll(topicIndex.tag(t.raw(), tokens));
                for (ArabicTokens.Token token : tokens) {
                    String s = token.stem();
                    if (s.length() < 3 || !Character.isLetter(s.charAt(0)) || STOPWORDS.contains(s)) continue;
                    counts.merge(s, 1, Integer::sum);
                }
            }
            topics = tagged;
            terms = counts.keySet().toArray(NO_TERMS);
            java.util.Arrays.sort(terms);
            this.counts = new int[terms.length];
            for (int k = 0; k < terms.length; k++) this.counts[k] = counts.get(terms[k]);
            Set<String> keys = new LinkedHashSet<>();
            for (Text t : texts) linked.referencesOf(t).forEach(r -> keys.add(r.key()));
            for (Footnote f : doc.footnotesOf(clause, notes)) linked.referencesOf(f.text()).forEach(r -> keys.add(r.key()));
            keys.remove(doc.symbol());
            cites = keys;
            if (clause.kind() != ClauseKind.PARAGRAPH) {
                boolean operative = clause.kind() == ClauseKind.OPERATIVE;
                verb = glossary.find(clause.text().raw(), operative).orElse(null);
                if (verb == null && operative && !glossary.entries().isEmpty()) {
                    String opening = String.join(" ", List.of(clause.text().raw().replace("*", "").strip().split("\\s+")).subList(0,
                            Math.min(3, clause.text().raw().strip().split("\\s+").length)));
                    diagnostics.warn(Code.VERB_NOT_FOUND, clause.text().position(), clause.id() + " opens with «" + opening
                            + "»: no operative verb of glossary.yml");
                }
            }
        }

    }

    // ---------------------------------------------------------------- related clauses

    /** A SHA-256 of what {@link #related} reads of the clauses, in their order: equal digests, equal results. */
    private static byte[] digest(List<Entry> entries) {
        List<byte[]> each = entries.parallelStream().map(e -> {
            StringBuilder s = new StringBuilder(e.address).append('\u0001');
            for (int k = 0; k < e.terms.length; k++) s.append(e.terms[k]).append('=').append(e.counts[k]).append(' ');
            s.append('\u0001');
            e.topics.forEach(t -> s.append(t.id()).append(' '));
            s.append('\u0001');
            e.cites.forEach(k -> s.append(k).append(' '));
            return org.fiqra.text.Sha256.of(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }).toList();
        java.security.MessageDigest all = org.fiqra.text.Sha256.digest();
        each.forEach(all::update);
        return all.digest();
    }


    private static Map<ClauseRef, List<Related>> related(List<Entry> entries, Steps steps) {
        int n = entries.size();
        steps.step("related clauses", n);
        Map<String, Integer> df = new HashMap<>();
        for (Entry e : entries) {
            for (String t : e.terms) df.merge(t, 1, Integer::sum);
        }
        // each clause's strongest terms, TF-IDF weighted and normalised
        entries.parallelStream().forEach(e -> signature(e, df, n));
        // a pruned inverted index: each term's strongest clauses, with the term's weight in each
        Map<String, Postings> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            for (int k = 0; k < e.signatureTerms.length; k++) {
                postings.computeIfAbsent(e.signatureTerms[k], t -> new Postings(4)).add(i, e.signatureWeights[k]);
            }
        }
        postings.values().parallelStream().forEach(p -> p.prune(POSTINGS));
        Map<String, List<Integer>> byTopic = new HashMap<>();
        Map<String, List<Integer>> byCitation = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Topic t : entries.get(i).topics) byTopic.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(i);
            for (String k : entries.get(i).cites) byCitation.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        // a shared topic counts by how specific it is: its inverse frequency over the clauses
        List<String> topicIds = new ArrayList<>(byTopic.keySet());
        Map<String, Integer> topicIndex = new HashMap<>();
        double[] topicWeight = new double[topicIds.size()];
        for (int t = 0; t < topicIds.size(); t++) {
            topicIndex.put(topicIds.get(t), t);
            topicWeight[t] = Math.log(1.0 + (double) n / byTopic.get(topicIds.get(t)).size());
        }
        Map<String, Integer> citeIndex = new HashMap<>();
        byCitation.keySet().forEach(k -> citeIndex.put(k, citeIndex.size()));
        // a document's clauses are consecutive entries: "same document" is a range test, not a look-up
        for (int i = 0, from = 0; i <= n; i++) {
            if (i == n || entries.get(i).doc != entries.get(from).doc) {
                for (int k = from; k < i; k++) {
                    entries.get(k).docFrom = from;
                    entries.get(k).docTo = i;
                }
                from = i;
            }
        }
        for (Entry e : entries) {
            e.sortedCites = e.cites.stream().mapToInt(citeIndex::get).sorted().toArray();
            e.topicIndex = new int[e.topics.size()];
            int k = 0;
            for (Topic t : e.topics) e.topicIndex[k++] = topicIndex.get(t.id());
            e.sortedTopics = e.topicIndex.clone();
            java.util.Arrays.sort(e.sortedTopics);
            double sum = 0;
            for (int t : e.topicIndex) sum += topicWeight[t] * topicWeight[t];
            e.topicSquares = sum;
        }
        Flat flat = new Flat(entries);
        Map<ClauseRef, List<Related>> out = new java.util.concurrent.ConcurrentHashMap<>();
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            List<Related> r = relatedOf(i, entries, flat, postings, byTopic, byCitation, topicIds, topicWeight, scratch.get());
            if (!r.isEmpty()) out.put(entries.get(i).ref, r);
            steps.done();
        });
        return out;
    }

    /** A clause's signature: its terms by TF-IDF weight (then the term), at most {@link #SIGNATURE}, normalised. */
    private static void signature(Entry e, Map<String, Integer> df, int n) {
        int size = 0;
        String[] terms = new String[e.terms.length];
        double[] weights = new double[e.terms.length];
        for (int k = 0; k < e.terms.length; k++) {
            int f = df.get(e.terms[k]);
            if (f > 1) {
                terms[size] = e.terms[k];
                weights[size++] = (1 + Math.log(e.counts[k])) * Math.log((double) n / f);
            }
        }
        // weight down, then term up: an insertion sort of positions, as a clause has a few dozen terms
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            int at = k;
            while (at > 0 && ranksBefore(weights[k], terms[k], weights[order[at - 1]], terms[order[at - 1]])) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = k;
        }
        int kept = Math.min(size, SIGNATURE);
        // summed as a DoubleStream sums (compensated), so the weights are what they always were
        double norm = Math.sqrt(java.util.stream.IntStream.range(0, kept)
                .mapToDouble(r -> weights[order[r]] * weights[order[r]]).sum());
        e.signatureTerms = new String[kept];
        e.signatureWeights = new double[kept];
        for (int r = 0; r < kept; r++) {
            e.signatureTerms[r] = terms[order[r]];
            e.signatureWeights[r] = norm == 0 ? 0 : weights[order[r]] / norm;
        }
    }

    private static boolean ranksBefore(double weight, String term, double otherWeight, String otherTerm) {
        int byWeight = Double.compare(otherWeight, weight);
        return byWeight != 0 ? byWeight < 0 : term.compareTo(otherTerm) < 0;
    }

    /** The clauses a term is strong in, and its weight in each. */
    private static final class Postings {
        int[] clauses;
        double[] weights;
        int size;

        Postings(int capacity) {
            clauses = new int[capacity];
            weights = new double[capacity];
        }

        void add(int clause, double weight) {
            if (size == clauses.length) {
                clauses = java.util.Arrays.copyOf(clauses, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            clauses[size] = clause;
            weights[size++] = weight;
        }

        /** Keeps the {@code limit} strongest clauses (weight down, then clause number up), in that order. */
        void prune(int limit) {
            if (size > limit) {
                Integer[] order = new Integer[size];
                for (int k = 0; k < size; k++) order[k] = k;
                double[] w = weights;
                int[] c = clauses;
                java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -w[k]).thenComparing(k -> c[k]));
                clauses = new int[limit];
                weights = new double[limit];
                for (int r = 0; r < limit; r++) {
                    clauses[r] = c[order[r]];
                    weights[r] = w[order[r]];
                }
                size = limit;
            } else if (size < clauses.length) {
                clauses = java.util.Arrays.copyOf(clauses, size);
                weights = java.util.Arrays.copyOf(weights, size);
            }
        }
    }

    /**
     * What scoring reads of every candidate, in flat arrays by clause number rather than in the clauses'
     * objects: scoring visits thousands of candidates per clause, and arrays keep that in the CPU's cache.
     */
    private static final class Flat {
        final double[] topicSquares;
        /** Clause j's sorted topic numbers are {@code topics[topicFrom[j]..topicFrom[j + 1])}; the same for cites. */
        final int[] topicFrom;
        final int[] topics;
        final int[] citeFrom;
        final int[] cites;
        /** Clause j's place among all clauses by address, so that ties in score compare two ints, not two strings. */
        final int[] addressRank;

        Flat(List<Entry> entries) {
            int n = entries.size();
            Integer[] byAddress = new Integer[n];
            for (int j = 0; j < n; j++) byAddress[j] = j;
            java.util.Arrays.sort(byAddress, Comparator.comparing((Integer j) -> entries.get(j).address));
            addressRank = new int[n];
            for (int r = 0; r < n; r++) {
                boolean same = r > 0 && entries.get(byAddress[r]).address.equals(entries.get(byAddress[r - 1]).address);
                addressRank[byAddress[r]] = same ? addressRank[byAddress[r - 1]] : r;
            }
            topicSquares = new double[n];
            topicFrom = new int[n + 1];
            citeFrom = new int[n + 1];
            for (int j = 0; j < n; j++) {
                Entry e = entries.get(j);
                topicSquares[j] = e.topicSquares;
                topicFrom[j + 1] = topicFrom[j] + e.sortedTopics.length;
                citeFrom[j + 1] = citeFrom[j] + e.sortedCites.length;
            }
            topics = new int[topicFrom[n]];
            cites = new int[citeFrom[n]];
            for (int j = 0; j < n; j++) {
                Entry e = entries.get(j);
                System.arraycopy(e.sortedTopics, 0, topics, topicFrom[j], e.sortedTopics.length);
                System.arraycopy(e.sortedCites, 0, cites, citeFrom[j], e.sortedCites.length);
            }
        }
    }

    /** The size of a new {@link Scratch} table, as a power of two; a test makes it tiny, so that tables grow. */
    static volatile int scratchBits = 14;

    /**
     * One thread's candidates for a clause, and the wording score each has gathered: a small open-addressing
     * table from clause number to candidate, reset by an epoch instead of cleared. A clause has a few
     * thousand candidates among hundreds of thousands of clauses; arrays indexed by clause number made every
     * posting a cache miss at 5,000 documents, and this table stays in the core's cache.
     */
    private static final class Scratch {
        private int bits = scratchBits;
        private int[] slotClause = new int[1 << bits];
        private int[] slotEpoch = new int[1 << bits];
        private int[] slotCandidate = new int[1 << bits];
        int[] candidates = new int[1 << (bits - 1)];
        double[] wording = new double[1 << (bits - 1)];
        int epoch;
        int size;

        void reset() {
            epoch++;
            size = 0;
        }

        /** The candidate number of clause {@code j}, which becomes a candidate (with no wording yet) if it was not one. */
        int add(int j) {
            int mask = slotClause.length - 1;
            int h = (j * 0x9E3779B9) >>> (32 - bits);
            while (slotEpoch[h] == epoch) {
                if (slotClause[h] == j) return slotCandidate[h];
                h = (h + 1) & mask;
            }
            if (2 * (size + 1) > slotClause.length) {
                grow();
                return add(j);
            }
            if (size == candidates.length) {
                candidates = java.util.Arrays.copyOf(candidates, 2 * size);
                wording = java.util.Arrays.copyOf(wording, 2 * size);
            }
            slotEpoch[h] = epoch;
            slotClause[h] = j;
            slotCandidate[h] = size;
            candidates[size] = j;
            wording[size] = 0;
            return size++;
        }

        private void grow() {
            bits++;
            slotClause = new int[1 << bits];
            slotEpoch = new int[1 << bits];
            slotCandidate = new int[1 << bits];
            int mask = slotClause.length - 1;
            for (int c = 0; c < size; c++) {
                int h = (candidates[c] * 0x9E3779B9) >>> (32 - bits);
                while (slotEpoch[h] == epoch) h = (h + 1) & mask;
                slotEpoch[h] = epoch;
                slotClause[h] = candidates[c];
                slotCandidate[h] = c;
            }
        }
    }

    private static List<Related> relatedOf(int i, List<Entry> entries, Flat flat, Map<String, Postings> postings,
                                           Map<String, List<Integer>> byTopic, Map<String, List<Integer>> byCitation,
                                           List<String> topicIds, double[] topicWeight, Scratch s) {
        Entry e = entries.get(i);
        s.reset();
        for (int t = 0; t < e.signatureTerms.length; t++) {
            Postings p = postings.get(e.signatureTerms[t]);
            if (p == null) continue;
            double w = e.signatureWeights[t];
            for (int k = 0; k < p.size; k++) {
                int j = p.clauses[k];
                if (j >= e.docFrom && j < e.docTo) continue;
                int c = s.add(j); // before s.wording is read: adding may replace that array with a larger one
                s.wording[c] += w * p.weights[k];
            }
        }
        int fromWording = s.size;
        // shared citations and topics are rarer signals: take their clauses as candidates too, up to a bound
        for (String k : e.cites) limited(byCitation.get(k), s, e);
        for (Topic t : e.topics) limited(byTopic.get(t.id()), s, e);
        // Score every candidate without allocating, keeping the best RELATED (score down, then address up);
        // only those are made into Related records, with the topics and citations they share.
        int[] best = new int[RELATED];
        double[] bestScore = new double[RELATED];
        double[] bestWording = new double[RELATED];
        int kept = 0;
        // what topics and citations can add at most: a cosine is at most 1 (with room for rounding)
        double topicalAtMost = e.topicIndex.length == 0 ? 0 : 0.4 * (1 + 1e-9);
        double citesAtMost = 0.25 * Math.min(e.sortedCites.length, 2);
        for (int c = 0; c < s.size; c++) {
            int j = s.candidates[c];
            double w = c < fromWording ? s.wording[c] : 0.0;
            // A candidate that cannot reach the score of the last one kept (nor MIN_SCORE) is skipped before
            // its topics and citations are read: the result is exactly what scoring it would have given.
            double bar = kept == RELATED ? bestScore[RELATED - 1] : MIN_SCORE;
            if (0.6 * w + topicalAtMost + citesAtMost < bar) continue;
            double shared = 0;
            int from = flat.topicFrom[j];
            int to = flat.topicFrom[j + 1];
            if (from < to) {
                for (int t : e.topicIndex) {
                    if (java.util.Arrays.binarySearch(flat.topics, from, to, t) >= 0) shared += topicWeight[t] * topicWeight[t];
                }
            }
            int cites = 0;
            if (e.sortedCites.length > 0 && flat.citeFrom[j] < flat.citeFrom[j + 1]) {
                for (int k : e.sortedCites) {
                    if (java.util.Arrays.binarySearch(flat.cites, flat.citeFrom[j], flat.citeFrom[j + 1], k) >= 0) cites++;
                }
            }
            // topics as vectors weighted by specificity: their cosine
            double topical = 0;
            if (shared != 0) {
                double norms = Math.sqrt(e.topicSquares * flat.topicSquares[j]);
                topical = norms == 0 ? 0 : shared / norms;
            }
            double score = 0.6 * w + 0.4 * topical + 0.25 * Math.min(cites, 2);
            if (score < MIN_SCORE) continue;
            int at = kept;
            while (at > 0 && before(score, flat.addressRank[j], bestScore[at - 1], flat.addressRank[best[at - 1]])) at--;
            if (at >= RELATED) continue;
            int last = Math.min(kept, RELATED - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            System.arraycopy(bestScore, at, bestScore, at + 1, last - at);
            System.arraycopy(bestWording, at, bestWording, at + 1, last - at);
            best[at] = j;
            bestScore[at] = score;
            bestWording[at] = w;
            kept = Math.min(kept + 1, RELATED);
        }
        List<Related> out = new ArrayList<>(kept);
        for (int r = 0; r < kept; r++) {
            Entry o = entries.get(best[r]);
            List<String> topics = new ArrayList<>();
            for (int t : e.topicIndex) if (java.util.Arrays.binarySearch(o.sortedTopics, t) >= 0) topics.add(topicIds.get(t));
            List<String> cites = new ArrayList<>();
            for (String k : e.cites) if (o.cites.contains(k)) cites.add(k);
            out.add(new Related(o.ref, bestScore[r], topics, cites, bestWording[r] >= 0.15));
        }
        return List.copyOf(out);
    }

    /** Whether a candidate ranks before another: a higher score, or the same and an earlier address. */
    private static boolean before(double score, int addressRank, double otherScore, int otherAddressRank) {
        int byScore = Double.compare(otherScore, score);
        return byScore != 0 ? byScore < 0 : addressRank < otherAddressRank;
    }

    private static final int CANDIDATES_PER_SIGNAL = 200;

    private static void limited(List<Integer> list, Scratch into, Entry self) {
        if (list == null) return;
        int added = 0;
        for (int j : list) {
            if (j >= self.docFrom && j < self.docTo) continue;
            into.add(j);
            if (++added >= CANDIDATES_PER_SIGNAL) break;
        }
    }
}
