package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fiqra.Seeds;
import org.fiqra.check.Checks;
import org.fiqra.check.WrittenSite;
import org.fiqra.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build checks its pages as it renders them, and verifies their links once the site is written. Whatever
 * is wrong, it reports exactly what a check of the written site reports: the same problems, page by page,
 * in the same words. Each case breaks the templates, builds with the check, and compares with
 * {@link WrittenSite#check} run over the same site built without it.
 */
class CheckAsRenderedTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkToAMissingIdOnAnotherPageIsFoundOnceTheSiteIsWritten() throws IOException {
        // every page but the topics index links into it, so no page can see the broken link alone; the link
        // text is an arrow, neither Arabic nor Latin, so that nothing else is wrong with any page
        assertReportedAsByACheckOfTheWrittenSite("<#if !page.path?ends_with(\"topics/index.html\")>"
                + "<a href=\"${page.root}topics/index.html#nowhere\">→</a></#if>");
    }

    @Test
    void aLinkToNoFileIsFoundOnceTheSiteIsWritten() throws IOException {
        assertReportedAsByACheckOfTheWrittenSite("<a href=\"${page.root}nowhere.html\">→</a>");
    }

    @Test
    void problemsOfOnePageAndOfLinksAreReportedTogetherInPageOrder() throws IOException {
        assertReportedAsByACheckOfTheWrittenSite("<p id=\"main\">A/RES/1/1</p><a href=\"#nowhere\">x</a>"
                + "<a href=\"${page.root}index.html#nowhere\">y</a><a href=\"/absolute.html\">z</a>");
    }

    @Test
    void aRebuildInPlaceReportsAsACheckOfThePagesItRendered() throws IOException {
        Path templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        BuildState state = new BuildState();
        Path out = tmp.resolve("site");
        assertTrue(new SiteBuild(new BuildRequest(Seeds.content(), templates, out, false, true), state).run().published());
        breakLayout(templates, "<#if !page.path?ends_with(\"topics/index.html\")>"
                + "<a href=\"${page.root}topics/index.html#nowhere\">→</a></#if>");
        BuildResult again = new SiteBuild(new BuildRequest(Seeds.content(), templates, out, false, true), state).run();
        assertFalse(again.published());
        assertSame(expected(templates), checkProblems(again));
    }

    private void assertReportedAsByACheckOfTheWrittenSite(String broken) throws IOException {
        Path templates = Seeds.copyOfTemplates(tmp.resolve("templates"));
        breakLayout(templates, broken);
        BuildResult r = new SiteBuild(new BuildRequest(Seeds.content(), templates, tmp.resolve("site"), false, true)).run();
        assertFalse(r.published());
        assertSame(expected(templates), checkProblems(r));
    }

    /** What a check of the written site finds in the site those templates make (built without a check). */
    private List<String> expected(Path templates) {
        Path unchecked = tmp.resolve("unchecked");
        assertTrue(new SiteBuild(new BuildRequest(Seeds.content(), templates, unchecked, false, false)).run().published());
        List<String> out = new java.util.ArrayList<>();
        WrittenSite.of(unchecked).check(Checks.standard()).forEach((page, problems) -> problems.forEach(p -> out.add(page + ": " + p)));
        assertTrue(out.size() > 100, "every page is broken: " + out.size());
        return out;
    }

    /**
     * The same problems (a build lists its diagnostics by position, then message; sorted alike here); on a
     * difference, the first one (there are hundreds of lines).
     */
    private static void assertSame(List<String> expectedInPageOrder, List<String> foundByBuild) {
        List<String> expected = expectedInPageOrder.stream().sorted().toList();
        List<String> found = foundByBuild.stream().sorted().toList();
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            assertEquals(expected.get(i), found.get(i), "problem " + i + " of " + expected.size());
        }
        assertEquals(expected.size(), found.size(), "problems");
    }

    private static List<String> checkProblems(BuildResult r) {
        return r.diagnostics().stream().filter(d -> d.code() == Diagnostic.Code.CHECK)
                .map(d -> d.position() + ": " + d.message()).toList();
    }

    private static void breakLayout(Path templates, String broken) throws IOException {
        Path layout = templates.resolve("layout.ftlh");
        String text = Files.readString(layout);
        assertTrue(text.contains("<#nested>"));
        Files.writeString(layout, text.replace("<#nested>", "<#nested>\n" + broken));
    }
}
