package org.fiqra.parse;

import org.fiqra.model.AnnexTable;
import org.fiqra.model.BodyBlock;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.Footnote;
import org.fiqra.model.HeaderLine;
import org.fiqra.model.Prose;
import org.fiqra.model.Section;
import org.fiqra.model.SubParagraph;

/**
 * A compact, line-per-node outline of a parsed document: what the parser's spec tests compare
 * against, and what an editor reads to see how a text was understood.
 *
 * <pre>
 * pp-4 [2 fragments] إذ تحيط علما … حرمانا … وأضعفهم …
 * op-1 (١ -) تؤكد …
 *   op-1-a ((أ)) …
 * </pre>
 */
public final class Outline {
    private static final int EXCERPT = 24;

    private Outline() {
    }

    public static String of(Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("kind ").append(doc.kind()).append('\n');
        if (doc.titleLine() != null) out.append("title-line ").append(doc.titleLine()).append('\n');
        for (HeaderLine h : doc.header()) {
            out.append("header ").append(h.kind()).append(' ').append(excerpt(h.text().raw())).append('\n');
        }
        if (doc.opening() != null) out.append("opening ").append(excerpt(doc.opening().raw())).append('\n');
        doc.preamble().forEach(c -> clause(out, c));
        if (doc.operativeIntro() != null) out.append("intro ").append(doc.operativeIntro().raw()).append('\n');
        for (BodyBlock b : doc.blocks()) {
            if (b instanceof Clause c) {
                clause(out, c);
            } else if (b instanceof Section s) {
                out.append(s.id()).append(' ').append(excerpt(s.heading().raw())).append('\n');
            } else if (b instanceof Prose p) {
                out.append("prose ").append(excerpt(p.text().raw())).append('\n');
            }
        }
        for (Footnote f : doc.footnotes()) {
            out.append(f.id()).append(" (").append(f.marker()).append(") refs=").append(f.refs())
                    .append(' ').append(excerpt(f.text().raw())).append('\n');
        }
        doc.closing().forEach(t -> out.append("closing ").append(t.raw()).append('\n'));
        if (doc.vote() != null) {
            var v = doc.vote();
            out.append("vote ").append(v.inFavour()).append('-').append(v.against()).append('-').append(v.abstaining())
                    .append(" lists ").append(v.inFavourList().size()).append('-').append(v.againstList().size())
                    .append('-').append(v.abstainingList().size()).append('\n');
        }
        if (doc.annex() != null) {
            AnnexTable a = doc.annex();
            out.append("annex ").append(a.heading().raw()).append(" caption=").append(a.caption().size())
                    .append(" columns=").append(a.header().size()).append(" rows=").append(a.rows().size())
                    .append(" notes=").append(a.notes().size()).append('\n');
        }
        return out.toString();
    }

    private static void clause(StringBuilder out, Clause c) {
        out.append(c.id());
        if (!c.marker().isEmpty()) out.append(" (").append(c.marker()).append(')');
        if (c.text().fragments() > 1) out.append(" [").append(c.text().fragments()).append(" fragments]");
        if (c.section() != null) out.append(" in ").append(c.section());
        out.append(' ').append(excerpt(c.text().raw())).append('\n');
        c.items().forEach(s -> item(out, s, "  "));
    }

    private static void item(StringBuilder out, SubParagraph s, String indent) {
        out.append(indent).append(s.id()).append(" (").append(s.marker()).append(')');
        if (s.text().fragments() > 1) out.append(" [").append(s.text().fragments()).append(" fragments]");
        out.append(' ').append(excerpt(s.text().raw())).append('\n');
        s.items().forEach(c -> item(out, c, indent + "  "));
    }

    private static String excerpt(String s) {
        String one = s.replace('\t', ' ');
        return one.length() <= EXCERPT * 2 + 3 ? one : one.substring(0, EXCERPT) + " … " + one.substring(one.length() - EXCERPT);
    }
}
