package org.fiqra.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiqra.index.Indexes;
import org.fiqra.index.Topic;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Linker;
import org.fiqra.link.Reference;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.Text;
import org.fiqra.render.Addresses;
import org.fiqra.render.Language;
import org.fiqra.render.LatinRuns;
import org.fiqra.render.ViewBuilder;
import org.fiqra.search.SearchIndex;
import org.fiqra.text.PlainText;

/** What the search index of one language's tree holds: every clause as that tree shows it, and the filters' labels. */
final class SearchEntries {
    private static final int[] NONE = {};
    private SearchEntries() {
    }

    /**
     * The digest of each tree's index as last written, kept between the builds of one process (the preview
     * server's): an index whose entries and labels are all as they were is not written again.
     */
    static final class Memo {
        /** The digests of the indexes on disk, and of those this build made, until they are published. */
        private final Map<Language, byte[]> published = new java.util.EnumMap<>(Language.class);
        private final Map<Language, byte[]> made = new java.util.EnumMap<>(Language.class);

        /** The indexes this build made are now the site's. */
        void published() {
            published.putAll(made);
            made.clear();
        }
    }

    /** One language's tree: where its index goes, and how its pages show the documents. */
    record Tree(Language lang, java.nio.file.Path dir, ViewBuilder views) {
    }

    /**
     * Documents handed to the index at a time: enough to keep both cores busy, few enough to drop soon;
     * a test makes it small, so that chunks end inside a bucket.
     */
    static volatile int chunk = 64;

    /**
     * Writes the search index of each tree; returns the languages whose index it wrote. With a {@code memo},
     * an index whose entries and labels are all as they were is not written again when {@code mayKeep}.
     * Without one, the trees are written as a stream of chunks of documents, and when no tree shows an
     * English text they search the same words and share their postings, tokenised once. Each document of
     * each tree indexed calls {@code documentDone} once.
     */
    static Set<Language> write(List<Tree> trees, List<Document> documents, Map<String, Document> english, LinkedCorpus linked,
                               Indexes indexes, Memo memo, boolean mayKeep, Runnable documentDone) {
        List<Document> ordered = ordered(documents);
        Map<Language, SearchIndex.Tree> outputs = new java.util.EnumMap<>(Language.class);
        for (Tree t : trees) outputs.put(t.lang(), new SearchIndex.Tree(t.dir(), t.lang().code(), bodies(documents, t.views()),
                topics(indexes, t.lang())));
        Set<Language> written = java.util.EnumSet.noneOf(Language.class);
        if (memo != null) {
            for (Tree t : trees) {
                List<SearchIndex.Entry> entries = ordered.parallelStream().flatMap(arabic -> entries(t, arabic, english, linked,
                        indexes, null).stream()).toList();
                SearchIndex.Tree out = outputs.get(t.lang());
                byte[] digest = digest(entries, out.bodies(), out.topics());
                memo.made.put(t.lang(), digest);
                if (!mayKeep || !java.util.Arrays.equals(digest, memo.published.get(t.lang()))) {
                    SearchIndex.Writer writer = new SearchIndex.Writer(List.of(out));
                    writer.add(List.of(entries));
                    writer.finish();
                    written.add(t.lang());
                }
                ordered.forEach(d -> documentDone.run());
            }
            return written;
        }
        boolean sameWords = trees.stream().noneMatch(t -> documents.stream().anyMatch(d -> t.views().showsEnglish(d)));
        List<List<Tree>> passes = sameWords ? List.of(trees) : trees.stream().map(List::of).toList();
        for (List<Tree> pass : passes) {
            SearchIndex.Writer writer = new SearchIndex.Writer(pass.stream().map(t -> outputs.get(t.lang())).toList());
            for (int from = 0; from < ordered.size(); from += chunk) {
                List<Document> part = ordered.subList(from, Math.min(ordered.size(), from + chunk));
                // each document's entries for every tree of the pass; the later trees reuse the first's texts
                List<List<List<SearchIndex.Entry>>> byDocument = part.parallelStream().map(arabic -> {
                    List<List<SearchIndex.Entry>> own = new ArrayList<>();
                    for (Tree t : pass) own.add(entries(t, arabic, english, linked, indexes, own.isEmpty() ? null : own.get(0)));
                    return own;
                }).toList();
                List<List<SearchIndex.Entry>> add = new ArrayList<>();
                for (int k = 0; k < pass.size(); k++) {
                    int tree = k;
                    add.add(byDocument.stream().flatMap(own -> own.get(tree).stream()).toList());
                }
                writer.add(add);
                for (int k = 0; k < part.size() * pass.size(); k++) documentDone.run();
            }
            writer.finish();
            pass.forEach(t -> written.add(t.lang()));
        }
        return written;
    }

