package org.fiqra.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fiqra.Seeds;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.link.Instruments;
import org.fiqra.link.Linker;
import org.fiqra.model.Clause;
import org.fiqra.model.ClauseKind;
import org.fiqra.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Topics, verbs and related clauses of the five seeds with the repository's topics.yml and glossary.yml. */
class SeedIndexTest {
    static List<Document> docs;
    static Indexes indexes;
    static Diagnostics diagnostics = new Diagnostics();

    @BeforeAll
    static void index() {
        docs = List.of("a-res-66-122", "oic-mcsd-2-2023-final-res", "gb-316-ins-5-1", "a-hrc-res-56-2", "e-res-2017-18")
                .stream().map(s -> Seeds.parse(s, new Diagnostics())).toList();
        var linked = Linker.link(docs, Instruments.load(Seeds.content().resolve("instruments.yml"), "instruments.yml", diagnostics), diagnostics);
        indexes = Indexer.index(docs, linked,
                Topics.load(Seeds.content().resolve("topics.yml"), "content/topics.yml", diagnostics),
                Glossary.load(Seeds.content().resolve("glossary.yml"), "content/glossary.yml", diagnostics), diagnostics);
    }

    @Test
    void theIndexStageCountsOffEveryClauseOfEachOfItsSteps() {
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Diagnostics d = new Diagnostics();
        var linked = Linker.link(docs, Instruments.load(Seeds.content().resolve("instruments.yml"), "instruments.yml", d), d);
        Indexes again = Indexer.index(docs, linked, indexes.topics(), indexes.glossary(), d, null, new Indexer.Steps() {
            @Override
            public void step(String name, int clauses) {
                steps.add(name + " " + clauses + " after " + done.getAndSet(0));
            }

            @Override
            public void done() {
                done.incrementAndGet();
            }
        });
        int clauses = docs.stream().mapToInt(doc -> doc.clauses().size()).sum();
        assertEquals(List.of("topics and verbs " + clauses + " after 0", "related clauses " + clauses + " after " + clauses), steps);
        assertEquals(clauses, done.get());
        assertEquals(indexes.clauses(), again.clauses(), "counting changes nothing");
    }

    @Test
    void relatedClausesAreTheSameWhenTheCandidateTablesHaveToGrow() {
        Diagnostics d = new Diagnostics();
        var linked = Linker.link(docs, Instruments.load(Seeds.content().resolve("instruments.yml"), "instruments.yml", d), d);
        int bits = Indexer.scratchBits;
        Indexes tiny;
        try {
            Indexer.scratchBits = 1; // two slots, one candidate: every clause's table grows, again and again
            tiny = Indexer.index(docs, linked, indexes.topics(), indexes.glossary(), d);
        } finally {
            Indexer.scratchBits = bits;
        }
        long related = indexes.clauses().values().stream().mapToLong(c -> c.related().size()).sum();
        assertTrue(related > 100, related + " related clauses");
        assertEquals(indexes.clauses(), tiny.clauses());
    }

    @Test
    void relatedClausesRankByScoreThenByAddress() throws java.io.IOException {
        // the synthetic corpus repeats clauses word for word, so equal scores are common and the address decides
        Diagnostics d = new Diagnostics();
        List<Document> corpus = new java.util.ArrayList<>(docs);
        try (var files = java.nio.file.Files.list(org.fiqra.Seeds.synthetic())) {
            for (var f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                var source = new org.fiqra.content.ContentReader(d).read(f, "synthetic/" + f.getFileName()).orElseThrow();
                corpus.add(org.fiqra.parse.DocumentParser.parse(source, d));
            }
        }
        var linked = Linker.link(corpus, Instruments.load(Seeds.content().resolve("instruments.yml"), "instruments.yml", d), d);
        Indexes all = Indexer.index(corpus, linked, indexes.topics(), indexes.glossary(), d);
        int ties = 0;
        for (ClauseIndex c : all.clauses().values()) {
            List<Related> r = c.related();
            for (int k = 1; k < r.size(); k++) {
                Related a = r.get(k - 1);
                Related b = r.get(k);
                assertTrue(a.score() > b.score() || a.score() == b.score()
                        && a.target().toString().compareTo(b.target().toString()) < 0, a + " before " + b);
                if (a.score() == b.score()) ties++;
            }
        }
        assertTrue(ties > 10, ties + " ties");
    }

    @Test
    void theVocabularyHasAtLeast25TopicsWithAsciiIds() {
        List<Topic> topics = indexes.topics().all();
        assertTrue(topics.size() >= 25, topics.size() + " topics");
        topics.forEach(t -> assertTrue(t.id().matches("[a-z0-9]+(-[a-z0-9]+)*") && !t.terms().isEmpty(), t.id()));
        assertEquals(List.of(), diagnostics.all().stream().filter(d -> d.code() == Code.DATA_FILE).toList());
    }

    @Test
    void socialProtectionTagsClausesOfThreeDocuments() {
        Set<String> slugs = indexes.byTopic().get("social-protection").stream().map(ClauseRef::slug).collect(Collectors.toSet());
        assertTrue(slugs.containsAll(Set.of("a-res-66-122", "oic-mcsd-2-2023-final-res", "gb-316-ins-5-1")), slugs.toString());
    }

    @Test
    void aTopicTagsAClauseThatWritesItsTermWithAPrefix() {
        // A/RES/66/122 pp-6: "بسياسات فعالة للحماية الاجتماعية"
        assertTrue(indexes.of("a-res-66-122", "pp-6").topics().stream().anyMatch(t -> t.id().equals("social-protection")));
    }

    @Test
    void everyOperativeParagraphGetsItsVerbOrIsReported() {
        int operative = 0;
        int found = 0;
        for (Document d : docs) {
            for (Clause c : d.clauses()) {
                if (c.kind() != ClauseKind.OPERATIVE) continue;
                operative++;
                if (indexes.of(d.slug(), c.id().value()).verb() != null) found++;
            }
        }
        assertTrue(found >= 0.95 * operative, found + " of " + operative);
        List<Diagnostic> misses = diagnostics.all().stream().filter(d -> d.code() == Code.VERB_NOT_FOUND).toList();
        assertEquals(operative - found, misses.size(), "every miss is in the report: " + misses);
    }

    @Test
    void verbsAreReadWithTheirModifiers() {
        assertEquals("Urges", indexes.of("e-res-2017-18", "op-1").verb().english());
        assertEquals("Also encourages", indexes.of("a-res-66-122", "op-4").verb().english());
        assertEquals("Requests", indexes.of("a-res-66-122", "op-8").verb().english());
        assertEquals("Recalling", indexes.of("a-res-66-122", "pp-1").verb().english());
        assertEquals("Reaffirms", indexes.of("a-hrc-res-56-2", "op-1").verb().english());
    }

    @Test
    void relatedClausesComeFromOtherDocumentsWithTheirReasons() {
        List<Related> related = indexes.of("a-res-66-122", "op-2").related();
        assertTrue(related.size() <= 5 && !related.isEmpty());
        assertTrue(related.stream().noneMatch(r -> r.target().slug().equals("a-res-66-122")));
        assertTrue(related.stream().anyMatch(r -> r.target().slug().equals("gb-316-ins-5-1")), related.toString());
        assertTrue(related.stream().allMatch(r -> !r.topics().isEmpty() || !r.citations().isEmpty() || r.wording()),
                "every related clause says why");
    }
}
