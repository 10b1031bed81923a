package org.fiqra.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fiqra.index.ClauseRef;
import org.fiqra.index.Glossary;
import org.fiqra.index.Indexes;
import org.fiqra.index.Topic;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;

/** The views of the index pages: topics, verbs, documents by body and by year. */
public final class IndexViewBuilder {
    private static final String DOWN = "../";

    private final ViewBuilder views;
    private final Indexes indexes;
    private final Messages msg;

    public IndexViewBuilder(ViewBuilder views) {
        this.views = views;
        this.indexes = views.indexes();
        this.msg = views.msg();
    }

    // ---------------------------------------------------------------- topics

    /** Every topic, parents before their children, each level in Arabic collation order. */
    public Views.TopicIndex topicIndex() {
        Language lang = views.lang();
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang.code()));
        Comparator<Topic> order = (a, b) -> collator.compare(lang.pick(a.ar(), a.en()), lang.pick(b.ar(), b.en()));
        List<Views.TopicRow> rows = new ArrayList<>();
        List<Topic> all = indexes.topics().all();
        Set<String> ids = new HashSet<>();
        all.forEach(t -> ids.add(t.id()));
        List<Topic> roots = all.stream().filter(t -> t.parent() == null || !ids.contains(t.parent())).sorted(order).toList();
        for (Topic t : roots) add(t, 0, all, order, rows);
        return new Views.TopicIndex(rows);
    }

    private void add(Topic t, int depth, List<Topic> all, Comparator<Topic> order, List<Views.TopicRow> rows) {
        rows.add(row(t, depth, DOWN));
        all.stream().filter(c -> t.id().equals(c.parent())).sorted(order).forEach(c -> add(c, depth + 1, all, order, rows));
    }

    private Views.TopicRow row(Topic t, int depth, String root) {
        List<ClauseRef> refs = indexes.byTopic().getOrDefault(t.id(), List.of());
        long documents = refs.stream().map(ClauseRef::slug).distinct().count();
        return new Views.TopicRow(t.id(), views.lang().pick(t.ar(), t.en()), views.lang() == org.fiqra.render.Language.AR ? t.en() : t.ar(),
                root + Addresses.topic(t.id()), depth,
                views.lang().number(refs.size()), views.lang().number((int) documents), refs.size());
    }

    public Views.TopicPage topicPage(Topic t) {
        Views.Link parent = t.parent() == null ? null : indexes.topics().byId(t.parent())
                .map(p -> new Views.Link(DOWN + Addresses.topic(p.id()), views.lang().pick(p.ar(), p.en()))).orElse(null);
        List<Views.Link> children = indexes.topics().all().stream().filter(c -> t.id().equals(c.parent()))
                .map(c -> new Views.Link(DOWN + Addresses.topic(c.id()), views.lang().pick(c.ar(), c.en()))).toList();
        return new Views.TopicPage(row(t, 0, DOWN), parent, children, grouped(indexes.byTopic().getOrDefault(t.id(), List.of()), null));
    }

    // ---------------------------------------------------------------- verbs

    public Views.VerbIndex verbIndex() {
        List<Views.VerbRow> operative = new ArrayList<>();
        List<Views.VerbRow> preambular = new ArrayList<>();
        for (Glossary.Entry e : indexes.glossary().entries()) {
            Views.VerbRow row = verbRow(e);
            if (row.clauseCount() == 0) continue;
            (e.operative() ? operative : preambular).add(row);
        }
        Comparator<Views.VerbRow> byCount = Comparator.comparingInt(Views.VerbRow::clauseCount).reversed()
                .thenComparing(Views.VerbRow::id);
        operative.sort(byCount);
        preambular.sort(byCount);
        return new Views.VerbIndex(operative, preambular);
    }

    private Views.VerbRow verbRow(Glossary.Entry e) {
        int n = indexes.byVerb().getOrDefault(e.id(), List.of()).size();
        return new Views.VerbRow(e.id(), e.en(), e.ar(), DOWN + Addresses.verb(e.id()), views.lang().number(n), n, e.operative());
    }

    /** The verbs that have clauses, each with its page. */
    public List<Glossary.Entry> usedVerbs() {
        return indexes.glossary().entries().stream()
                .filter(e -> !indexes.byVerb().getOrDefault(e.id(), List.of()).isEmpty()).toList();
    }

    public Views.VerbPage verbPage(Glossary.Entry e) {
        return new Views.VerbPage(verbRow(e), grouped(indexes.byVerb().getOrDefault(e.id(), List.of()), e));
    }

    /** Clauses grouped by document, each quoted with its text (and, on verb pages, its English opening). */
    private List<Views.CitingDocument> grouped(List<ClauseRef> refs, Glossary.Entry verb) {
        Map<String, List<Views.CitingClause>> byDoc = new LinkedHashMap<>();
        for (ClauseRef r : refs) {
            Document d = views.document(r.slug());
            Clause c = d.clause(r.clause()).orElseThrow();
            String note = verb == null ? null : indexes.of(r.slug(), r.clause()).verb().english();
            byDoc.computeIfAbsent(r.slug(), k -> new ArrayList<>()).add(views.quote(d, c, DOWN, note));
        }
        List<Views.CitingDocument> out = new ArrayList<>();
        byDoc.forEach((slug, clauses) -> out.add(new Views.CitingDocument(views.summary(views.document(slug), DOWN), clauses)));
        return out;
    }

    // ---------------------------------------------------------------- bodies and years

    public Views.Listing body(List<Document> documents) {
        return new Views.Listing(views.bodyHtml(documents.get(0)), documents.stream().map(d -> views.summary(d, DOWN)).toList());
    }

    public Views.Listing year(int year, List<Document> documents) {
        return new Views.Listing(ViewBuilder.escape(msg.format("year.heading", views.lang().number(year))),
                documents.stream().map(d -> views.summary(d, DOWN)).toList());
    }
}
