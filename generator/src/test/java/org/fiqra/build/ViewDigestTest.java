package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.fiqra.render.PageKind;
import org.fiqra.render.Views;
import org.junit.jupiter.api.Test;

/** The page fingerprint: equal views digest equally, and any difference in text or structure shows. */
class ViewDigestTest {
    private static Views.Link link(String href, String label) {
        return new Views.Link(href, label);
    }

    @Test
    void equalViewsGiveEqualDigestsAndEveryDifferenceShows() {
        List<Object> page = List.of(PageKind.TOPIC, "topic", List.of(link("a.html", "أ"), link("b.html", "ب")));
        List<Object> same = new ArrayList<>(List.of(PageKind.TOPIC, "topic", new ArrayList<>(List.of(link("a.html", "أ"),
                link("b.html", "ب")))));
        assertEquals(ViewDigest.of("t", page), ViewDigest.of("t", same), "built twice, the same view digests the same");
        assertNotEquals(ViewDigest.of("t", page), ViewDigest.of("u", page), "another templates folder");
        assertNotEquals(ViewDigest.of("t", page), ViewDigest.of("t", List.of(PageKind.TOPIC, "topic",
                List.of(link("a.html", "أ"), link("b.html", "ت")))), "one letter changed");
        assertNotEquals(ViewDigest.of("t", List.of(List.of("ab", "c"))), ViewDigest.of("t", List.of(List.of("a", "bc"))),
                "the same characters split differently");
        assertNotEquals(ViewDigest.of("t", List.of(link("x", null))), ViewDigest.of("t", List.of(link("x", ""))),
                "null and empty");
        assertNotEquals(ViewDigest.of("t", List.of(PageKind.TOPIC)), ViewDigest.of("t", List.of(PageKind.VERB)));
        assertNotEquals(ViewDigest.of("t", List.of(Boolean.TRUE)), ViewDigest.of("t", List.of(Boolean.FALSE)));
    }

    @Test
    void somethingThatIsNotAViewIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ViewDigest.of("t", List.of(new Object())));
    }
}
