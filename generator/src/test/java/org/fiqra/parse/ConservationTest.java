package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.fiqra.Seeds;
import org.fiqra.content.ContentReader;
import org.fiqra.content.FrontMatter;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.SubParagraph;
import org.fiqra.model.Text;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Nothing is lost: every word of a source lands in the outline the parser makes of it, as header,
 * title, opening, clause or item (its marker or its text), footnote, vote, closing, annex or section,
 * or in the report as page furniture that was dropped; and the outline holds no word the source
 * lacks. Held over the seeds in both languages, the synthetic corpus, the real texts (also on one
 * line, and broken every three and eight words) and mutated seeds. Words are compared as the parser
 * reads the lines (bidi controls, presentation forms and a forum's BBCode markup are not words).
 */
class ConservationTest {
    /** The heads of a vote's lists: the list fields (in favour, against, abstaining) stand for them. */
    private static final List<String> LIST_HEADS = List.of("المؤيدون", "المعارضون", "الممتنعون", "المتنعون", "مع", "ضد",
            "القرار", "امتنع", "عن", "التصويت", "المؤيد", "المعارض", "الممتنع");

    @TestFactory
    Stream<DynamicTest> everyWordOfASourceLandsInItsOutlineOrInTheReport() throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        for (String dir : List.of("ar", "en")) {
            try (Stream<Path> files = Files.list(Seeds.content().resolve(dir))) {
                for (Path f : files.sorted().toList()) sources.add(read(f));
            }
        }
        try (Stream<Path> files = Files.list(Seeds.synthetic())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) sources.add(read(f));
        }
        for (RealTexts.Case c : RealTexts.cases()) {
            sources.add(c.source());
            // the layouts that cut and join lines most: nothing may be lost there either
            for (LayoutVariants.Variant v : LayoutVariants.ALL) {
                if (!v.held()) sources.add(LayoutVariants.apply(c, v).source());
            }
        }
        Random random = new Random(20261206L);
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Seeds.content().resolve("ar"))) {
            for (Path f : files.sorted().toList()) seeds.add(Files.readString(f).split("\n---\n", 2)[1]);
        }
        for (int i = 0; i < 40; i++) {
            String mutant = ParserFuzzTest.mutate(seeds.get(i % seeds.size()), random);
            sources.add(new SourceFile("mutant-" + i + ".md", new FrontMatter("A/RES/70/9", null, null, null, null, null, null),
                    Arrays.asList(mutant.split("\r\n|\n|\r", -1)), 1));
        }
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return sources.stream().map(s -> DynamicTest.dynamicTest(n.incrementAndGet() + " " + s.display(), () -> check(s)));
    }

    private static SourceFile read(Path f) {
        return new ContentReader(new Diagnostics()).read(f, f.getFileName().toString()).orElseThrow();
    }

    private static void check(SourceFile source) {
        Diagnostics d = new Diagnostics();
        Document doc = DocumentParser.parse(source, d);
        Map<String, Integer> inSource = new HashMap<>();
        boolean english = "en".equals(source.frontMatter().language());
        for (Line line : SourceText.lines(source, english, new Diagnostics())) count(inSource, line.text(), 1);
        Map<String, Integer> placed = new HashMap<>();
        for (String piece : pieces(doc)) count(placed, piece, 1);
        // the title line's text is the document's title (unless the front matter gives one, which is no word of the source)
        count(placed, doc.title(), 1);
        d.all().stream().filter(x -> x.code() == Code.FURNITURE_DROPPED).forEach(x -> count(placed, x.message(), 1));
        if (doc.vote() != null) LIST_HEADS.forEach(h -> placed.merge(h, 1_000, Integer::sum));
        List<String> lost = new ArrayList<>();
        inSource.forEach((w, n) -> {
            if (placed.getOrDefault(w, 0) < n) lost.add(w + " ×" + (n - placed.getOrDefault(w, 0)));
        });
        Map<String, Integer> made = new HashMap<>();
        for (String piece : pieces(doc)) count(made, piece, 1);
        List<String> invented = new ArrayList<>();
        made.forEach((w, n) -> {
            if (!inSource.containsKey(w)) invented.add(w);
        });
        assertTrue(lost.isEmpty() && invented.isEmpty(), () -> source.display() + ": lost " + lost + "; invented " + invented
                + "\n" + Outline.of(doc));
    }

    /** Every piece of text the document holds, but its title (which may come from the front matter). */
    private static List<String> pieces(Document doc) {
        List<String> out = new ArrayList<>();
        doc.header().forEach(h -> out.add(h.text().raw()));
        if (doc.titleLine() != null) out.add(doc.titleLine());
        add(out, doc.opening());
        add(out, doc.operativeIntro());
        for (Clause c : doc.preamble()) clause(out, c);
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) clause(out, c);
            else if (b instanceof Section s) {
                out.add(s.marker());
                add(out, s.heading());
            } else if (b instanceof Prose p) {
                add(out, p.text());
            }
        }
        doc.footnotes().forEach(f -> {
            out.add(f.marker());
            add(out, f.text());
        });
        doc.closing().forEach(t -> add(out, t));
        if (doc.vote() != null) {
            add(out, doc.vote().statement());
            out.addAll(doc.vote().inFavourList());
            out.addAll(doc.vote().againstList());
            out.addAll(doc.vote().abstainingList());
        }
        if (doc.annex() != null) {
            var a = doc.annex();
            add(out, a.heading());
            a.caption().forEach(t -> add(out, t));
            a.header().forEach(t -> add(out, t));
            a.rows().forEach(r -> r.forEach(t -> add(out, t)));
            a.notes().forEach(t -> add(out, t));
        }
        return out;
    }

    private static void clause(List<String> out, Clause c) {
        out.add(c.marker());
        add(out, c.text());
        c.items().forEach(i -> item(out, i));
    }

    private static void item(List<String> out, SubParagraph s) {
        out.add(s.marker());
        add(out, s.text());
        s.items().forEach(i -> item(out, i));
    }

    private static void add(List<String> out, Text t) {
        if (t != null) out.add(t.raw());
    }

    /** The words of a text: runs of letters and digits. */
    private static void count(Map<String, Integer> words, String text, int by) {
        for (String w : text.split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isEmpty()) words.merge(w, by, Integer::sum);
        }
    }
}
