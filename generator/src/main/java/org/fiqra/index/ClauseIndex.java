package org.fiqra.index;

import java.util.List;

/** What the index stage knows of one clause: its topics, its opening verb (or null), its related clauses. */
public record ClauseIndex(List<Topic> topics, Glossary.Verb verb, List<Related> related) {
    public static final ClauseIndex EMPTY = new ClauseIndex(List.of(), null, List.of());
}
