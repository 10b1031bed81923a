package org.fiqra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fiqra.text.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard checks over a small site broken on purpose report every problem, in page order and
 * document order (the messages are those the checks gave before they were made cheaper; a link that is not
 * a valid address, which used to stop the check with an exception, is now one problem among the others).
 */
class WrittenSiteCheckTest {

    private static final String INDEX = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head><link rel="stylesheet" href="style.css"><script src="missing.js"></script></head>
            <body>
            <a href="#main">تخطى</a>
            <main id="main">
            <p id="p1">نص Latin نص</p>
            <p id="p1">نص <bdi>Latin</bdi> <span dir="ltr">Latin <b>bold</b> <i dir="rtl">deep Latin</i></span></p>
            <p dir="ltr">English عربي</p>
            <p><a href="d/page.html#here">١</a> <a href="d/page.html#gone">٢</a> <a href="./d/../d/page.html">٣</a>
            <a href="d/my%20page.html">٤</a> <a href="d/page.html?q=1#here">٥</a> <a href="missing.html">٦</a>
            <a href="/abs.html">٧</a> <a href="../out.html">٨</a> <a href="#nowhere">٩</a> <a href="https://example.org/">١٠</a>
            <a href="x|y.html">١١</a> <img src="d/page.html#gone" alt=""></p>
            </main>
            </body>
            </html>
            """;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <body><p id="here">English <a href="../index.html#p1">back</a> <a href="../index.html#none">back</a> <a href="my page.html">sp</a></p>
            <p>Arabic عربي here</p><script>var Latin;</script></body>
            </html>
            """;

    @Test
    void reportsEveryProblem(@TempDir Path root) throws IOException {
        write(root.resolve("index.html"), INDEX);
        write(root.resolve("d/page.html"), PAGE);
        write(root.resolve("d/my page.html"), "<html><body><p>x</p></body></html>");
        write(root.resolve("style.css"), "x");

        Map<String, List<String>> problems = WrittenSite.of(root).check(Checks.standard());

        assertEquals(Map.of(
                "d/my page.html", List.of("<html> has no lang", "<html> has no dir"),
                "d/page.html", List.of("link '../index.html#none' names no element with id 'none'", "<html> has no dir"),
                "index.html", List.of(
                        "id 'p1' is used twice",
                        "link 'missing.js' leads to no file",
                        "link 'd/page.html#gone' names no element with id 'gone'",
                        "link 'missing.html' leads to no file",
                        "link '/abs.html' is absolute; internal links must be relative",
                        "link '../out.html' leads to no file",
                        "link '#nowhere' names no element with id 'nowhere'",
                        "link 'x|y.html' is not a valid address",
                        "link '' names no element with id 'gone'",
                        "Latin text not isolated: 'نص Latin نص'",
                        "Latin text not isolated: 'deep Latin'",
                        "Arabic text not isolated: 'English عربي'")), problems);
        assertEquals(List.of("d/my page.html", "d/page.html", "index.html"), List.copyOf(problems.keySet()));
    }

