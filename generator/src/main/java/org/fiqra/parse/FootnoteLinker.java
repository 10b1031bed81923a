package org.fiqra.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.MarkerRef;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.SubParagraph;
import org.fiqra.model.Text;

/**
 * A pass over a parsed document: numbers every footnote marker in document order
 * ({@code fnref-N}, {@code fnref-N-2}, …), links it to its footnote, and reports markers with no
 * footnote text and footnotes no marker points to.
 */
final class FootnoteLinker {
    private final Document doc;
    private final Diagnostics diagnostics;
    private final Map<Integer, Footnote> byNumber = new HashMap<>();
    private final Map<Integer, List<String>> refs = new LinkedHashMap<>();
    private final Map<Text, List<MarkerRef>> markers = new IdentityHashMap<>();

    private FootnoteLinker(Document doc, Diagnostics diagnostics) {
        this.doc = doc;
        this.diagnostics = diagnostics;
        for (Footnote f : doc.footnotes()) {
            byNumber.putIfAbsent(f.number(), f);
        }
    }

    static Document link(Document doc, Diagnostics diagnostics) {
        return new FootnoteLinker(doc, diagnostics).run();
    }

    private Document run() {
        if (doc.opening() != null) scan(doc.opening());
        doc.preamble().forEach(this::scan);
        if (doc.operativeIntro() != null) scan(doc.operativeIntro());
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) {
                scan(c);
            } else if (b instanceof Section s) {
                scan(s.heading());
            } else if (b instanceof Prose p) {
                scan(p.text());
            }
        }
        doc.closing().forEach(this::scan);
        List<Footnote> footnotes = new ArrayList<>();
        for (Footnote f : doc.footnotes()) {
            List<String> ids = refs.getOrDefault(f.number(), List.of());
            if (ids.isEmpty()) {
                diagnostics.warn(Code.FOOTNOTE_UNREFERENCED, f.text().position(),
                        "footnote " + f.number() + " (" + f.marker() + ") has no marker in the text");
            }
            footnotes.add(new Footnote(f.number(), f.marker(), f.text(), ids));
        }
        return new Document(doc.source(), doc.symbol(), doc.slug(), doc.language(), doc.translation(), doc.title(), doc.body(),
                doc.date(), doc.kind(), doc.header(), doc.titleLine(), doc.opening(), doc.preamble(),
                doc.operativeIntro(), doc.blocks(), footnotes, doc.closing(), doc.vote(), doc.annex(),
                new HashMap<>(markers));
    }

    private void scan(Clause c) {
        scan(c.text());
        c.items().forEach(this::scan);
    }

    private void scan(SubParagraph s) {
        scan(s.text());
        s.items().forEach(this::scan);
    }

    private void scan(Text text) {
        List<FootnoteMarkers.Hit> hits = FootnoteMarkers.find(text.raw());
        if (hits.isEmpty()) return;
        List<MarkerRef> out = new ArrayList<>();
        for (FootnoteMarkers.Hit hit : hits) {
            List<String> ids = refs.computeIfAbsent(hit.number(), n -> new ArrayList<>());
            String id = "fnref-" + hit.number() + (ids.isEmpty() ? "" : "-" + (ids.size() + 1));
            boolean resolved = byNumber.containsKey(hit.number());
            if (resolved) {
                ids.add(id);
            } else {
                diagnostics.warn(Code.FOOTNOTE_TEXT_MISSING, text.positionAt(hit.start()),
                        "marker " + hit.written() + " has no footnote text");
            }
            out.add(new MarkerRef(hit.number(), id, resolved));
        }
        markers.put(text, out);
    }
}
