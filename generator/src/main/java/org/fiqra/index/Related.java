package org.fiqra.index;

import java.util.List;

/**
 * A clause of another document that says something close, and why: the topics and citations
 * the two share, and whether their wording is alike.
 */
public record Related(ClauseRef target, double score, List<String> topics, List<String> citations, boolean wording) {
    public Related {
        topics = List.copyOf(topics);
        citations = List.copyOf(citations);
    }
}