    /**
     * Links are remembered per folder once they resolve (see {@link WrittenSite#resolvedFrom}); a page of the
     * same folder that links to itself is still checked against its own ids, whether the site is being
     * written or is read from the disk.
     */
    @Test
    void aPageIsCheckedAgainstItsOwnIdsAfterASiblingLinkedToIt(@TempDir Path root) throws IOException {
        String a = """
                <!DOCTYPE html>
                <html lang="en" dir="ltr"><body><p id="top"><a href="b.html#zz">b</a> <a href="#top">top</a> <a href="c.html">c</a></p></body></html>
                """;
        String b = """
                <!DOCTYPE html>
                <html lang="en" dir="ltr"><body><p><a href="b.html#zz">me</a> <a href="#top">top</a> <a href="c.html">c</a></p></body></html>
                """;
        List<String> bProblems = List.of("link 'b.html#zz' names no element with id 'zz'", "link '#top' names no element with id 'top'");
        List<HtmlCheck> links = List.of(new InternalLinksResolveCheck());
        WrittenSite pending = WrittenSite.pending(root);
        for (int round = 0; round < 2; round++) {
            assertEquals(List.of(), pending.checkPage(links, "f/a.html", PageText.of(a)));
            assertEquals(bProblems, pending.checkPage(links, "f/b.html", PageText.of(b)));
        }
        write(root.resolve("f/a.html"), a);
        write(root.resolve("f/b.html"), b);
        write(root.resolve("f/c.html"), "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><body><p>c</p></body></html>");
        WrittenSite written = WrittenSite.of(root);
        for (int round = 0; round < 2; round++) {
            assertEquals(List.of("link 'b.html#zz' names no element with id 'zz'"), written.checkPage(links, "f/a.html", PageText.of(a)));
            assertEquals(bProblems, written.checkPage(links, "f/b.html", PageText.of(b)));
        }
    }

    /**
     * Once a site checked as it was written is complete, a link into one of its pages is verified against the
     * ids that page was checked with (the file is the same text), and a link into a page it did not check,
     * against that page's file.
     */
    @Test
    void linksIntoPagesCheckedAsRenderedAreVerifiedAgainstTheIdsTheyWereCheckedWith(@TempDir Path root) throws IOException {
        String a = """
                <!DOCTYPE html>
                <html lang="en" dir="ltr"><body><p><a href="b.html#here">b</a> <a href="c.html#there">c</a></p></body></html>
                """;
        String b = "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><body><p id=\"here\">b</p></body></html>";
        String c = "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><body><p id=\"there\">c</p></body></html>";
        List<HtmlCheck> links = List.of(new InternalLinksResolveCheck());
        WrittenSite pending = WrittenSite.pending(root);
        assertEquals(List.of(), pending.checkPage(links, "f/a.html", PageText.of(a)));
        assertEquals(List.of(), pending.checkPage(links, "f/b.html", PageText.of(b)));
        write(root.resolve("f/a.html"), a);
        write(root.resolve("f/c.html"), c);
        // b.html's file, which is not read, lacks the id its checked text has
        write(root.resolve("f/b.html"), b.replace(" id=\"here\"", ""));
        assertTrue(pending.linksResolveIn(WrittenSite.of(root)));
        // c.html, not checked here, is read: without the id, the link does not resolve
        write(root.resolve("f/c.html"), c.replace(" id=\"there\"", ""));
        assertFalse(pending.linksResolveIn(WrittenSite.of(root)));
        // and a page checked again with other ids is verified against those
        write(root.resolve("f/c.html"), c);
        assertTrue(pending.linksResolveIn(WrittenSite.of(root)));
        pending.checkPage(links, "f/b.html", PageText.of(b.replace("here", "elsewhere")));
        assertFalse(pending.linksResolveIn(WrittenSite.of(root)));
    }

    /** The files of a site are listed as {@code Files.walk} filtered by {@code Files::isRegularFile} lists them. */
    @Test
    void theFilesOfASiteAreItsRegularFilesAndTheLinksToOne(@TempDir Path root) throws IOException {
        write(root.resolve("a.html"), "a");
        write(root.resolve("d/e/b.css"), "b");
        Files.createDirectories(root.resolve("empty"));
        Files.createSymbolicLink(root.resolve("d/to-a.html"), root.resolve("a.html"));
        Files.createSymbolicLink(root.resolve("to-d"), root.resolve("d"));
        Files.createSymbolicLink(root.resolve("nowhere.html"), root.resolve("missing.html"));
        java.util.Set<String> walked;
        try (var walk = Files.walk(root)) {
            walked = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
        assertEquals(java.util.Set.of("a.html", "d/e/b.css", "d/to-a.html"), walked);
        assertEquals(walked, WrittenSite.filesUnder(root));
        assertEquals(walked, WrittenSite.of(root).files());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
