package org.fiqra.index;

import java.util.List;
import java.util.Map;

/** The index stage's result: per clause, and the clauses of each topic and of each verb, in corpus order. */
public record Indexes(Map<ClauseRef, ClauseIndex> clauses, Map<String, List<ClauseRef>> byTopic,
                      Map<String, List<ClauseRef>> byVerb, Topics topics, Glossary glossary) {

    public ClauseIndex of(String slug, String clause) {
        return clauses.getOrDefault(new ClauseRef(slug, clause), ClauseIndex.EMPTY);
    }
}
