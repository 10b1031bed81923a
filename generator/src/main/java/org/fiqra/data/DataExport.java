package org.fiqra.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiqra.diag.FiqraException;
import org.fiqra.index.Indexes;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Reference;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.MarkerRef;
import org.fiqra.model.SubParagraph;
import org.fiqra.model.Text;

/**
 * Data for other programs: {@code data/documents.json} (every document with its metadata),
 * {@code data/<slug>.json} (its clauses with their sub-paragraphs, footnotes, references, topics,
 * verb and English counterpart), and the JSON Schemas they follow under {@code data/schema/}.
 * Texts are the source texts as written (inline Markdown and footnote markers included).
 */
public final class DataExport {
    public static final String DOCUMENTS_SCHEMA = "schema/documents.schema.json";
    public static final String DOCUMENT_SCHEMA = "schema/document.schema.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LinkedCorpus linked;
    private final Indexes indexes;
    private final Map<String, Document> english;

    public DataExport(LinkedCorpus linked, Indexes indexes, Map<String, Document> english) {
        this.linked = linked;
        this.indexes = indexes;
        this.english = english;
    }

    /** Writes data/ into the site folder {@code out}; returns how many files. */
    public int write(Path out, List<Document> documents) {
        Path data = out.resolve("data");
        try {
            Files.createDirectories(data.resolve("schema"));
            for (String schema : List.of(DOCUMENTS_SCHEMA, DOCUMENT_SCHEMA)) {
                try (InputStream in = DataExport.class.getResourceAsStream(schema.substring("schema/".length()))) {
                    Files.write(data.resolve(schema), in.readAllBytes());
                }
            }
            List<DataRecords.DocumentEntry> entries = new ArrayList<>();
            for (Document d : documents) {
                entries.add(new DataRecords.DocumentEntry(d.symbol(), d.slug(), d.title(), d.body(),
                        d.date() == null ? null : d.date().toString(), d.kind().name().toLowerCase(java.util.Locale.ROOT),
                        d.clauses().size(), english.containsKey(d.slug()), "../" + d.slug() + ".html", d.slug() + ".json"));
            }
            JSON.writeValue(data.resolve("documents.json").toFile(), new DataRecords.Documents(DOCUMENTS_SCHEMA, entries));
            documents.parallelStream().forEach(d -> {
                try {
                    JSON.writeValue(data.resolve(d.slug() + ".json").toFile(), document(d));
                } catch (IOException e) {
                    throw FiqraException.environment("cannot write data/" + d.slug() + ".json: " + e.getMessage(), e);
                }
            });
            return documents.size() + 3;
        } catch (IOException e) {
            throw FiqraException.environment("cannot write " + data + ": " + e.getMessage(), e);
        }
    }

    private DataRecords.DocumentData document(Document d) {
        Document en = english.get(d.slug());
        List<DataRecords.ClauseData> clauses = new ArrayList<>();
        for (Clause c : d.clauses()) {
            var index = indexes.of(d.slug(), c.id().value());
            List<DataRecords.ReferenceData> refs = new ArrayList<>();
            for (Text t : c.texts()) {
                for (Reference r : linked.referencesOf(t)) {
                    refs.add(new DataRecords.ReferenceData(r.written(), r.kind().name().toLowerCase(java.util.Locale.ROOT), r.key(), r.clause()));
                }
            }
            List<Integer> footnotes = new ArrayList<>();
            for (Text t : c.texts()) {
                for (MarkerRef m : d.markersOf(t)) {
                    if (m.resolved() && !footnotes.contains(m.number())) footnotes.add(m.number());
                }
            }
            Clause counterpart = en == null ? null : en.clause(c.id().value()).orElse(null);
            clauses.add(new DataRecords.ClauseData(c.id().value(), c.kind().prefix(), c.number(), c.marker(), c.text().raw(),
                    items(c.items()), footnotes, refs, index.topics().stream().map(t -> t.id()).toList(),
                    index.verb() == null ? null : new DataRecords.VerbData(index.verb().entry().id(), index.verb().english(),
                            index.verb().written()),
                    counterpart == null ? null : new DataRecords.EnglishData(counterpart.text().raw(), items(counterpart.items()),
                            en.translation() == null ? "unofficial" : en.translation()),
                    "../" + d.slug() + "/" + c.id().value() + ".html"));
        }
        List<DataRecords.FootnoteData> footnotes = d.footnotes().stream()
                .map(f -> new DataRecords.FootnoteData(f.number(), f.text().raw())).toList();
        var v = d.vote();
        return new DataRecords.DocumentData(DOCUMENT_SCHEMA, d.symbol(), d.slug(), d.title(), d.body(),
                d.date() == null ? null : d.date().toString(), d.kind().name().toLowerCase(java.util.Locale.ROOT), d.language(),
                clauses, footnotes, v == null ? null : new DataRecords.VoteData(v.inFavour(), v.against(), v.abstaining(),
                        v.inFavourList(), v.againstList(), v.abstainingList()));
    }

    private static List<DataRecords.ItemData> items(List<SubParagraph> items) {
        return items.stream().map(s -> new DataRecords.ItemData(s.id().value(), s.marker(), s.text().raw(), items(s.items()))).toList();
    }
}
