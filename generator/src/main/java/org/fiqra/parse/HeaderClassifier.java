package org.fiqra.parse;

import java.util.regex.Pattern;
import org.fiqra.model.HeaderLine.Kind;

/** What a line of the header block is: all of it is metadata, none of it a clause. */
final class HeaderClassifier {
    private HeaderClassifier() {
    }

    private static final String MONTHS = "(يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
            + "|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة"
            + "|January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATE = Pattern.compile("^(التاريخ:|الموافق\\s)|^[0-9٠-٩]{1,2}(\\s*-\\s*[0-9٠-٩]{1,2})?\\s.*" + MONTHS + ".*[0-9٠-٩]{4}");
    private static final Pattern BODY = Pattern.compile("^(الجمعية العامة|مجلس حقوق الإنسان|المجلس الاقتصادي والاجتماعي|مجلس الأمن|مجلس الإدارة|مؤتمر العمل الدولي)");
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z][A-Za-z.]*(/[A-Za-z0-9.\\-]+)+$");
    private static final Pattern ORIGINAL = Pattern.compile("^(Original|الأصل)\\s*:.*");
    private static final Pattern LANGUAGE = Pattern.compile("^(Arabic|English|French|Spanish|Russian|Chinese)$");
    private static final Pattern AGENDA_ITEM = Pattern.compile("^البند\\s.*من جدول الأعمال.*");
    private static final Pattern ADOPTION = Pattern.compile("^(قرار|القرار)\\s+(اتخذ|اعتمد|الصادر).*");
    private static final Pattern REPORT_BASIS = Pattern.compile("^\\[(بناء|بناءً|دون)\\s.*");
    private static final Pattern SESSION = Pattern.compile("^(الدورة|دورة)\\s.*");

    static Kind classify(String line) {
        if (line.startsWith("Distr.")) return Kind.DISTRIBUTION;
        if (ORIGINAL.matcher(line).matches()) return Kind.ORIGINAL_LANGUAGE;
        if (LANGUAGE.matcher(line).matches()) return Kind.LANGUAGE;
        if (SYMBOL.matcher(line).matches()) return Kind.SYMBOL;
        if (AGENDA_ITEM.matcher(line).matches()) return Kind.AGENDA_ITEM;
        if (ADOPTION.matcher(line).matches()) return Kind.ADOPTION;
        if (REPORT_BASIS.matcher(line).matches()) return Kind.REPORT_BASIS;
        if (BODY.matcher(line).find()) return Kind.BODY;
        if (SESSION.matcher(line).matches()) return Kind.SESSION;
        if (DATE.matcher(line).find()) return Kind.DATE;
        return Kind.OTHER;
    }
}
