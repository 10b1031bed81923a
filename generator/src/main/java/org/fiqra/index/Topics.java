package org.fiqra.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.fiqra.text.ArabicTokens;
import org.fiqra.text.PhraseMatcher;

/** The topic vocabulary and the tagger: which topics a text is about, by their terms, phrase by phrase. */
public final class Topics {
    private final Map<String, Topic> byId;
    /** Each term once, with every topic that lists it (a term may belong to more than one). */
    private final PhraseMatcher<List<Topic>> terms;

    public Topics(List<Topic> topics) {
        byId = new LinkedHashMap<>();
        Map<String, String> phraseOf = new LinkedHashMap<>();
        Map<String, List<Topic>> topicsOf = new LinkedHashMap<>();
        for (Topic t : topics) {
            byId.putIfAbsent(t.id(), t);
            for (String term : t.terms()) {
                String key = String.join(" ", ArabicTokens.of(term).stream().map(ArabicTokens.Token::stem).toList());
                phraseOf.putIfAbsent(key, term);
                List<Topic> list = topicsOf.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(t)) list.add(t);
            }
        }
        PhraseMatcher.Builder<List<Topic>> builder = PhraseMatcher.builder();
        topicsOf.forEach((key, list) -> builder.add(phraseOf.get(key), List.copyOf(list)));
        terms = builder.build();
    }

    public static Topics none() {
        return new Topics(List.of());
    }

    public List<Topic> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The topics whose terms stand in the tokens of a text, in order of first appearance, each
     * followed by its ancestors (a clause on social protection floors is on social protection).
     */
    public Set<Topic> tag(String text, List<ArabicTokens.Token> tokens) {
        Set<Topic> out = new LinkedHashSet<>();
        for (PhraseMatcher.Match<List<Topic>> m : terms.find(text, tokens)) {
            for (Topic topic : m.value()) {
                for (Topic t = topic; t != null && out.add(t); t = t.parent() == null ? null : byId.get(t.parent())) {
                    // adds the topic and its ancestors, stopping at one already there
                }
            }
        }
        return out;
    }

    /** Reads {@code topics.yml}: a list of {id, en, ar, parent, terms}; reports unknown parents. */
    public static Topics load(Path file, String display, Diagnostics diagnostics) {
        Object o = DataFiles.load(file, display, diagnostics);
        if (o == null) return none();
        if (!(o instanceof List<?> list)) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display, 1, 1), "must be a list of topics (- id: …, en: …, ar: …, terms: […])");
            return none();
        }
        List<Topic> topics = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || m.get("id") == null || m.get("ar") == null || m.get("en") == null) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "topic " + (topics.size() + 1) + " needs id, en and ar");
                continue;
            }
            String id = DataFiles.str(m, "id");
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "topic id '" + id + "' must be an ASCII slug (social-protection)");
                continue;
            }
            topics.add(new Topic(id, DataFiles.str(m, "en"), DataFiles.str(m, "ar"), DataFiles.str(m, "parent"),
                    DataFiles.strings(m.get("terms"))));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Topic t : topics) {
            if (!ids.add(t.id())) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "topic id '" + t.id() + "' is used twice");
            }
        }
        for (Topic t : topics) {
            if (t.parent() != null && !ids.contains(t.parent())) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "topic '" + t.id() + "' has an unknown parent '" + t.parent() + "'");
            }
        }
        return new Topics(topics);
    }
}
