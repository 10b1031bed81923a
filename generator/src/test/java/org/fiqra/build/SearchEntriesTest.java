package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.fiqra.diag.Diagnostics;
import org.fiqra.index.Indexer;
import org.fiqra.index.Indexes;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Linker;
import org.fiqra.model.Document;
import org.fiqra.parse.DocumentParser;
import org.fiqra.render.InlineRenderer;
import org.fiqra.render.Language;
import org.fiqra.render.Messages;
import org.fiqra.render.ViewBuilder;
import org.fiqra.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search indexes of both trees, written as a stream of chunks (a build without a state), are those of
 * each tree written alone from all its entries at once (the preview server's way), whether the trees share
 * their postings (no English text shown) or not.
 */
class SearchEntriesTest {
    @TempDir
    Path tmp;

    private record Corpus(List<Document> documents, Map<String, Document> english, LinkedCorpus linked, Indexes indexes,
                          List<SearchEntries.Tree> trees) {
    }

    /** The repository's content with the twelve synthetic documents, with or without its English texts. */
    private Corpus corpus(boolean withEnglish, Path output) throws IOException {
        Path content = Seeds.copy(Seeds.content(), tmp.resolve("content-of-" + output.getFileName()));
        try (Stream<Path> synthetic = Files.list(Seeds.synthetic())) {
            for (Path p : synthetic.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(p, content.resolve("ar").resolve(p.getFileName()));
            }
        }
        if (!withEnglish) SiteBuild.delete(content.resolve("en"));
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(content, diagnostics);
        List<Document> documents = loader.sources().stream().map(s -> DocumentParser.parse(s, diagnostics)).toList();
        Map<String, Document> english = new HashMap<>();
        loader.englishSources().forEach(s -> {
            Document en = DocumentParser.parse(s, diagnostics);
            english.put(en.slug(), en);
        });
        LinkedCorpus linked = Linker.link(documents, loader.instruments(), diagnostics);
        Indexes indexes = Indexer.index(documents, linked, loader.topics(), loader.glossary(), diagnostics);
        Bodies bodies = loader.bodies();
        List<SearchEntries.Tree> trees = new ArrayList<>();
        for (Language lang : Language.values()) {
            ViewBuilder views = new ViewBuilder(lang, Messages.load(Seeds.templates(), lang.code()), new InlineRenderer(true),
                    d -> bodies.name(d, lang.code()), linked, indexes, english);
            trees.add(new SearchEntries.Tree(lang, output.resolve(lang.prefix() + "search"), views));
        }
        return new Corpus(documents, english, linked, indexes, trees);
    }

    private static void write(Corpus c, SearchEntries.Memo memo) {
        assertEquals(java.util.EnumSet.allOf(Language.class),
                SearchEntries.write(c.trees(), c.documents(), c.english(), c.linked(), c.indexes(), memo, false, () -> { }));
    }

    private void streamedIsWrittenAlone(boolean withEnglish) throws IOException {
        Path streamed = tmp.resolve("streamed-" + withEnglish);
        Path alone = tmp.resolve("alone-" + withEnglish);
        int chunk = SearchEntries.chunk;
        try {
            SearchEntries.chunk = 3; // chunks of three documents end inside a bucket of eight clauses
            write(corpus(withEnglish, streamed), null);
        } finally {
            SearchEntries.chunk = chunk;
        }
        write(corpus(withEnglish, alone), new SearchEntries.Memo());
        Map<String, byte[]> want = files(alone);
        Map<String, byte[]> got = files(streamed);
        assertEquals(want.keySet(), got.keySet());
        assertTrue(want.keySet().stream().filter(p -> p.startsWith("search/c/")).count() > 50, want.keySet().toString());
        want.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(got.get(path), StandardCharsets.UTF_8), path));
    }

    @Test
    void treesThatSearchTheSameWordsShareTheirPostingsAndWriteWhatEachWouldAlone() throws IOException {
        streamedIsWrittenAlone(false);
        // the English tree's postings are the Arabic tree's, in a script that says "en"
        Map<String, byte[]> written = files(tmp.resolve("streamed-false"));
        int shards = 0;
        for (String path : written.keySet()) {
            if (!path.startsWith("search/t/")) continue;
            String ar = new String(written.get(path), StandardCharsets.UTF_8);
            String en = new String(written.get("en/" + path), StandardCharsets.UTF_8);
            assertEquals(ar.replaceFirst("^FiqraSearch\\.shard\\(\"ar\"", "FiqraSearch.shard(\"en\""), en, path);
            shards++;
        }
        assertTrue(shards > 0);
    }

    @Test
    void treesThatSearchDifferentWordsAreWrittenOneAfterTheOther() throws IOException {
        streamedIsWrittenAlone(true);
        Map<String, byte[]> written = files(tmp.resolve("streamed-true"));
        assertTrue(new String(written.get("en/search/docs.js"), StandardCharsets.UTF_8).contains("e-res-2017-18"));
        boolean englishWords = written.entrySet().stream().anyMatch(e -> e.getKey().startsWith("en/search/t/")
                && new String(e.getValue(), StandardCharsets.UTF_8).contains("\"reaffirm"));
        assertTrue(englishWords, "the English tree indexes the English texts' words");
    }

    @Test
    void aWriterRefusesTreesThatSearchDifferentWords() {
        SearchIndex.Writer writer = new SearchIndex.Writer(List.of(
                new SearchIndex.Tree(tmp.resolve("a"), "ar", List.of(), List.of()),
                new SearchIndex.Tree(tmp.resolve("b"), "en", List.of(), List.of())));
        SearchIndex.Entry arabic = entry("حماية الأطفال");
        SearchIndex.Entry english = entry("protection of children");
        assertThrows(IllegalArgumentException.class, () -> writer.add(List.of(List.of(arabic), List.of(english))));
    }

    private static SearchIndex.Entry entry(String text) {
        return new SearchIndex.Entry("a-res-1-1", "A/RES/1/1", "op-1", "a-res-1-1.html#op-1", "A/RES/1/1", "ga", 1946, List.of(),
                text, List.of(), true, new int[0], new int[0]);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
