package org.fiqra.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * The ids of a parsed page, collected in one walk over its elements: every element with an id
 * attribute counts (even an empty one), as {@code select("[id]")} would find them.
 */
final class PageIds {
    private final Set<String> distinct = new HashSet<>();
    private final List<String> repeated = new ArrayList<>();

    private PageIds() {
    }

    static PageIds of(Node root) {
        PageIds ids = new PageIds();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.hasAttr("id")) ids.add(e.id());
        }, root);
        return ids;
    }

    private void add(String id) {
        if (!distinct.add(id)) repeated.add(id);
    }

    boolean contains(String id) {
        return distinct.contains(id);
    }

    /** The distinct ids, as a compact set to keep. */
    Set<String> distinct() {
        return Set.copyOf(distinct);
    }

    /** Each id met again after its first element, once per repetition, in document order. */
    List<String> repeated() {
        return repeated;
    }
}
