package org.fiqra.render;

import java.time.LocalDate;
import org.fiqra.text.Digits;

/** Dates as United Nations Arabic texts write them: {@code ١٩ كانون الأول/ديسمبر ٢٠١١}. */
final class ArabicDates {
    private static final String[] MONTHS = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
            "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
            "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"};

    private ArabicDates() {
    }

    static String format(LocalDate date) {
        if (date == null) return "";
        return Digits.toArabicIndic(date.getDayOfMonth()) + " " + MONTHS[date.getMonthValue() - 1] + " "
                + Digits.toArabicIndic(date.getYear());
    }
}
