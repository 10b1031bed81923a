package org.fiqra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fiqra.SeedSite;
import org.fiqra.text.PageText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The scan reads the same facts from a page as jsoup's tree gives, or declines the page: on every page of
 * the seed site, on thousands of mutations of them, and on the cases its rules are there for.
 */
class PageScanTest {
    /** The elements the scan leaves to jsoup that Fiqra's templates write: tables and the search form's select. */
    private static final Pattern LEFT_TO_JSOUP = Pattern.compile("<(table|select)\\b");

    @Test
    void readsEveryPageOfTheSeedSiteWithoutTablesAsJsoupDoes() throws IOException {
        int read = 0;
        int declined = 0;
        for (Path file : pages()) {
            String text = Files.readString(file);
            PageFacts facts = PageScan.read(PageText.of(text));
            boolean expectRead = !LEFT_TO_JSOUP.matcher(text).find();
            assertEquals(expectRead, facts != null, file + (expectRead ? " was declined" : " was read"));
            if (facts == null) {
                declined++;
                continue;
            }
            read++;
            assertEquals(PageFacts.of(Jsoup.parse(text)), facts, file.toString());
        }
        assertTrue(read > 900 && declined > 0, read + " pages read, " + declined + " declined");
    }

    /**
     * Random edits of seed pages: tags left out, misnested or set where the standard's rules move them,
     * unknown references, stray letters. Whatever the scan reads, it reads as jsoup does; and it reads many.
     */
    @Test
    void agreesWithJsoupOnMutatedPages() throws IOException {
        List<Path> pages = pages();
        Random random = new Random(20261123);
        int read = 0;
        int declined = 0;
        for (int round = 0; round < 5000; round++) {
            String text = Files.readString(pages.get(random.nextInt(pages.size())));
            String mutant = text;
            int edits = random.nextInt(4) == 0 ? 2 : 1;
            for (int e = 0; e < edits; e++) mutant = mutate(mutant, random);
            PageFacts facts = PageScan.read(PageText.of(mutant));
            if (facts == null) {
                declined++;
                continue;
            }
            read++;
            assertEquals(PageFacts.of(Jsoup.parse(mutant)), facts, "mutant of round " + round + ":\n" + mutant);
        }
        // about 650 of them are read with this seed
        assertTrue(read > 400 && declined > 400, read + " mutants read, " + declined + " declined");
    }

    private static final String[] INSERTS = {
        "<div>", "</div>", "<p>", "</p>", "<li>", "</li>", "<dd>", "<dt>", "<a href=\"#main\">", "</a>", "<b>", "</b>",
        "<span dir=\"ltr\">", "<span dir=\"rtl\">", "<span dir=auto>", "</span>", "<bdi>", "</bdi>", "<br>", "<br/>",
        "<div/>", "</br>", "<hr>", "<h2>", "</h2>", "<button>", "<form>", "<table>", "<td>", "<select>", "<pre>\n",
        "<!-- note -->", "<!-->", "<!--", "&nbsp;", "&amp;", "&amp", "&copy;", "&#65;", "&lt;", " < ", "<x-y>", "<SPAN>",
        "<span id=a id=b>", "<span ID=\"u\">", "<img src=\"assets/fiqra.css\" href=\"index.html#x\">", "Latin",
        "عربي", "\r\n", "<script>var a = \"</scr\" + \"ipt>\";</script>", "<script><!--</script>", "<style>p{}</style>",
        "<main id=\"main\">", "<p id=\"main\">", "<a href='index.html#main'>", "<a href=index.html#top>", "\0",
        "<input type=hidden>", "<svg>", "</body>", "<body dir=ltr>", "</html>", "<html lang=en>", "<head>", "<meta x>",
        "<title>", "<label dir=\"ltr\">Latin</label>", "<time>", "</time>", "<sup>", "<h3>Latin</h3>",
        // whole elements, which the scan reads where they stand in the open
        "<span dir=\"ltr\">Latin</span>", "<b>Latin</b>", "<i dir=\"rtl\">عربي &amp; Latin</i>", "<div>Latin</div>",
        "<p>&#1575;</p>", "<bdi>Latin</bdi>", "<span id=\"main\"></span>", "<a href=\"#citing-heading\">x</a>",
        "<img src=\"missing.png\" alt=\"\">", "<ul><li>Latin<li></ul>", "<dl><dt>a<dd>b</dl>", "<wbr>", "Latin &lt;",
    };

