package org.fiqra.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Running text as a sequence of normalised, lightly stemmed word tokens with their offsets, for
 * matching names and terms however the text writes them: Lucene's {@link ArabicNormalizer}
 * (alef and hamza forms, ta marbuta, alef maqsura, diacritics, tatweel) and {@link ArabicStemmer}
 * (the article and conjunction prefixes, plural and feminine suffixes); digits of any system as ASCII.
 */
public final class ArabicTokens {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer STEMMER = new ArabicStemmer();
    private static final int STEMS_KEPT = 100_000;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    /** A word of the text: {@code [start, end)} in the text, and its normalised stem. */
    public record Token(int start, int end, String stem) {
    }

    private ArabicTokens() {
    }

    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) i++;
            String stem = stem(text.substring(start, i));
            if (!stem.isEmpty()) out.add(new Token(start, i, stem));
        }
        return out;
    }

    /**
     * The tokens of a text for search: its words, except that words joined by {@code /} or {@code .}
     * into a chain with a digit in it are one symbol token ({@code A/RES/70/1} is {@code a/res/70/1},
     * {@code ٢٩٣/٦٤} is {@code 293/64}), its parts lower-cased, in ASCII digits and normalised, not
     * stemmed. {@code fiqra-text.js} does the same in the browser; a parity test holds them together.
     */
    public static List<Token> searchTokens(String text) {
        List<Token> words = of(text);
        List<Token> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && joined(text, words.get(j), words.get(j + 1))) j++;
            if (j > i && hasDigit(text, words.get(i).start(), words.get(j).end())) {
                String symbol = normalize(text.substring(words.get(i).start(), words.get(j).end()));
                out.add(new Token(words.get(i).start(), words.get(j).end(), symbol));
                i = j + 1;
            } else {
                out.add(words.get(i++));
            }
        }
        return out;
    }

    private static boolean joined(String text, Token a, Token b) {
        return b.start() == a.end() + 1 && (text.charAt(a.end()) == '/' || text.charAt(a.end()) == '.');
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isDigit(text.charAt(k))) return true;
        }
        return false;
    }

    /**
     * One word, normalised and stemmed. The texts of a corpus use a few thousand words over and over,
     * so stems are remembered, up to {@link #STEMS_KEPT} words (then forgotten, and remembered again).
     */
    public static String stem(String word) {
        String known = STEMS.get(word);
        if (known != null) return known;
        if (STEMS.size() >= STEMS_KEPT) STEMS.clear();
        String stem = stemOf(word);
        STEMS.put(word, stem);
        return stem;
    }

    private static String stemOf(String word) {
        char[] c = Digits.toAscii(word).toLowerCase(java.util.Locale.ROOT).toCharArray();
        int len = NORMALIZER.normalize(c, c.length);
        len = STEMMER.stem(c, len);
        return new String(c, 0, len);
    }

    /** One word, normalised but not stemmed (for verbs, whose forms stemming would conflate). */
    public static String normalize(String word) {
        char[] c = Digits.toAscii(word).toLowerCase(java.util.Locale.ROOT).toCharArray();
        int len = NORMALIZER.normalize(c, c.length);
        return new String(c, 0, len);
    }

    /**
     * The word without a one-letter proclitic (ل ب ك ف و), stemmed: "لاتفاقية" → the stem of "اتفاقية".
     * Used only where a name may follow a preposition, never to decide alone what a word is.
     */
    public static String stemWithoutProclitic(String word) {
        if (word.length() > 3 && "لبكفو".indexOf(word.charAt(0)) >= 0) {
            return stem(word.substring(1));
        }
        return stem(word);
    }

    /** A letter, a digit, or a mark written inside an Arabic word (tatweel, diacritics, hamza above or below). */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }
}