    /** The documents in the order the index numbers their clauses: by body, then year (latest first), then as given. */
    private static List<Document> ordered(List<Document> documents) {
        List<Document> out = new ArrayList<>(documents);
        out.sort(java.util.Comparator.comparing(Linker::bodyCode)
                .thenComparing(d -> d.date() == null ? 0 : d.date().getYear(), java.util.Comparator.reverseOrder()));
        return out;
    }

    private static List<SearchIndex.Label> bodies(List<Document> documents, ViewBuilder views) {
        Map<String, SearchIndex.Label> bodies = new java.util.TreeMap<>();
        for (Document arabic : documents) {
            String body = Linker.bodyCode(arabic);
            if (!body.isEmpty()) bodies.putIfAbsent(body, new SearchIndex.Label(body, PlainText.of(views.bodyName(arabic)), null));
        }
        return List.copyOf(bodies.values());
    }

    private static List<SearchIndex.Label> topics(Indexes indexes, Language lang) {
        return indexes.topics().all().stream().map(t -> new SearchIndex.Label(t.id(), lang.pick(t.ar(), t.en()), t.parent())).toList();
    }

    /**
     * The entries of one document's clauses in one tree. With {@code same}, the entries of another tree that
     * shows the same text, their text, runs, symbols and topics are taken from those rather than made again.
     */
    private static List<SearchIndex.Entry> entries(Tree tree, Document arabic, Map<String, Document> english, LinkedCorpus linked,
                                                   Indexes indexes, List<SearchIndex.Entry> same) {
        Language lang = tree.lang();
        ViewBuilder views = tree.views();
        List<SearchIndex.Entry> own = new ArrayList<>();
        Document shown = views.showsEnglish(arabic) ? english.get(arabic.slug()) : arabic;
        String body = Linker.bodyCode(arabic);
        int year = arabic.date() == null ? 0 : arabic.date().getYear();
        String href = Addresses.document(arabic.slug()) + "#";
        List<Clause> clauses = shown.clauses();
        Map<Integer, Footnote> notes = arabic.footnotesByNumber();
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            String id = c.id().value();
            String citation = views.citationText(shown, c);
            boolean rtl = shown == arabic;
            int[] citationRuns = lang == Language.AR ? LatinRuns.spans(citation) : NONE;
            SearchIndex.Entry twin = same == null ? null : same.get(k);
            if (twin != null) {
                own.add(new SearchIndex.Entry(arabic.slug(), arabic.symbol(), id, twin.href(), citation, body, year, twin.topics(),
                        twin.text(), twin.symbols(), twin.rtl(), citationRuns, twin.textRuns()));
                continue;
            }
            Clause cited = arabic.clause(id).orElse(c);
            StringBuilder text = new StringBuilder();
            for (Text t : c.texts()) text.append(text.length() == 0 ? "" : " ").append(PlainText.of(t.raw()));
            String plain = text.toString();
            own.add(new SearchIndex.Entry(arabic.slug(), arabic.symbol(), id, href + id, citation, body, year,
                    indexes.of(arabic.slug(), id).topics().stream().map(Topic::id).toList(), plain, symbols(arabic, cited, notes, linked), rtl,
                    citationRuns, rtl ? LatinRuns.spans(plain) : NONE));
        }
        return own;
    }

    /** A SHA-256 of everything the index is written from, field by field, in order. */
    private static byte[] digest(List<SearchIndex.Entry> entries, List<SearchIndex.Label> bodies, List<SearchIndex.Label> topics) {
        java.security.MessageDigest sha = org.fiqra.text.Sha256.digest();
        for (SearchIndex.Entry e : entries) {
            String fields = String.join("\u0001", e.slug(), e.symbol(), e.clauseId(), e.href(), e.citation(), e.body(),
                    Integer.toString(e.year()), e.topics().toString(), e.text(), e.symbols().toString(), Boolean.toString(e.rtl()),
                    java.util.Arrays.toString(e.citationRuns()), java.util.Arrays.toString(e.textRuns()));
            sha.update(fields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 2);
        }
        sha.update((bodies + "\u0001" + topics).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return sha.digest();
    }

    /**
     * The canonical symbols of the documents a clause cites ({@code A/RES/64/293}), read from its Arabic text
     * and its footnotes: what the citator lists it under ({@code notes}: its document's footnotes by number).
     */
    private static List<String> symbols(Document doc, Clause c, Map<Integer, Footnote> notes, LinkedCorpus linked) {
        List<Text> texts = new ArrayList<>(c.texts());
        doc.footnotesOf(c, notes).forEach(f -> texts.add(f.text()));
        Set<String> out = new LinkedHashSet<>();
        for (Text t : texts) {
            for (Reference r : linked.referencesOf(t)) {
                if (r.key().indexOf('/') > 0) out.add(r.key());
            }
        }
        return List.copyOf(out);
    }
}
