package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.fiqra.Seeds;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.Severity;
import org.fiqra.model.Clause;
import org.fiqra.model.ClauseKind;
import org.fiqra.model.Document;
import org.fiqra.model.DocumentKind;
import org.fiqra.model.Footnote;
import org.fiqra.model.SubParagraph;
import org.junit.jupiter.api.Test;

/** The clause counts of the five seeds, exactly as the foundation issue states them. */
class SeedDocumentsTest {

    private static List<String> ids(Document doc, ClauseKind kind) {
        return doc.clauses().stream().filter(c -> c.kind() == kind).map(c -> c.id().value()).toList();
    }

    private static List<String> numbered(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + "-" + i).toList();
    }

    private static Clause clause(Document doc, String id) {
        return doc.clauses().stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no clause " + id));
    }

    private static List<String> joined(Document doc) {
        return doc.clauses().stream().filter(c -> c.text().fragments() > 1).map(c -> c.id().value()).toList();
    }

    private static List<Diagnostic> warnings(Diagnostics d, Code code) {
        return d.all().stream().filter(x -> x.code() == code).toList();
    }

    @Test
    void generalAssemblyResolution() {
        Diagnostics d = new Diagnostics();
        Document doc = Seeds.parse("a-res-66-122", d);
        assertEquals(DocumentKind.RESOLUTION, doc.kind());
        assertEquals(numbered("pp", 1, 15), ids(doc, ClauseKind.PREAMBULAR));
        assertEquals(numbered("op", 1, 9), ids(doc, ClauseKind.OPERATIVE));
        assertEquals(List.of("pp-4", "pp-14"), joined(doc));
        assertEquals(2, doc.footnotes().size());
        assertEquals("تعزيز التكامل الاجتماعي من خلال الإدماج الاجتماعي", doc.title());
        assertEquals("١٢٢/٦٦", doc.titleLine());
        assertTrue(clause(doc, "pp-4").text().raw().contains("حرمانا وأضعفهم"), "the two halves of pp-4 are joined");
        assertTrue(clause(doc, "pp-14").text().raw().contains("في كل بلد،"), "the two halves of pp-14 are joined");
        assertEquals(List.of("fnref-1"), doc.footnotes().get(0).refs());
        assertEquals(0, d.count(Severity.WARNING), d.all().toString());
    }

    @Test
    void oicResolutionWithSections() {
        Diagnostics d = new Diagnostics();
        Document doc = Seeds.parse("oic-mcsd-2-2023-final-res", d);
        assertEquals(24, ids(doc, ClauseKind.PREAMBULAR).size());
        assertEquals(numbered("op", 1, 137), ids(doc, ClauseKind.OPERATIVE));
        assertEquals(6, doc.sections().size());
        assertEquals(List.of("(أ)", "(ب)", "(ج)", "د)", "هـ)", "و)"),
                doc.sections().stream().map(s -> s.marker()).toList());
        assertTrue(joined(doc).containsAll(List.of("op-9", "op-16", "op-75", "op-91", "op-122")), joined(doc).toString());
        assertTrue(doc.header().stream().anyMatch(h -> h.text().raw().equals("16 - 17 ذو القعدة 1444هـ")),
                "the Hijri date stays in the header");
        assertTrue(clause(doc, "op-16").text().raw().startsWith("**يشيد**"), "op-16 is the paragraph, not the date");
        assertEquals("sec-2", clause(doc, "op-30").section());
        assertEquals("يقرر ما يلي:", doc.operativeIntro().raw());
    }

    @Test
    void iloReportWithAnnexTable() {
        Diagnostics d = new Diagnostics();
        Document doc = Seeds.parse("gb-316-ins-5-1", d);
        assertEquals(DocumentKind.REPORT, doc.kind());
        assertEquals(List.of(), ids(doc, ClauseKind.PREAMBULAR));
        assertEquals(numbered("para", 1, 32), ids(doc, ClauseKind.PARAGRAPH));
        List<String> withItems = doc.clauses().stream().filter(c -> !c.items().isEmpty()).map(c -> c.id().value()).toList();
        assertEquals(List.of("para-3", "para-5", "para-6", "para-11", "para-26", "para-32"), withItems);
        assertEquals(List.of("para-3-a", "para-3-b", "para-3-c", "para-3-d", "para-3-e"),
                clause(doc, "para-3").items().stream().map(s -> s.id().value()).toList());
        assertEquals(List.of("para-26-b-i", "para-26-b-ii", "para-26-b-iii"),
                clause(doc, "para-26").items().get(1).items().stream().map(s -> s.id().value()).toList());
        assertEquals(SubParagraph.Style.DASH, clause(doc, "para-6").items().get(0).style());
        assertEquals(6, doc.footnotes().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), doc.footnotes().stream().map(Footnote::number).toList());
        assertTrue(doc.footnotes().get(4).text().raw().contains("Combatiendo"), "the English line continues footnote 5");
        assertNotNull(doc.annex());
        assertEquals(5, doc.annex().header().size());
        assertEquals(25, doc.annex().rows().size(), "one header row, the repeats dropped");
        assertEquals(1, doc.annex().notes().size());
        assertTrue(doc.annex().rows().stream().noneMatch(r -> r.get(0).raw().equals("فئة الأنشطة")));
        assertFalse(doc.sections().isEmpty());
        assertTrue(doc.sections().stream().anyMatch(s -> s.heading().raw().equals("مقدمة")));
        assertTrue(doc.sections().stream().anyMatch(s -> s.marker().equals("(ب)") && s.heading().raw().equals("بناء القدرات الوطنية")));
        assertTrue(clause(doc, "para-20").text().raw().contains("تورينو"), "para-20 is joined across the footnote block");
    }

    @Test
    void humanRightsCouncilResolutionWithVote() {
        Diagnostics d = new Diagnostics();
        Document doc = Seeds.parse("a-hrc-res-56-2", d);
        assertEquals(numbered("pp", 1, 33), ids(doc, ClauseKind.PREAMBULAR));
        assertEquals(numbered("op", 1, 37), ids(doc, ClauseKind.OPERATIVE));
        assertEquals(List.of("op-28"), joined(doc));
        assertEquals(3, doc.footnotes().size());
        var missing = warnings(d, Code.FOOTNOTE_TEXT_MISSING);
        assertEquals(2, missing.size(), missing.toString());
        assertTrue(missing.get(0).message().contains("⁽⁴⁾") && missing.get(1).message().contains("⁽⁵⁾"));
        assertEquals(132, missing.get(0).position().line(), "the line of the marker in the content file");
        var v = doc.vote();
        assertEquals(List.of(31, 14, 2), List.of(v.inFavour(), v.against(), v.abstaining()));
        assertEquals(List.of(31, 14, 2), List.of(v.inFavourList().size(), v.againstList().size(), v.abstainingList().size()));
        assertEquals("الجمهورية الدومينيكية", v.abstainingList().get(1));
        assertTrue(warnings(d, Code.VOTE_COUNT_MISMATCH).isEmpty());
    }

    @Test
    void ecosocResolution() {
        Diagnostics d = new Diagnostics();
        Document doc = Seeds.parse("e-res-2017-18", d);
        assertEquals(numbered("pp", 1, 19), ids(doc, ClauseKind.PREAMBULAR));
        assertEquals(numbered("op", 1, 13), ids(doc, ClauseKind.OPERATIVE));
        assertEquals(List.of("pp-6-a", "pp-6-b", "pp-6-c", "pp-6-d", "pp-6-e", "pp-6-f"),
                clause(doc, "pp-6").items().stream().map(s -> s.id().value()).toList());
        assertEquals(5, doc.footnotes().size());
        assertEquals(List.of("op-7"), joined(doc));
        assertEquals(List.of("fnref-1", "fnref-1-2"), doc.footnotes().get(0).refs());
        for (Clause c : doc.clauses()) {
            assertFalse(c.text().raw().contains("الرجاء إعادة الاستعمال") || c.text().raw().contains("17-12889"),
                    c.id() + " carries page furniture");
        }
    }
}
