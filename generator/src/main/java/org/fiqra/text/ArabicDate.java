package org.fiqra.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as Arabic texts write it: {@code ٦ تموز/يوليه ٢٠١٧}, {@code 10 تموز/يوليه 2024}, {@code 5 يونيو 2023}. */
public final class ArabicDate {
    private static final List<List<String>> MONTHS = List.of(
            List.of("يناير"), List.of("فبراير"), List.of("مارس"), List.of("أبريل", "ابريل"), List.of("مايو"),
            List.of("يونيه", "يونيو"), List.of("يوليه", "يوليو"), List.of("أغسطس", "اغسطس"), List.of("سبتمبر"),
            List.of("أكتوبر", "اكتوبر"), List.of("نوفمبر"), List.of("ديسمبر"));
    private static final Pattern DATE = Pattern.compile("([0-9٠-٩]{1,2})\\s+(?:[^\\s/0-9٠-٩]+(?:\\s[^\\s/0-9٠-٩]+)?/\\s*)?"
            + "([^\\s/0-9٠-٩]+)\\s+([0-9٠-٩]{4})");

    private ArabicDate() {
    }

    /** The first date in the text, if any. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            for (int i = 0; i < MONTHS.size(); i++) {
                if (MONTHS.get(i).contains(m.group(2))) {
                    try {
                        return Optional.of(LocalDate.of(Digits.parse(m.group(3)), i + 1, Digits.parse(m.group(1))));
                    } catch (DateTimeException e) {
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
