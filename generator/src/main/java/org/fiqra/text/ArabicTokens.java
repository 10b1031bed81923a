package org.fiqra.text;

import java.util.ArrayList;
import java.util.List;
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

    /** One word, normalised and stemmed. */
    public static String stem(String word) {
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

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }
}
