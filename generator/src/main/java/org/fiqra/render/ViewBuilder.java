package org.fiqra.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fiqra.model.AnnexTable;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.HeaderLine;
import org.fiqra.model.MarkerRef;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.SubParagraph;
import org.fiqra.model.Text;
import org.fiqra.model.VoteRecord;
import org.fiqra.text.Digits;

/**
 * From a parsed {@link Document} to the view records of its pages, in one language. Every path in
 * a view is relative to the site root; templates put {@code page.root} before it.
 */
public final class ViewBuilder {
    private final Messages msg;
    private final InlineRenderer inline;
    private final Function<Document, String> bodyName;

    public ViewBuilder(Messages msg, InlineRenderer inline, Function<Document, String> bodyName) {
        this.msg = msg;
        this.inline = inline;
        this.bodyName = bodyName;
    }

    public Views.DocSummary summary(Document doc) {
        return new Views.DocSummary(doc.symbol(), doc.slug(), Addresses.document(doc.slug()),
                inline.render(doc.title()), inline.render(bodyName.apply(doc)), ArabicDates.format(doc.date()),
                doc.date() == null ? "" : doc.date().toString(), msg.get("kind." + doc.kind().name().toLowerCase()),
                Digits.toArabicIndic(doc.clauses().size()));
    }

    public Views.Home home(List<Document> documents) {
        return new Views.Home(documents.stream().map(this::summary).toList(),
                msg.format("home.count", Digits.toArabicIndic(documents.size())));
    }

