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

    /**
     * Writes the index of the tree of {@code lang} into {@code dir}; with a {@code memo}, returns false, having
     * written nothing, when {@code mayKeep} and the index on disk is the same.
     */
    static boolean write(java.nio.file.Path dir, Language lang, List<Document> documents, Map<String, Document> english,
                         ViewBuilder views, LinkedCorpus linked, Indexes indexes, Memo memo, boolean mayKeep) {
        Map<String, SearchIndex.Label> bodies = new java.util.TreeMap<>();
        for (Document arabic : documents) {
            String body = Linker.bodyCode(arabic);
            if (!body.isEmpty()) bodies.putIfAbsent(body, new SearchIndex.Label(body, PlainText.of(views.bodyName(arabic)), null));
        }
        // Each document's entries on its own (in parallel), then all of them in the documents' order.
        List<SearchIndex.Entry> entries = documents.parallelStream().map(arabic -> {
            List<SearchIndex.Entry> own = new ArrayList<>();
            Document shown = views.showsEnglish(arabic) ? english.get(arabic.slug()) : arabic;
            String body = Linker.bodyCode(arabic);
            int year = arabic.date() == null ? 0 : arabic.date().getYear();
            for (Clause c : shown.clauses()) {
                String id = c.id().value();
                Clause cited = arabic.clause(id).orElse(c);
                StringBuilder text = new StringBuilder();
                for (Text t : c.texts()) text.append(text.length() == 0 ? "" : " ").append(PlainText.of(t.raw()));
                String citation = views.citationText(shown, c);
                boolean rtl = shown == arabic;
                own.add(new SearchIndex.Entry(arabic.slug(), arabic.symbol(), id, Addresses.document(arabic.slug()) + "#" + id,
                        citation, body, year, indexes.of(arabic.slug(), id).topics().stream().map(Topic::id).toList(),
                        text.toString(), symbols(cited, linked), rtl, lang == Language.AR ? LatinRuns.spans(citation) : NONE,
                        rtl ? LatinRuns.spans(text.toString()) : NONE));
            }
            return own;
        }).flatMap(List::stream).toList();
        List<SearchIndex.Label> topics = indexes.topics().all().stream()
                .map(t -> new SearchIndex.Label(t.id(), lang.pick(t.ar(), t.en()), t.parent())).toList();
        List<SearchIndex.Label> bodyLabels = List.copyOf(bodies.values());
        if (memo != null) {
            byte[] digest = digest(entries, bodyLabels, topics);
            memo.made.put(lang, digest);
            if (mayKeep && java.util.Arrays.equals(digest, memo.published.get(lang))) return false;
        }
        SearchIndex.write(dir, lang.code(), SearchIndex.order(entries), bodyLabels, topics);
        return true;
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

    /** The canonical symbols of the documents a clause cites ({@code A/RES/64/293}), read from its Arabic text. */
    private static List<String> symbols(Clause c, LinkedCorpus linked) {
        Set<String> out = new LinkedHashSet<>();
        for (Text t : c.texts()) {
            for (Reference r : linked.referencesOf(t)) {
                if (r.key().indexOf('/') > 0) out.add(r.key());
            }
        }
        return List.copyOf(out);
    }
}