    /** One random edit: an insertion from {@link #INSERTS}, a tag deleted, two end tags swapped, or a tag upper-cased. */
    private static String mutate(String text, Random random) {
        switch (random.nextInt(5)) {
            case 0, 1: {
                int at = random.nextBoolean() ? tagBoundary(text, random) : random.nextInt(text.length() + 1);
                return text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
            }
            case 2: {
                int[] tag = randomTag(text, random);
                return tag == null ? text : text.substring(0, tag[0]) + text.substring(tag[1]);
            }
            case 3: {
                Matcher m = Pattern.compile("</[a-z0-9]+></[a-z0-9]+>").matcher(text);
                List<int[]> pairs = new ArrayList<>();
                while (m.find()) pairs.add(new int[] {m.start(), m.end()});
                if (pairs.isEmpty()) return text;
                int[] p = pairs.get(random.nextInt(pairs.size()));
                String pair = text.substring(p[0], p[1]);
                int split = pair.indexOf("></") + 1;
                return text.substring(0, p[0]) + pair.substring(split) + pair.substring(0, split) + text.substring(p[1]);
            }
            default: {
                int[] tag = randomTag(text, random);
                if (tag == null) return text;
                return text.substring(0, tag[0]) + text.substring(tag[0], tag[1]).toUpperCase() + text.substring(tag[1]);
            }
        }
    }

    /** A random position just before a '<' or just after a '>'. */
    private static int tagBoundary(String text, Random random) {
        int at = random.nextInt(text.length());
        int lt = text.indexOf('<', at);
        return lt < 0 ? text.length() : random.nextBoolean() ? lt : text.indexOf('>', lt) + 1;
    }

    /** The start and end of a random tag of {@code text}. */
    private static int[] randomTag(String text, Random random) {
        int lt = text.indexOf('<', random.nextInt(text.length()));
        if (lt < 0) return null;
        int gt = text.indexOf('>', lt);
        return gt < 0 ? null : new int[] {lt, gt + 1};
    }

    /** Bodies the scan must decline, each with the rule that makes its tree differ from the nesting of its tags. */
    private static final String[][] DECLINED = {
        {"<p>a<div>b</div></p>", "a block inside an open paragraph closes it"},
        // each closed by an end tag of its own, so that only the rule of the standard tells them apart
        {"<ul><li dir=\"ltr\">a<li>Latin</li></li></ul>", "an item closes the open item"},
        {"<dl><dt>a<dd>b</dd></dt></dl>", "a description closes the open term"},
        {"<h2>a<h3>b</h3></h2>", "a heading closes the open heading"},
        {"<form><form></form></form>", "a form inside a form is dropped"},
        {"<button><button></button></button>", "a button closes the open button"},
        {"<a href=\"#x\">a<a href=\"#y\">b</a></a>", "a link closes the open link"},
        {"<p>a</span></p>", "an end tag that closes nothing open"},
        {"<p>a", "an end tag left out"},
        {"<table><tr><td>a</td></tr></table>", "tables"},
        {"<p>&copy; 2026</p>", "a reference the scan does not know"},
        {"<div/>", "a self-closing tag that is not void"},
        {"<SPAN>a</SPAN>", "upper case"},
    };

    @Test
    void declinesWhereTheStandardChangesTheTree() {
        for (String[] c : DECLINED) assertNull(PageScan.read(PageText.of(page(c[0]))), c[1] + ": " + c[0]);
    }

    @Test
    void readsPlainPagesAsJsoupDoes() {
        for (String body : List.of(
                "<p id=\"a\" id=\"b\">نص <span dir=\"ltr\">Latin <i dir=rtl>deep Latin</i></span> &amp; <bdi>bdi</bdi></p>",
                "<ul><li><a href=\"x.html#y\">a</a><ul><li>b</li></ul></li></ul><p>x<br/>y<img src=\"i.png\" alt=\"\"></p>",
                "<dl><dt>a</dt><dd><div><p>A &quot;quoted&quot; Latin</p></div></dd></dl><!-- a comment -->",
                "<div dir=\"ltr\">English عربي <script>var Latin;</script><h2 id=\"\">&nbsp;</h2></div>")) {
            String text = page(body);
            PageFacts facts = PageScan.read(PageText.of(text));
            assertNotNull(facts, body);
            assertEquals(PageFacts.of(Jsoup.parse(text)), facts, body);
        }
    }

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n"
                + "<link rel=\"stylesheet\" href=\"assets/fiqra.css\">\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(SeedSite.get().output)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
