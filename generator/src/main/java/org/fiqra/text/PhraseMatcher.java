package org.fiqra.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases (instrument names, topic terms) in running text, however Arabic writes them:
 * word by word after {@link ArabicTokens normalisation and light stemming}, the words of a phrase
 * standing together, the first one also after a one-letter proclitic (لاتفاقية). Longest match
 * first, never overlapping. Immutable once built; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();

    private record Phrase<T>(List<String> stems, T value) {
    }

    /** A phrase found: {@code [start, end)} of the text, and what it stands for. */
    public record Match<T>(int start, int end, T value) {
    }

    private PhraseMatcher() {
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public static final class Builder<T> {
        private final PhraseMatcher<T> matcher = new PhraseMatcher<>();

        public Builder<T> add(String phrase, T value) {
            List<String> stems = ArabicTokens.of(phrase).stream().map(ArabicTokens.Token::stem).toList();
            if (!stems.isEmpty()) {
                matcher.byFirst.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Phrase<>(stems, value));
            }
            return this;
        }

        public PhraseMatcher<T> build() {
            matcher.byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase<T> p) -> p.stems().size()).reversed()));
            return matcher;
        }
    }

    public List<Match<T>> find(String text) {
        return find(text, ArabicTokens.of(text));
    }

    /** The same, over tokens the caller already has. */
    public List<Match<T>> find(String text, List<ArabicTokens.Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = matchAt(text, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            while (i < tokens.size() && tokens.get(i).start() < m.end()) i++;
        }
        return out;
    }

    private Match<T> matchAt(String text, List<ArabicTokens.Token> tokens, int i) {
        ArabicTokens.Token first = tokens.get(i);
        Match<T> plain = matchFrom(byFirst.get(first.stem()), tokens, i, first.start());
        if (plain != null) return plain;
        String without = ArabicTokens.stemWithoutProclitic(text.substring(first.start(), first.end()));
        return without.equals(first.stem()) ? null : matchFrom(byFirst.get(without), tokens, i, first.start() + 1);
    }

    private Match<T> matchFrom(List<Phrase<T>> candidates, List<ArabicTokens.Token> tokens, int i, int start) {
        if (candidates == null) return null;
        for (Phrase<T> p : candidates) {
            if (i + p.stems().size() > tokens.size()) continue;
            boolean all = true;
            for (int k = 1; k < p.stems().size() && all; k++) {
                all = tokens.get(i + k).stem().equals(p.stems().get(k));
            }
            if (all) return new Match<>(start, tokens.get(i + p.stems().size() - 1).end(), p.value());
        }
        return null;
    }
}
