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
import org.fiqra.model.MarkerRef;
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
        List<Entry> entries = new ArrayList<>();
        for (Document d : documents) {
            for (Clause c : d.clauses()) entries.add(new Entry(d, c));
        }
        entries.parallelStream().forEach(e -> e.read(linked, topics, glossary, diagnostics));

        Map<String, List<ClauseRef>> byTopic = new LinkedHashMap<>();
        topics.all().forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
        Map<String, List<ClauseRef>> byVerb = new LinkedHashMap<>();
        glossary.entries().forEach(g -> byVerb.putIfAbsent(g.id(), new ArrayList<>()));
        Map<ClauseRef, ClauseIndex> perClause = new HashMap<>();
        for (Entry e : entries) {
            e.topics.forEach(t -> byTopic.get(t.id()).add(e.ref));
            if (e.verb != null) byVerb.get(e.verb.entry().id()).add(e.ref);
        }
        Map<ClauseRef, List<Related>> related = related(entries);
        for (Entry e : entries) {
            perClause.put(e.ref, new ClauseIndex(List.copyOf(e.topics), e.verb, related.getOrDefault(e.ref, List.of())));
        }
        return new Indexes(perClause, byTopic, byVerb, topics, glossary);
    }

    /** One clause, read once: its tokens, topics, verb and citations. */
    private static final class Entry {
        final Document doc;
        final Clause clause;
        final ClauseRef ref;
        Set<Topic> topics = Set.of();
        Glossary.Verb verb;
        Set<String> cites = Set.of();
        Map<String, Integer> termCounts = Map.of();
        Map<String, Double> signature = Map.of();
        double norm;

        Entry(Document doc, Clause clause) {
            this.doc = doc;
            this.clause = clause;
            this.ref = new ClauseRef(doc.slug(), clause.id().value());
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
            termCounts = counts;
            Set<String> keys = new LinkedHashSet<>();
            for (Text t : texts) linked.referencesOf(t).forEach(r -> keys.add(r.key()));
            for (Footnote f : footnotesOf(doc, clause)) linked.referencesOf(f.text()).forEach(r -> keys.add(r.key()));
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

    private static List<Footnote> footnotesOf(Document doc, Clause c) {
        Set<Integer> numbers = new HashSet<>();
        for (Text t : c.texts()) {
            for (MarkerRef m : doc.markersOf(t)) numbers.add(m.number());
        }
        return doc.footnotes().stream().filter(f -> numbers.contains(f.number())).toList();
    }

    // ---------------------------------------------------------------- related clauses

    private static Map<ClauseRef, List<Related>> related(List<Entry> entries) {
        int n = entries.size();
        Map<String, Integer> df = new HashMap<>();
        for (Entry e : entries) e.termCounts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        // each clause's strongest terms, TF-IDF weighted and normalised
        for (Entry e : entries) {
            Map<String, Double> w = new HashMap<>();
            e.termCounts.forEach((t, c) -> {
                int f = df.get(t);
                if (f > 1) w.put(t, (1 + Math.log(c)) * Math.log((double) n / f));
            });
            List<Map.Entry<String, Double>> top = w.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(SIGNATURE).toList();
            double norm = Math.sqrt(top.stream().mapToDouble(x -> x.getValue() * x.getValue()).sum());
            Map<String, Double> sig = new LinkedHashMap<>();
            top.forEach(x -> sig.put(x.getKey(), norm == 0 ? 0 : x.getValue() / norm));
            e.signature = sig;
        }
        // a pruned inverted index: each term's strongest clauses
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : entries.get(i).signature.keySet()) postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        postings.forEach((term, list) -> {
            if (list.size() > POSTINGS) {
                list.sort(Comparator.comparingDouble((Integer i) -> -entries.get(i).signature.get(term)).thenComparing(i -> i));
                list.subList(POSTINGS, list.size()).clear();
            }
        });
        Map<String, List<Integer>> byTopic = new HashMap<>();
        Map<String, List<Integer>> byCitation = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Topic t : entries.get(i).topics) byTopic.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(i);
            for (String k : entries.get(i).cites) byCitation.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        // a shared topic counts by how specific it is: its inverse frequency over the clauses
        Map<String, Double> topicWeight = new HashMap<>();
        byTopic.forEach((id, list) -> topicWeight.put(id, Math.log(1.0 + (double) n / list.size())));
        Map<ClauseRef, List<Related>> out = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            List<Related> r = relatedOf(i, entries, postings, byTopic, byCitation, topicWeight);
            if (!r.isEmpty()) out.put(entries.get(i).ref, r);
        });
        return out;
    }

    private static List<Related> relatedOf(int i, List<Entry> entries, Map<String, List<Integer>> postings,
                                           Map<String, List<Integer>> byTopic, Map<String, List<Integer>> byCitation,
                                           Map<String, Double> topicWeight) {
        Entry e = entries.get(i);
        Map<Integer, Double> wording = new HashMap<>();
        e.signature.forEach((t, w) -> {
            for (int j : postings.getOrDefault(t, List.of())) {
                if (entries.get(j).doc != e.doc) wording.merge(j, w * entries.get(j).signature.getOrDefault(t, 0.0), Double::sum);
            }
        });
        Set<Integer> candidates = new HashSet<>(wording.keySet());
        // shared citations and topics are rarer signals: take their clauses as candidates too, up to a bound
        for (String k : e.cites) limited(byCitation.get(k), candidates, entries, e);
        for (Topic t : e.topics) limited(byTopic.get(t.id()), candidates, entries, e);
        List<Related> scored = new ArrayList<>();
        for (int j : candidates) {
            Entry o = entries.get(j);
            List<String> topics = new ArrayList<>();
            double shared = 0;
            for (Topic t : e.topics) {
                if (o.topics.contains(t)) {
                    topics.add(t.id());
                    double tw = topicWeight.get(t.id());
                    shared += tw * tw;
                }
            }
            List<String> cites = new ArrayList<>();
            for (String k : e.cites) if (o.cites.contains(k)) cites.add(k);
            double w = wording.getOrDefault(j, 0.0);
            // topics as vectors weighted by specificity: their cosine
            double norms = Math.sqrt(squares(e.topics, topicWeight) * squares(o.topics, topicWeight));
            double score = 0.6 * w + 0.4 * (norms == 0 ? 0 : shared / norms) + 0.25 * Math.min(cites.size(), 2);
            if (score >= MIN_SCORE) scored.add(new Related(o.ref, score, topics, cites, w >= 0.15));
        }
        scored.sort(Comparator.comparingDouble(Related::score).reversed().thenComparing(r -> r.target().toString()));
        return List.copyOf(scored.subList(0, Math.min(RELATED, scored.size())));
    }

    private static double squares(Set<Topic> topics, Map<String, Double> topicWeight) {
        double sum = 0;
        for (Topic t : topics) {
            double w = topicWeight.get(t.id());
            sum += w * w;
        }
        return sum;
    }

    private static final int CANDIDATES_PER_SIGNAL = 200;

    private static void limited(List<Integer> list, Set<Integer> into, List<Entry> entries, Entry self) {
        if (list == null) return;
        int added = 0;
        for (int j : list) {
            if (entries.get(j).doc == self.doc) continue;
            into.add(j);
            if (++added >= CANDIDATES_PER_SIGNAL) break;
        }
    }
}
