package org.fiqra.index;

import java.util.List;

/** A topic of {@code content/topics.yml}: id (ASCII), labels, parent topic id (or null), Arabic terms. */
public record Topic(String id, String en, String ar, String parent, List<String> terms) {
    public Topic {
        terms = List.copyOf(terms);
    }
}
