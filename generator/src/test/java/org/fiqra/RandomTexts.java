package org.fiqra;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Texts strung together from given pieces at random, the same for the same seed: awkward text to hold code to the JDK's own. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** {@code count} texts, each of fewer than {@code bound} pieces drawn from {@code pieces}. */
    public static List<String> of(String[] pieces, int count, int bound, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(bound);
            for (int i = 0; i < n; i++) s.append(pieces[random.nextInt(pieces.length)]);
            texts.add(s.toString());
        }
        return texts;
    }
}
