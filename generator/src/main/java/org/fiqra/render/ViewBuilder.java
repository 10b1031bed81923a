package org.fiqra.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fiqra.index.Indexes;
import org.fiqra.link.Citation;
import org.fiqra.link.Instrument;
import org.fiqra.link.LinkedCorpus;
import org.fiqra.link.Reference;
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

/**
 * From parsed and linked documents to the view records of their pages, in one language. Paths
 * in views start with the page's {@code root} ({@code ""} at the top of the site, {@code "../"}
 * one folder down), so every link is relative.
 */
public final class ViewBuilder {
    private static final String TOP = "";
    private static final String DOWN = "../";
    private static final java.util.regex.Pattern ILO_KEY = java.util.regex.Pattern.compile("ilo-[rc]\\d+");
    private static final java.util.regex.Pattern UN_SYMBOL =
            java.util.regex.Pattern.compile("^(A|E|S|ST|CRC|CEDAW|CCPR|CERD|CAT|CRPD|HRI|TD|DP|UNEP)/.+");

    private final Language lang;
    private final Messages msg;
    private final InlineRenderer inline;
    private final Function<Document, String> bodyName;
    private final LinkedCorpus linked;
    private final Indexes indexes;
    private final Map<String, Document> bySlug = new HashMap<>();
    /** The English texts, by slug. */
    private final Map<String, Document> english;

    public ViewBuilder(Language lang, Messages msg, InlineRenderer inline, Function<Document, String> bodyName,
                       LinkedCorpus linked, Indexes indexes, Map<String, Document> english) {
        this.english = english;
        this.lang = lang;
        this.msg = msg;
        this.inline = inline;
        this.bodyName = bodyName;
        this.linked = linked;
        this.indexes = indexes;
        linked.bySymbol().values().forEach(d -> bySlug.put(d.slug(), d));
    }

    Messages msg() {
        return msg;
    }

    Language lang() {
        return lang;
    }

    /** A date as this language writes it, from the bundle's month names ({@code ١٩ كانون الأول/ديسمبر ٢٠١١}). */
    String date(java.time.LocalDate d) {
        if (d == null) return "";
        return msg.format("date", lang.number(d.getDayOfMonth()), msg.get("month." + d.getMonthValue()), lang.number(d.getYear()));
    }

    /** A label in the interface's language; an Arabic one on a page of another language is isolated. */
    String label(String ar, String en) {
        String picked = lang.pick(ar, en);
        return picked.equals(ar) && lang != Language.AR ? "<bdi lang=\"ar\" dir=\"rtl\">" + escape(ar) + "</bdi>" : escape(picked);
    }

    Indexes indexes() {
        return indexes;
    }

    Document document(String slug) {
        return bySlug.get(slug);
    }

    /** A body's name as HTML, Latin runs isolated. */
    String bodyHtml(Document d) {
        return inline.render(bodyName.apply(d));
    }

    public String bodyName(Document d) {
        return bodyName.apply(d);
    }

    // ---------------------------------------------------------------- home and documents

