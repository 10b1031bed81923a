package org.fiqra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link InternalLinksResolveCheck#resolve} gives what {@code java.net.URI} resolution gives (the
 * oracle below), reference by reference: the same path, the same null, or the same exception.
 */
class LinkResolutionTest {
    private static final List<String> PAGES = List.of("index.html", "a-res-70-1.html", "a-res-70-1/op-3.html",
            "en/a-res-70-1/op-3.html", "en/index.html", "a/b/c/d.html", "", "a%20b/c.html", "a b/c.html",
            "a//b.html", "./a/../b.html", "../x.html", "a/", "dir/", "x:y/z.html", "/abs.html", "a%zz.html");

    private static final List<String> REFS = List.of(
            "b.html", "op-4.html", "../index.html", "../../index.html", "../../../../x.html", "./b.html",
            "././b.html", "a/./b.html", "a/../b.html", "a/b/../../c.html", "..", ".", "./", "../", "...",
            "..x/y.html", ".x.html", "a//b.html", "a///", "dir/", "dir/.", "dir/..", "dir/../", "x/../../y",
            "my file.html", "my%20file.html", "%2E%2E/x.html", "a%2Fb.html", "caf%C3%A9.html", "bad%C3.html",
            "bad%FF%FE.html", "%C3 %A9.html", "%41%42c.html", "x%zz.html", "x%2.html", "x%", "b.html?q=1",
            "b.html?q=a b", "?q=1", "?", "#", "#top", "b.html#top", "?q#f", "b.html#a#b", "b.html?x#y?z",
            "search.html?q=a:b", "/x.html", "//host/x.html", "http://example.org/x", "https:x.html",
            "mailto:a@b.org", "data:,x", "javascript:void(0)", "tel:123", "ftp://h/x.html", "file:///x.html",
            "1a:b.html", ":x.html", "a:b.html", "", " ", "a b c.html", "x|y.html", "x[1].html",
            "b.html?q=[1]", "\u0641\u0642\u0631\u0629.html", "x\ty.html", "x\"y.html", "x<y>.html", "x\\y.html",
            "x^y.html", "x`y.html", "x{y}.html", "!$&'()*+,;=@~_-.html", "a;b=c/d.html", "%2e%2e/x.html");

    /** The resolution as it was written with {@code java.net.URI}: the reference behaviour. */
    private static String oracle(String from, String ref) {
        URI base = URI.create("site:/" + from);
        URI target = base.resolve(URI.create(ref.replace(" ", "%20")));
        String path = target.getPath();
        if (path == null || !path.startsWith("/") || path.startsWith("/..")) return null;
        return path.substring(1);
    }

    /** The outcome of a resolution: the path, "null", or the exception's type and message. */
    private static String outcome(Resolution r, String from, String ref) {
        try {
            return String.valueOf(r.resolve(from, ref));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private interface Resolution {
        String resolve(String from, String ref);
    }

    private static void assertSameAsUri(List<String> pages, List<String> refs) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String from : pages) {
            for (String ref : refs) {
                String label = "'" + from + "' + '" + ref + "' -> ";
                expected.add(label + outcome(LinkResolutionTest::oracle, from, ref));
                actual.add(label + outcome(InternalLinksResolveCheck::resolve, from, ref));
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void resolvesLikeUri() {
        assertSameAsUri(PAGES, REFS);
    }

    @Test
    void typicalLinks() {
        assertEquals("a-res-70-1/op-4.html", InternalLinksResolveCheck.resolve("a-res-70-1/op-3.html", "op-4.html"));
        assertEquals("a-res-70-1.html", InternalLinksResolveCheck.resolve("a-res-70-1/op-3.html", "../a-res-70-1.html"));
        assertEquals("assets/fiqra.css", InternalLinksResolveCheck.resolve("en/a/op-1.html", "../../assets/fiqra.css"));
        assertEquals("a b.html", InternalLinksResolveCheck.resolve("x/y.html", "../a%20b.html"));
        assertEquals("x/search.html", InternalLinksResolveCheck.resolve("x/y.html", "./search.html?q=1"));
        assertEquals(null, InternalLinksResolveCheck.resolve("index.html", "../index.html"));
    }

    /** Random references over the characters that matter to resolution, against random pages. */
    @Test
    void randomReferencesResolveLikeUri() {
        String[] pieces = {"a", "b.html", "/", "/", "..", ".", "%20", " ", "%2F", "%2E", "%C3%A9", "%C3", "?", "#",
            "q=1", "%", "x:", "-", "~"};
        Random random = new Random(20240611);
        List<String> pages = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 60; i++) pages.add(randomPath(random, pieces, 5));
        for (int i = 0; i < 400; i++) refs.add(randomPath(random, pieces, 8));
        assertSameAsUri(pages, refs);
    }

    private static String randomPath(Random random, String[] pieces, int maxPieces) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(maxPieces + 1); n > 0; n--) s.append(pieces[random.nextInt(pieces.length)]);
        return s.toString();
    }
}
