package org.fiqra.build;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Severity;

/**
 * The line between an error of one content text and an error of the site, so that one bad document never
 * stops the others from being published; and, for one build, the errors found on the document side of it.
 *
 * <p>An error is a document's when it is found reading or parsing one text of {@code content/ar/} or
 * {@code content/en/}, or in the slug its symbol gives: it names that file, and no other document depends on
 * the text. Reading errors (FILE_UNREADABLE, FRONT_MATTER, SYMBOL_MISSING), a slug another file has or that is
 * empty (DUPLICATE_SLUG, for the later file by name) and the parser's errors (NO_CLAUSES, and any other it
 * reports) leave the text out; the rest of the corpus is published, and the error is in the report and on
 * the console. The exception is STRUCTURE_LOST: the parser could read the text only as plain paragraphs, but
 * the document it returns is whole ({@code para-1}, {@code para-2} …), so it is published as it is, with the
 * error reported.
 *
 * <p>The check of the written site (CHECK) finds problems on pages. When each of them is on a page of one
 * document (its page, its clauses' pages, its parallel text, in either language), and the site has no other
 * error, those documents are left out for them and the site is rendered again without them, once: a duplicate
 * id in a text the parser read oddly stops no other document. The corpus is linked again without them, so a
 * reference to one of them reads as one to any text outside the corpus (its official address, where it has one).
 *
 * <p>Every other error is the site's, and stops the build as any error did before, leaving the previous site
 * as it was: a data file (DATA_FILE: topics, glossary, instruments and bodies shape the pages of every
 * document that uses them, and a vocabulary read in part would untag or unlink clauses all over the site
 * without a word on their pages), a template (TEMPLATE), a check error on a page of no single document (home,
 * listings, citator, topics, verbs, search: it comes from the templates or from Fiqra), or any check error
 * of the site rendered again. So is a build that would leave out every document: publishing a site with
 * nothing in it would replace the site that was there (a folder of texts all saved in the wrong encoding, say).
 * A strict build stops at any error or warning.
 */
final class DocumentFaults {
    /** The parser's errors after which the document is still whole, and is published. */
    private static final Set<Code> WHOLE = Set.of(Code.STRUCTURE_LOST);

    private final Set<Diagnostic> errors = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final SortedSet<String> leftOut = java.util.Collections.synchronizedSortedSet(new TreeSet<>());

    /** Notes texts that could not be read (errors each naming its file): they are left out. */
    void unreadable(List<Diagnostic> reported) {
        for (Diagnostic d : reported) leaveOut(d.position().file(), d);
    }

    /**
     * Notes what parsing the text {@code file} reported, and answers whether its document is published: it is
     * unless the parser reported an error, and an error other than {@link Code#STRUCTURE_LOST}.
     */
    boolean parsed(String file, List<Diagnostic> reported) {
        boolean whole = true;
        for (Diagnostic d : reported) {
            if (d.severity() != Severity.ERROR) continue;
            errors.add(d);
            if (!WHOLE.contains(d.code())) whole = false;
        }
        if (!whole) leftOut.add(file);
        return whole;
    }

    /** Notes that the text {@code file} is left out for {@code error}. */
    void leaveOut(String file, Diagnostic error) {
        errors.add(error);
        leftOut.add(file);
    }

    /** Whether {@code diagnostics} hold an error that is not a document's: the site's fault. */
    boolean siteFault(List<Diagnostic> diagnostics) {
        return !siteErrors(diagnostics).isEmpty();
    }

    /** The errors of {@code diagnostics} that are not a document's, in their order. */
    List<Diagnostic> siteErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR && !errors.contains(d)).toList();
    }

    /** The texts left out, as their files are shown ({@code content/ar/x.md}), in order. */
    List<String> leftOut() {
        synchronized (leftOut) {
            return List.copyOf(leftOut);
        }
    }
}