    public Views.DocView document(Document doc) {
        List<Views.ClauseView> preamble = doc.preamble().stream().map(c -> clause(doc, c)).toList();
        List<Views.Block> blocks = new ArrayList<>();
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) {
                blocks.add(new Views.Block("clause", clause(doc, c), null, null));
            } else if (b instanceof Section s) {
                blocks.add(new Views.Block("section", null, section(doc, s), null));
            } else if (b instanceof Prose p) {
                blocks.add(new Views.Block("prose", null, null, text(doc, p.text())));
            }
        }
        List<Views.FootnoteView> footnotes = doc.footnotes().stream()
                .map(f -> footnote(f, f.refs())).toList();
        return new Views.DocView(summary(doc), meta(doc), doc.opening() == null ? null : text(doc, doc.opening()),
                preamble, doc.operativeIntro() == null ? null : text(doc, doc.operativeIntro()), blocks, footnotes,
                doc.closing().stream().map(t -> text(doc, t)).toList(), vote(doc.vote()), annex(doc.annex()));
    }

    /** The page of every clause, with its neighbours for previous / next. */
    public List<Views.ClausePage> clausePages(Document doc, Views.DocView view) {
        List<Views.ClauseView> all = new ArrayList<>(view.preamble());
        Map<String, Views.SectionView> sections = new java.util.HashMap<>();
        for (Views.Block b : view.blocks()) {
            if (b.clause() != null) all.add(b.clause());
            if (b.section() != null) sections.put(b.section().id(), b.section());
        }
        Map<Integer, Footnote> byNumber = new java.util.HashMap<>();
        doc.footnotes().forEach(f -> byNumber.putIfAbsent(f.number(), f));
        List<Views.ClausePage> pages = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Views.ClauseView c = all.get(i);
            Set<String> onPage = new LinkedHashSet<>();
            List<Views.FootnoteView> notes = new ArrayList<>();
            Clause clause = doc.clauses().get(i);
            markers(doc, clause).forEach(m -> onPage.add(m.id()));
            for (String fnId : c.footnoteIds()) {
                Footnote f = byNumber.get(Integer.parseInt(fnId.substring(3)));
                notes.add(footnote(f, f.refs().stream().filter(onPage::contains).toList()));
            }
            Views.Link prev = i > 0 ? new Views.Link(all.get(i - 1).href(), all.get(i - 1).label()) : null;
            Views.Link next = i + 1 < all.size() ? new Views.Link(all.get(i + 1).href(), all.get(i + 1).label()) : null;
            pages.add(new Views.ClausePage(view.summary(), c, c.section() == null ? null : sections.get(c.section()),
                    notes, prev, next, Addresses.document(doc.slug()) + "#" + c.id()));
        }
        return pages;
    }

    private Views.ClauseView clause(Document doc, Clause c) {
        String n = Digits.toArabicIndic(c.number());
        String label = msg.format("clause." + c.kind().prefix(), n);
        String citationText = msg.format("citation", doc.symbol(), label);
        String citationHtml = msg.format("citation", "<bdi dir=\"ltr\">" + escape(doc.symbol()) + "</bdi>", escape(label));
        List<String> footnoteIds = new ArrayList<>();
        for (MarkerRef m : markers(doc, c)) {
            String id = "fn-" + m.number();
            if (m.resolved() && !footnoteIds.contains(id)) footnoteIds.add(id);
        }
        return new Views.ClauseView(c.id().value(), c.kind().prefix(), label, c.marker(), text(doc, c.text()),
                c.items().stream().map(s -> item(doc, s)).toList(), Addresses.clause(doc.slug(), c.id().value()),
                citationHtml, citationText, c.section(), footnoteIds);
    }

    private static List<MarkerRef> markers(Document doc, Clause c) {
        List<MarkerRef> out = new ArrayList<>(doc.markersOf(c.text()));
        c.items().forEach(s -> collect(doc, s, out));
        return out;
    }

    private static void collect(Document doc, SubParagraph s, List<MarkerRef> out) {
        out.addAll(doc.markersOf(s.text()));
        s.items().forEach(x -> collect(doc, x, out));
    }

    private Views.Item item(Document doc, SubParagraph s) {
        return new Views.Item(s.id().value(), s.marker(), text(doc, s.text()),
                s.items().stream().map(x -> item(doc, x)).toList());
    }

    private Views.SectionView section(Document doc, Section s) {
        return new Views.SectionView(s.id().value(), s.marker(), text(doc, s.heading()));
    }

    private Views.FootnoteView footnote(Footnote f, List<String> refs) {
        return new Views.FootnoteView(f.id(), Digits.toArabicIndic(f.number()), inline.render(f.text().raw()), refs);
    }

    private String text(Document doc, Text t) {
        return inline.render(t.raw(), doc.markersOf(t));
    }

    private List<Views.MetaLine> meta(Document doc) {
        List<Views.MetaLine> out = new ArrayList<>();
        out.add(new Views.MetaLine(msg.get("meta.symbol"), "<bdi dir=\"ltr\">" + escape(doc.symbol()) + "</bdi>"));
        out.add(new Views.MetaLine(msg.get("meta.body"), inline.render(bodyName.apply(doc))));
        if (doc.date() != null) {
            out.add(new Views.MetaLine(msg.get("meta.date"), escape(ArabicDates.format(doc.date()))));
        }
        for (HeaderLine h : doc.header()) {
            switch (h.kind()) {
                case SESSION, AGENDA_ITEM, ADOPTION, REPORT_BASIS ->
                        out.add(new Views.MetaLine(msg.get("header." + h.kind().name()), inline.render(h.text().raw())));
                default -> {
                }
            }
        }
        return out;
    }

    private Views.VoteView vote(VoteRecord v) {
        if (v == null) return null;
        String summary = msg.format("vote.summary", Digits.toArabicIndic(v.inFavour()), Digits.toArabicIndic(v.against()),
                Digits.toArabicIndic(v.abstaining()));
        return new Views.VoteView(inline.render(v.statement().raw()), summary, List.of(
                new Views.VoteList(msg.get("vote.inFavour"), v.inFavourList().size(), v.inFavourList()),
                new Views.VoteList(msg.get("vote.against"), v.againstList().size(), v.againstList()),
                new Views.VoteList(msg.get("vote.abstaining"), v.abstainingList().size(), v.abstainingList())));
    }

    private Views.AnnexView annex(AnnexTable a) {
        if (a == null) return null;
        return new Views.AnnexView(inline.render(a.heading().raw()), renderAll(a.caption()), renderAll(a.header()),
                a.rows().stream().map(this::renderAll).toList(), renderAll(a.notes()));
    }

    private List<String> renderAll(List<Text> texts) {
        return texts.stream().map(t -> inline.render(t.raw())).toList();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
