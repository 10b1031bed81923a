package org.fiqra.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiqra.Seeds;
import org.fiqra.content.ContentReader;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.Text;
import org.fiqra.parse.DocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The references of the seeds' English texts, read through their Arabic originals, and the forms English writes. */
class EnglishReferencesTest {
    static List<Document> arabic;
    static Map<String, Document> english;
    static LinkedCorpus linked;

    @BeforeAll
    static void link() {
        arabic = SeedReferencesTest.SLUGS.stream().map(s -> Seeds.parse(s, new Diagnostics())).toList();
        english = Map.of("a-res-66-122", parseEnglish("a-res-66-122"), "e-res-2017-18", parseEnglish("e-res-2017-18"));
        Instruments instruments = Instruments.load(Seeds.content().resolve("instruments.yml"), "content/instruments.yml",
                new Diagnostics());
        linked = EnglishReferences.add(Linker.link(arabic, instruments, new Diagnostics()), arabic, english);
    }

    private static Document parseEnglish(String slug) {
        Path file = Seeds.content().resolve("en").resolve(slug + ".md");
        Diagnostics d = new Diagnostics();
        return DocumentParser.parse(new ContentReader(d).read(file, "content/en/" + slug + ".md").orElseThrow(), d);
    }

    private static Document arabic(String slug) {
        return arabic.stream().filter(d -> d.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<String> found(Text t) {
        return linked.referencesOf(t).stream().map(r -> r.written() + " " + r.key()).toList();
    }

    @Test
    void aFootnoteLeadsWhereItsArabicDoes() {
        Footnote en = english.get("a-res-66-122").footnotes().get(0);
        Footnote ar = arabic("a-res-66-122").footnotes().get(0);
        assertEquals("See resolution 65/1.", en.text().raw());
        assertEquals(List.of("A/RES/65/1"), linked.referencesOf(ar.text()).stream().map(Reference::key).toList());
        assertEquals(List.of("65/1 A/RES/65/1"), found(en.text()));
    }

    @Test
    void everyEnglishReferenceOfAClauseIsOneItsArabicClauseCites() {
        int total = 0;
        for (String slug : english.keySet()) {
            for (Clause c : english.get(slug).clauses()) {
                List<String> arabicKeys = new ArrayList<>();
                arabic(slug).clause(c.id().value()).orElseThrow().texts()
                        .forEach(t -> linked.referencesOf(t).forEach(r -> arabicKeys.add(r.key())));
                for (Text t : c.texts()) {
                    for (Reference r : linked.referencesOf(t)) {
                        total++;
                        assertEquals(r.written(), t.raw().substring(r.start(), r.end()));
                        assertTrue(arabicKeys.contains(r.key()) || r.written().matches("\\d+/\\d+"),
                                slug + " " + c.id() + ": " + r + " is not cited by the Arabic " + arabicKeys);
                    }
                }
            }
        }
        assertTrue(total >= 14, total + " references in the English clauses");
    }

    @Test
    void theClausesOfEcosocResolution2017_18() {
        Document en = english.get("e-res-2017-18");
        // "adopted by the General Assembly in its resolution 64/293": the instrument's name and the number
        Clause withPlan = en.clauses().stream().filter(c -> c.text().raw().contains("in its resolution 64/293 of 30 July 2010"))
                .findFirst().orElseThrow();
        assertEquals(List.of("United Nations Global Plan of Action to Combat Trafficking in Persons A/RES/64/293",
                "64/293 A/RES/64/293"), found(withPlan.text()));
        Clause op11 = en.clause("op-11").orElseThrow();
        assertEquals(List.of("71/287 A/RES/71/287"), found(op11.text()));
    }

    @Test
    void aResolutionTheArabicSourceMisprintsIsFoundByItsEnglishName() {
        // the Arabic footnote reads "قرار الجمعية العامة ١٧٠/١", which fits no resolution and stays text;
        // the English one names "General Assembly resolution 70/1"
        Document ar = arabic("e-res-2017-18");
        Footnote arNote = ar.footnotes().stream().filter(f -> f.text().raw().contains("١٧٠/١")).findFirst().orElseThrow();
        assertEquals(List.of(), linked.referencesOf(arNote.text()));
        Footnote enNote = english.get("e-res-2017-18").footnotes().stream().filter(f -> f.number() == arNote.number())
                .findFirst().orElseThrow();
        assertEquals(List.of("70/1 A/RES/70/1"), found(enNote.text()));
    }

    @Test
    void englishFormsOfWhatTheArabicCites() {
        Document ga = arabic("a-res-66-122");
        List<Reference> cited = List.of(
                new Reference(Reference.Kind.RESOLUTION, 0, 1, "x", "A/RES/65/1", null),
                new Reference(Reference.Kind.RESOLUTION, 0, 1, "x", "A/RES/217(III)", null),
                new Reference(Reference.Kind.RESOLUTION, 0, 1, "x", "OIC-CFM 4/46", null),
                new Reference(Reference.Kind.SYMBOL, 0, 1, "x", "A/66/454 (Part II)", null),
                new Reference(Reference.Kind.ILO, 0, 1, "x", "ilo-r202", null),
                new Reference(Reference.Kind.ILO, 0, 1, "x", "ilo-c102", null),
                new Reference(Reference.Kind.PARAGRAPH, 0, 1, "x", ga.symbol(), "op-3"));
        String text = "resolutions 65/1, 217 A (III) and 4/46-C; A/66/454 (Part II); the Social Protection Floors "
                + "Recommendation, 2012 (No. 202) and Convention No. 102; paragraph 3 but not paragraph 30; "
                + "not A/65/10, 165/1, 65/10 or 65/1.5";
        List<String> written = EnglishReferences.find(text, cited, ga, Instruments.none()).stream().map(Reference::written).toList();
        assertEquals(List.of("65/1", "217 A (III)", "4/46-C", "A/66/454 (Part II)", "Recommendation, 2012 (No. 202)",
                "Convention No. 102", "paragraph 3"), written);
    }

    @Test
    void resolutionsNamedInEnglishTakeTheBodyNamedBeforeThem() {
        Document ecosoc = arabic("e-res-2017-18");
        Document hrc = arabic("a-hrc-res-56-2");
        assertEquals(List.of("A/RES/68/192"), keys(EnglishReferences.resolutions(
                "Taking note that the General Assembly, in its resolution 68/192 of 18 December 2013, decided", ecosoc)));
        assertEquals(List.of("E/RES/2008/18", "E/RES/2010/12"), keys(EnglishReferences.resolutions(
                "Recalling its resolutions 2008/18 and 2010/12,", ecosoc)));
        assertEquals(List.of("A/HRC/RES/53/2", "A/RES/70/1"), keys(EnglishReferences.resolutions(
                "Recalling Council resolution 53/2. Recalling also General Assembly resolution 70/1,", hrc)));
        // a number that no resolution of the body can have, and resolutions of other bodies
        assertEquals(List.of(), keys(EnglishReferences.resolutions(
                "resolution 2010/12 of the Assembly; Commission on Human Rights resolution 2005/3", hrc)));
        Document ga = arabic("a-res-66-122");
        assertEquals(List.of(), keys(EnglishReferences.resolutions(
                "Recalling Commission for Social Development resolution 49/1 and Council resolution 50/2,", ga)));
        assertEquals(List.of("A/RES/49/1"), keys(EnglishReferences.resolutions("Recalling its resolution 49/1,", ga)));
        assertEquals(List.of(), keys(EnglishReferences.resolutions("the annex to the present resolution 66/122", ga)));
    }

    private static List<String> keys(List<Reference> refs) {
        return refs.stream().map(Reference::key).toList();
    }
}
