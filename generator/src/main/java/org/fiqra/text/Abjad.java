package org.fiqra.text;

import java.util.List;
import java.util.Optional;

/** Arabic list letters in abjad order and the Latin letters the clause ids use for them (the contract's table). */
public final class Abjad {
    private static final List<String> LETTERS = List.of(
            "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م",
            "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض");

    private Abjad() {
    }

    /** The position (0-based) of a list letter as sources write it ("هـ" or "ه", "أ" or "ا"); empty if none. */
    public static Optional<Integer> index(String letter) {
        String l = switch (letter) {
            case "ه" -> "هـ";
            case "ا", "آ", "إ" -> "أ";
            case "ى" -> "ي";
            default -> letter;
        };
        int i = LETTERS.indexOf(l);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** The id letter for the list letter at that position: 0 -> "a". */
    public static String latin(int index) {
        return String.valueOf((char) ('a' + index));
    }

    public static String arabic(int index) {
        return LETTERS.get(index);
    }

    public static int size() {
        return LETTERS.size();
    }
}