    public Views.Home home(List<Document> documents) {
        Map<String, List<Document>> bodies = new java.util.TreeMap<>();
        Map<Integer, List<Document>> years = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Document d : documents) {
            bodies.computeIfAbsent(org.fiqra.link.Linker.bodyCode(d), k -> new ArrayList<>()).add(d);
            if (d.date() != null) years.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d);
        }
        List<Views.Way> byBody = new ArrayList<>();
        bodies.forEach((code, docs) -> {
            if (!code.isEmpty()) {
                byBody.add(new Views.Way(inline.render(bodyName.apply(docs.get(0))), Addresses.body(code), lang.number(docs.size())));
            }
        });
        List<Views.Way> byYear = new ArrayList<>();
        years.forEach((year, docs) -> byYear.add(new Views.Way(escape(lang.number(year)), Addresses.year(year),
                lang.number(docs.size()))));
        return new Views.Home(documents.stream().map(d -> summary(d, TOP)).toList(),
                msg.format("home.count", lang.number(documents.size())), byBody, byYear);
    }

    public Views.DocSummary summary(Document doc, String root) {
        return new Views.DocSummary(doc.symbol(), doc.slug(), root + Addresses.document(doc.slug()),
                inline.render(doc.title()), inline.render(bodyName.apply(doc)), date(doc.date()),
                doc.date() == null ? "" : doc.date().toString(), msg.get("kind." + doc.kind().name().toLowerCase()),
                lang.number(doc.clauses().size()));
    }

    /**
     * Whether this language's pages show the English text of a document: on English pages, where
     * it has one that pairs with every clause of the Arabic (else anchors would be missing).
     */
    public boolean showsEnglish(Document arabic) {
        Document en = english.get(arabic.slug());
        if (lang != Language.EN || en == null) return false;
        Set<String> ids = new java.util.HashSet<>();
        en.clauses().forEach(c -> ids.add(c.id().value()));
        return arabic.clauses().stream().allMatch(c -> ids.contains(c.id().value()));
    }

    public Views.DocView document(Document arabic) {
        boolean en = showsEnglish(arabic);
        Document doc = en ? english.get(arabic.slug()) : arabic;
        String notice = en ? translationNotice(doc) : lang == Language.EN ? msg.get("doc.noEnglish") : null;
        String parallel = english.containsKey(arabic.slug()) ? TOP + Addresses.parallel(arabic.slug()) : null;
        List<Views.ClauseView> preamble = doc.preamble().stream().map(c -> clause(doc, c, TOP)).toList();
        List<Views.Block> blocks = new ArrayList<>();
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) {
                blocks.add(new Views.Block("clause", clause(doc, c, TOP), null, null));
            } else if (b instanceof Section s) {
                blocks.add(new Views.Block("section", null, section(doc, s, TOP), null));
            } else if (b instanceof Prose p) {
                blocks.add(new Views.Block("prose", null, null, text(doc, p.text(), TOP)));
            }
        }
        List<Views.FootnoteView> footnotes = doc.footnotes().stream().map(f -> footnote(doc, f, f.refs(), TOP)).toList();
        List<Citation> citing = linked.citing(doc.symbol()).stream().filter(c -> c.document() != doc).toList();
        return new Views.DocView(summary(doc, TOP), meta(doc), doc.opening() == null ? null : text(doc, doc.opening(), TOP),
                preamble, doc.operativeIntro() == null ? null : text(doc, doc.operativeIntro(), TOP), blocks, footnotes,
                doc.closing().stream().map(t -> text(doc, t, TOP)).toList(), vote(doc.vote()), annex(doc.annex()),
                citingDocuments(citing, TOP, false), citing.isEmpty() ? null : TOP + Addresses.cited(doc.symbol()),
                topicLinks(doc.clauses().stream().flatMap(c -> indexes.of(doc.slug(), c.id().value()).topics().stream())
                        .distinct().toList(), TOP), notice, parallel, en ? "" : lang.sourceAttributes());
    }

    /** What the English pages say of an English text: an official text, or an unofficial working translation. */
    private String translationNotice(Document english) {
        return msg.get("official".equals(english.translation()) ? "doc.official" : "doc.unofficial");
    }

    /** The Arabic and English texts of a document side by side, one row per clause of the Arabic. */
    public Views.ParallelPage parallel(Document arabic) {
        Document en = english.get(arabic.slug());
        List<Views.ParallelRow> rows = new ArrayList<>();
        for (Clause c : arabic.clauses()) {
            Clause e = en.clause(c.id().value()).orElse(null);
            rows.add(new Views.ParallelRow(c.id().value(), msg.format("clause." + c.kind().prefix(), lang.number(c.number())),
                    plainClause(arabic, c, DOWN), e == null ? null : plainClause(en, e, DOWN)));
        }
        return new Views.ParallelPage(summary(arabic, DOWN), rows, DOWN + Addresses.document(arabic.slug()), translationNotice(en));
    }

    /** A clause quoted away from its page: references linked, footnote markers plain, no anchors used. */
    private Views.ClauseView plainClause(Document doc, Clause c, String root) {
        return new Views.ClauseView(c.id().value(), c.kind().prefix(), "", c.marker(), quoted(c.text(), root),
                c.items().stream().map(s -> plainItem(s, root)).toList(), root + Addresses.clause(doc.slug(), c.id().value()),
                "", "", c.section(), List.of());
    }

    private Views.Item plainItem(SubParagraph s, String root) {
        return new Views.Item(s.id().value(), s.marker(), quoted(s.text(), root), s.items().stream().map(x -> plainItem(x, root)).toList());
    }

    /** Links to topic pages, in the order given. */
    List<Views.Link> topicLinks(List<org.fiqra.index.Topic> topics, String root) {
        return topics.stream().map(t -> new Views.Link(root + Addresses.topic(t.id()), lang.pick(t.ar(), t.en()))).toList();
    }

    /**
     * The page of every clause of the Arabic document, with its neighbours, what it cites and what
     * cites it, and the same clause in the other language beside it where there is one.
     */
    public List<Views.ClausePage> clausePages(Document arabic) {
        boolean showEnglish = showsEnglish(arabic);
        Document doc = showEnglish ? english.get(arabic.slug()) : arabic;
        Document other = showEnglish ? arabic : english.get(arabic.slug());
        String notice = showEnglish ? translationNotice(doc) : lang == Language.EN ? msg.get("doc.noEnglish") : null;
        String parallel = english.containsKey(arabic.slug()) ? DOWN + Addresses.parallel(arabic.slug()) : null;
        List<Clause> clauses = doc.clauses();
        List<Views.ClauseView> views = clauses.stream().map(c -> clause(doc, c, DOWN)).toList();
        Map<String, Views.SectionView> sections = new HashMap<>();
        doc.sections().forEach(s -> sections.put(s.id().value(), section(doc, s, DOWN)));
        Map<Integer, Footnote> byNumber = doc.footnotesByNumber();
        // what a clause cites is what its Arabic text and footnotes cite, whichever text the page shows
        Map<Integer, Footnote> arabicNotes = showEnglish ? arabic.footnotesByNumber() : byNumber;
        Views.DocSummary summary = summary(doc, DOWN);
        List<Views.ClausePage> pages = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            Views.ClauseView c = views.get(i);
            Set<String> onPage = new LinkedHashSet<>();
            List<MarkerRef> markers = markers(doc, clause);
            markers.forEach(m -> onPage.add(m.id()));
            List<Views.FootnoteView> notes = new ArrayList<>();
            for (String fnId : c.footnoteIds()) {
                Footnote f = byNumber.get(Integer.parseInt(fnId.substring(3)));
                notes.add(footnote(doc, f, f.refs().stream().filter(onPage::contains).toList(), DOWN));
            }
            Views.Link prev = i > 0 ? new Views.Link(views.get(i - 1).href(), views.get(i - 1).label()) : null;
            Views.Link next = i + 1 < views.size() ? new Views.Link(views.get(i + 1).href(), views.get(i + 1).label()) : null;
            String id = clause.id().value();
            List<Citation> citedBy = linked.citing(doc.symbol()).stream().filter(x -> id.equals(x.reference().clause())).toList();
            org.fiqra.index.ClauseIndex index = indexes.of(doc.slug(), id);
            Views.VerbLink verb = index.verb() == null ? null : new Views.VerbLink(index.verb().written(),
                    index.verb().english(), DOWN + Addresses.verb(index.verb().entry().id()));
            pages.add(new Views.ClausePage(summary, c, c.section() == null ? null : sections.get(c.section()), notes, prev, next,
                    DOWN + Addresses.document(doc.slug()) + "#" + id,
                    (showEnglish ? arabic.clause(id) : Optional.of(clause))
                            .map(a -> cites(arabic, a, arabic.footnotesOf(a, arabicNotes), DOWN)).orElse(List.of()),
                    citingDocuments(citedBy, DOWN, false), topicLinks(index.topics(), DOWN), verb,
                    related(index.related(), DOWN), notice, counterpart(other, clause, showEnglish), parallel,
                    showEnglish ? "" : lang.sourceAttributes(),
                    showEnglish && arabic.clause(id).isEmpty() ? msg.get("clause.noArabic") : null));
        }
        return pages;
    }

    /** The line to cite a clause by: {@code A/RES/66/122، الفقرة ٢ من المنطوق}. */
    public String citationText(Document doc, Clause c) {
        return msg.format("citation", doc.symbol(), label(c));
    }

    private String label(Clause c) {
        return msg.format("clause." + c.kind().prefix(), lang.number(c.number()));
    }

    private Views.ClauseView clause(Document doc, Clause c, String root) {
        String label = label(c);
        String citationText = citationText(doc, c);
        String citationHtml = msg.format("citation", "<bdi dir=\"ltr\">" + escape(doc.symbol()) + "</bdi>", escape(label));
        List<String> footnoteIds = new ArrayList<>();
        for (MarkerRef m : markers(doc, c)) {
            String id = "fn-" + m.number();
            if (m.resolved() && !footnoteIds.contains(id)) footnoteIds.add(id);
        }
        return new Views.ClauseView(c.id().value(), c.kind().prefix(), label, c.marker(), text(doc, c.text(), root),
                c.items().stream().map(s -> item(doc, s, root)).toList(), root + Addresses.clause(doc.slug(), c.id().value()),
                citationHtml, citationText, c.section(), footnoteIds);
    }

    private static List<MarkerRef> markers(Document doc, Clause c) {
        List<MarkerRef> out = new ArrayList<>();
        c.texts().forEach(t -> out.addAll(doc.markersOf(t)));
        return out;
    }

    private Views.Item item(Document doc, SubParagraph s, String root) {
        return new Views.Item(s.id().value(), s.marker(), text(doc, s.text(), root),
                s.items().stream().map(x -> item(doc, x, root)).toList());
    }

    private Views.SectionView section(Document doc, Section s, String root) {
        return new Views.SectionView(s.id().value(), s.marker(), text(doc, s.heading(), root));
    }

    private Views.FootnoteView footnote(Document doc, Footnote f, List<String> refs, String root) {
        return new Views.FootnoteView(f.id(), lang.number(f.number()), text(doc, f.text(), root), refs);
    }

    /** A text of the document with its footnote markers and references linked. */
    private String text(Document doc, Text t, String root) {
        return inline.render(t.raw(), doc.markersOf(t), links(t, root));
    }

    /** A text quoted away from its document (on a citator page): references linked, footnote markers plain. */
    private String quoted(Text t, String root) {
        return inline.render(t.raw(), List.of(), links(t, root));
    }

    private List<InlineLink> links(Text t, String root) {
        List<InlineLink> links = new ArrayList<>();
        // an English text's official addresses are the English documents, on either tree
        String language = linked.isEnglish(t) ? Language.EN.code() : lang.code();
        for (Reference r : linked.referencesOf(t)) {
            Target target = target(r.key(), r.clause(), root, language);
            links.add(new InlineLink(r.start(), r.end(), target.href(), target.title()));
        }
        return links;
    }

    // ---------------------------------------------------------------- what is cited

    /** Where a cited key leads: a page of the corpus, an official address, or nowhere (shown, not linked). */
    private record Target(String href, boolean internal, String title, String labelHtml, String symbol) {
    }

    private Target target(String key, String clause, String root) {
        return target(key, clause, root, lang.code());
    }

    /** As {@link #target(String, String, String)}, with an official address in {@code language}. */
    private Target target(String key, String clause, String root, String language) {
        Instrument instrument = instrument(key);
        String symbol = instrument != null ? instrument.symbol() : key.contains("/") && !key.startsWith("OIC-CFM") ? key : null;
        String title = symbol != null ? symbol : instrument != null && instrument.en() != null ? instrument.en() : key;
        String label = instrument != null ? label(instrument.ar(), instrument.en())
                : symbol != null ? "<bdi dir=\"ltr\">" + escape(key) + "</bdi>" : escape(unnamed(key));
        var doc = linked.document(key);
        if (doc.isPresent()) {
            String href = root + Addresses.document(doc.get().slug()) + (clause == null ? "" : "#" + clause);
            return new Target(href, true, title, label, symbol);
        }
        String url = instrument != null ? instrument.url() : null;
        if (url == null && symbol != null && isUnSymbol(symbol)) {
            url = "https://undocs.org/ar/" + symbol.replace(" ", "");
        }
        if (url != null) url = url.replace("undocs.org/ar/", "undocs.org/" + language + "/");
        return new Target(url, false, title, label, symbol);
    }

    /** The Arabic name of what has a key but no entry in instruments.yml (an ILO instrument, an OIC resolution). */
    private String unnamed(String key) {
        if (key.startsWith("OIC-CFM ")) return msg.format("cited.oicCfm", lang.number(key.substring(8)));
        if (ILO_KEY.matcher(key).matches()) {
            return msg.format(key.charAt(4) == 'r' ? "cited.iloR" : "cited.iloC", lang.number(key.substring(5)));
        }
        return key;
    }

    private Instrument instrument(String key) {
        return linked.instruments().byKey(key)
                .or(() -> linked.instruments().byId(key.toLowerCase(java.util.Locale.ROOT)))
                .orElse(null);
    }

    /** United Nations document symbols, which undocs.org resolves. */
    private static boolean isUnSymbol(String symbol) {
        return UN_SYMBOL.matcher(symbol).matches();
    }

    /**
     * What a clause and its footnotes cite, each once, in order. The clause pages of an English text list what
     * the Arabic clause cites: the citator counts that, and an English text links only part of it.
     */
    private List<Views.Cited> cites(Document doc, Clause clause, List<Footnote> footnotes, String root) {
        List<Text> texts = new ArrayList<>(clause.texts());
        footnotes.forEach(f -> texts.add(f.text()));
        Map<String, Views.Cited> out = new LinkedHashMap<>();
        for (Text t : texts) {
            for (Reference r : linked.referencesOf(t)) {
                if (r.key().equals(doc.symbol())) continue;
                out.computeIfAbsent(r.key(), k -> {
                    Target target = target(k, null, root);
                    return new Views.Cited(target.labelHtml(), target.symbol(), target.href(), target.internal(),
                            root + Addresses.cited(k));
                });
            }
        }
        return List.copyOf(out.values());
    }

    /** Citations grouped by citing document, in corpus order; with the text of each clause on citator pages. */
    private List<Views.CitingDocument> citingDocuments(List<Citation> citations, String root, boolean withText) {
        // by slug: a document's own hash code would hash its whole text, at every look-up
        Map<String, Map<String, Views.CitingClause>> grouped = new LinkedHashMap<>();
        Map<String, Document> bySlug = new HashMap<>();
        for (Citation c : citations) {
            bySlug.putIfAbsent(c.document().slug(), c.document());
            Map<String, Views.CitingClause> clauses = grouped.computeIfAbsent(c.document().slug(), d -> new LinkedHashMap<>());
            String clauseId = c.clause();
            if (clauseId == null) {
                clauses.putIfAbsent("", new Views.CitingClause(msg.get("cited.documentText"),
                        root + Addresses.document(c.document().slug()), null, null));
                continue;
            }
            clauses.computeIfAbsent(clauseId, id -> {
                Clause clause = c.document().clause(id).orElseThrow();
                String label = msg.format("clause." + clause.kind().prefix(), lang.number(clause.number()));
                return new Views.CitingClause(label, root + Addresses.clause(c.document().slug(), id),
                        withText ? quoted(clause.text(), root) : null, null);
            });
        }
        List<Views.CitingDocument> out = new ArrayList<>();
        grouped.forEach((slug, clauses) -> out.add(new Views.CitingDocument(summary(bySlug.get(slug), root),
                List.copyOf(clauses.values()))));
        return out;
    }

    /** The same clause in the other document (the English text of an Arabic clause, or the other way round). */
    private Views.Counterpart counterpart(Document other, Clause clause, boolean otherIsArabic) {
        if (other == null) return null;
        return other.clause(clause.id().value())
                .map(c -> new Views.Counterpart(msg.get(otherIsArabic ? "clause.counterpartAr"
                        : "official".equals(other.translation()) ? "clause.counterpartEnOfficial" : "clause.counterpartEn"),
                        otherIsArabic ? " lang=\"ar\" dir=\"rtl\"" : " lang=\"en\" dir=\"ltr\"", plainClause(other, c, DOWN)))
                .orElse(null);
    }

    /** The clause, quoted on another page: label, page, text with references linked and markers plain. */
    Views.CitingClause quote(Document doc, Clause clause, String root, String note) {
        String label = msg.format("clause." + clause.kind().prefix(), lang.number(clause.number()));
        return new Views.CitingClause(label, root + Addresses.clause(doc.slug(), clause.id().value()),
                quoted(clause.text(), root), note);
    }

    private List<Views.RelatedView> related(List<org.fiqra.index.Related> related, String root) {
        List<Views.RelatedView> out = new ArrayList<>();
        for (org.fiqra.index.Related r : related) {
            Document d = bySlug.get(r.target().slug());
            Clause clause = d.clause(r.target().clause()).orElseThrow();
            List<String> reasons = new ArrayList<>();
            if (!r.topics().isEmpty()) {
                reasons.add(escape(msg.format("related.topics", String.join(lang == Language.AR ? "، " : ", ", r.topics().stream()
                        .map(id -> indexes.topics().byId(id).map(t -> lang.pick(t.ar(), t.en())).orElse(id)).toList()))));
            }
            if (!r.citations().isEmpty()) {
                reasons.add(msg.format("related.citations", String.join(lang == Language.AR ? "، " : ", ", r.citations().stream()
                        .map(k -> "<bdi dir=\"ltr\">" + escape(k) + "</bdi>").toList())));
            }
            if (r.wording()) reasons.add(escape(msg.get("related.wording")));
            String excerpt = quoted(clause.text(), root);
            out.add(new Views.RelatedView(d.symbol(), msg.format("clause." + clause.kind().prefix(),
                    lang.number(clause.number())), root + Addresses.clause(d.slug(), clause.id().value()), excerpt, reasons));
        }
        return out;
    }

    // ---------------------------------------------------------------- the citator

    public Views.Citator citator() {
        List<Views.CitedRow> rows = new ArrayList<>();
        for (String key : linked.citedBy().keySet()) {
            Views.CitedRow row = row(key, DOWN);
            if (row != null) rows.add(row);
        }
        rows.sort(Comparator.comparingInt(Views.CitedRow::clauses).reversed().thenComparing(Views.CitedRow::key));
        List<Views.CitedRow> shared = rows.stream().filter(r -> r.documents() > 1).toList();
        return new Views.Citator(rows, shared, msg.format("cited.count", lang.number(rows.size())));
    }

    /** The keys that have a citator page. */
    public List<String> citedKeys() {
        return linked.citedBy().keySet().stream().filter(k -> row(k, DOWN) != null).toList();
    }

    public Views.CitedPage citedPage(String key) {
        Views.CitedRow row = row(key, DOWN);
        Instrument instrument = instrument(key);
        return new Views.CitedPage(row, instrument == null ? null : instrument.en(), citingDocuments(external(key), DOWN, true));
    }

    /** The citations of a key by other documents (a document's references to its own paragraphs are not citations). */
    private List<Citation> external(String key) {
        return linked.citing(key).stream().filter(c -> !c.document().symbol().equals(key)).toList();
    }

    private Views.CitedRow row(String key, String root) {
        List<Citation> citations = external(key);
        if (citations.isEmpty()) return null;
        Set<String> clauses = new LinkedHashSet<>();
        Set<String> documents = new LinkedHashSet<>();
        for (Citation c : citations) {
            documents.add(c.document().symbol());
            clauses.add(c.document().symbol() + "#" + (c.clause() == null ? "" : c.clause()));
        }
        Target target = target(key, null, root);
        return new Views.CitedRow(key, target.labelHtml(), target.symbol(), target.href(), target.internal(),
                root + Addresses.cited(key), clauses.size(), documents.size(), lang.number(clauses.size()),
                lang.number(documents.size()));
    }

    // ---------------------------------------------------------------- metadata, vote, annex

    private List<Views.MetaLine> meta(Document doc) {
        List<Views.MetaLine> out = new ArrayList<>();
        out.add(new Views.MetaLine(msg.get("meta.symbol"), "<bdi dir=\"ltr\">" + escape(doc.symbol()) + "</bdi>", false));
        String body = bodyName.apply(doc);
        // a text whose front matter names no body shows no empty "body:" line
        if (body != null && !body.isBlank()) out.add(new Views.MetaLine(msg.get("meta.body"), inline.render(body), false));
        if (doc.date() != null) {
            out.add(new Views.MetaLine(msg.get("meta.date"), escape(date(doc.date())), false));
        }
        for (HeaderLine h : doc.header()) {
            switch (h.kind()) {
                case SESSION, AGENDA_ITEM, ADOPTION, REPORT_BASIS ->
                        out.add(new Views.MetaLine(msg.get("header." + h.kind().name()), inline.render(h.text().raw()), true));
                default -> {
                }
            }
        }
        return out;
    }

    private Views.VoteView vote(VoteRecord v) {
        if (v == null) return null;
        // a count the text does not give (an adoption sentence names no abstentions) is left out, never shown as -1
        if (v.inFavour() >= 0 && v.against() >= 0 && v.abstaining() >= 0) {
            String summary = msg.format("vote.summary", lang.number(v.inFavour()), lang.number(v.against()),
                    lang.number(v.abstaining()));
            return new Views.VoteView(inline.render(v.statement().raw()), summary, List.of(
                    new Views.VoteList(msg.get("vote.inFavour"), v.inFavourList().size(), v.inFavourList()),
                    new Views.VoteList(msg.get("vote.against"), v.againstList().size(), v.againstList()),
                    new Views.VoteList(msg.get("vote.abstaining"), v.abstainingList().size(), v.abstainingList())));
        }
        List<String> known = new java.util.ArrayList<>();
        List<Views.VoteList> lists = new java.util.ArrayList<>();
        String[] keys = {"vote.inFavour", "vote.against", "vote.abstaining"};
        int[] counts = {v.inFavour(), v.against(), v.abstaining()};
        List<List<String>> members = List.of(v.inFavourList(), v.againstList(), v.abstainingList());
        for (int i = 0; i < 3; i++) {
            if (counts[i] >= 0) known.add(msg.get(keys[i]) + " " + lang.number(counts[i]));
            if (!members.get(i).isEmpty()) lists.add(new Views.VoteList(msg.get(keys[i]), members.get(i).size(), members.get(i)));
        }
        return new Views.VoteView(inline.render(v.statement().raw()), String.join(msg.get("vote.separator"), known), lists);
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
