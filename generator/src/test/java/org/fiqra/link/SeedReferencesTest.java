package org.fiqra.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.fiqra.Seeds;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.SubParagraph;
import org.fiqra.model.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The references of the five seeds against {@code references/expected.tsv}: a list made by
 * reading the texts, independently of this code (document, where, as written, target).
 */
class SeedReferencesTest {
    static final List<String> SLUGS = List.of("a-res-66-122", "oic-mcsd-2-2023-final-res", "gb-316-ins-5-1",
            "a-hrc-res-56-2", "e-res-2017-18");
    static List<Document> docs;
    static LinkedCorpus linked;
    static Diagnostics diagnostics = new Diagnostics();

    @BeforeAll
    static void link() {
        docs = SLUGS.stream().map(s -> Seeds.parse(s, new Diagnostics())).toList();
        Instruments instruments = Instruments.load(Seeds.content().resolve("instruments.yml"), "content/instruments.yml", diagnostics);
        linked = Linker.link(docs, instruments, diagnostics);
    }

    /** Every text of a document with the id the oracle uses for it (clause, sub-paragraph, section, footnote). */
    static void texts(Document doc, BiConsumer<String, Text> visit) {
        for (Clause c : doc.preamble()) clause(c, visit);
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) clause(c, visit);
            else if (b instanceof Section s) visit.accept(s.id().value(), s.heading());
            else if (b instanceof Prose p) visit.accept("prose", p.text());
        }
        for (Footnote f : doc.footnotes()) visit.accept(f.id(), f.text());
    }

    static void clause(Clause c, BiConsumer<String, Text> visit) {
        visit.accept(c.id().value(), c.text());
        items(c.items(), visit);
    }

    static void items(List<SubParagraph> items, BiConsumer<String, Text> visit) {
        for (SubParagraph s : items) {
            visit.accept(s.id().value(), s.text());
            items(s.items(), visit);
        }
    }

    static List<String[]> oracle() throws IOException {
        try (InputStream in = SeedReferencesTest.class.getClassLoader().getResourceAsStream("references/expected.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        }
    }

    /** "slug where written target" of every reference by number or symbol (named instruments are tested apart). */
    static List<String> found() {
        List<String> out = new ArrayList<>();
        for (Document d : docs) {
            texts(d, (where, text) -> {
                for (Reference r : linked.referencesOf(text)) {
                    if (r.kind() == Reference.Kind.NAME) continue;
                    String target = r.clause() != null ? "SELF " + r.clause() : r.key().replace("OIC-CFM", "OIC-CFM");
                    boolean ilo = r.kind() == Reference.Kind.ILO;
                    if (ilo) target = r.key().toUpperCase(java.util.Locale.ROOT);
                    out.add(d.slug() + " " + where + " " + (ilo ? number(r.written()) : r.written()) + " " + target);
                }
            });
        }
        return out;
    }

    private static String number(String written) {
        return written.replaceAll("[^0-9٠-٩]", "");
    }

    @Test
    void everyReferenceOfTheOracleIsFoundWithItsTarget() throws IOException {
        List<String> expected = oracle().stream().filter(c -> !c[3].equals("UNRESOLVED"))
                .map(c -> c[0] + " " + c[1] + " " + (c[3].startsWith("ILO-") ? number(c[2]) : c[2]) + " " + c[3]).sorted().toList();
        List<String> actual = found().stream().filter(l -> !l.contains(" prose ") && !l.contains("SELF"))
                .sorted().toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void whatFitsNoOrderIsWarnedAndStaysText() throws IOException {
        Map<String, List<Diagnostic>> byFile = diagnostics.all().stream().filter(d -> d.code() == Code.REFERENCE_UNRESOLVED)
                .collect(Collectors.groupingBy(d -> d.position().file()));
        List<String> messages = diagnostics.all().stream().filter(d -> d.code() == Code.REFERENCE_UNRESOLVED).map(Diagnostic::message).toList();
        for (String[] c : oracle()) {
            if (!c[3].equals("UNRESOLVED")) continue;
            assertTrue(found().stream().noneMatch(l -> l.startsWith(c[0] + " " + c[1] + " " + c[2] + " ")), "no link for " + String.join(" ", c));
        }
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("«١٧٠/١» fits no General Assembly resolution")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("«22/2000»")), messages.toString());
        assertEquals("content/ar/e-res-2017-18.md:93:25", byFile.get("content/ar/e-res-2017-18.md").get(0).position().toString());
    }

    @Test
    void theOrderAssumedIsSaidInTheReport() {
        List<String> assumed = diagnostics.all().stream().filter(d -> d.code() == Code.REFERENCE_ORDER_ASSUMED).map(Diagnostic::message).toList();
        assertTrue(assumed.contains("«17/6» read as A/HRC/RES/6/17 (number/session, the order of this document's title line 2/56); "
                + "A/HRC/RES/17/6 would also exist"), assumed.toString());
    }

    @Test
    void aParagraphOfTheSameDocumentIsLinkedToThatClause() {
        Document ilo = docs.get(2);
        List<Reference> self = new ArrayList<>();
        texts(ilo, (where, text) -> linked.referencesOf(text).stream().filter(r -> r.clause() != null).forEach(self::add));
        assertEquals(List.of("الفقرة ٣٢ -> GB.316/INS/5/1#para-32"),
                self.stream().map(r -> r.written() + " -> " + r.key() + "#" + r.clause()).toList());
    }

    @Test
    void theTitleLineIsNoCitation() {
        for (Document d : docs) {
            assertTrue(linked.citing(d.symbol()).stream().allMatch(c -> c.reference().clause() != null),
                    d.symbol() + " cites itself only by its paragraphs");
        }
    }
}
