package org.fiqra.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiqra.text.ArabicTokens;

/**
 * The words a resolution's parts open with, and the normal form they are compared in. A cue is
 * evidence for a reading, never a decision: {@link Reading} weighs the cues of every block of a
 * text together.
 *
 * <p>Words are compared after NFKC (presentation forms as PDF extractions leave them), Persian
 * ya and kaf as Arabic, and Lucene's {@code ArabicNormalizer} (alef and hamza forms, alef
 * maqsura, ta marbuta, tatweel, diacritics): {@code يقــرر}, {@code ٕواذ} and {@code ﻳﻘﺮﺭ}
 * are the words they read as.
 */
final class Cues {
    private Cues() {
    }

    /** One word in the normal form cues are compared in. */
    static String key(String word) {
        if (isKey(word)) return word;
        String w = word;
        if (!isPlain(w)) {
            w = Normalizer.normalize(w.replace('ی', 'ي').replace('ک', 'ك'), Normalizer.Form.NFKC);
            w = Normalizer.normalize(HAMZA_FIRST.matcher(w).replaceAll("$2$1"), Normalizer.Form.NFC);
        }
        return ArabicTokens.normalize(w);
    }

    /**
     * Whether a word is its own key: Arabic letters the normaliser leaves as they are, ASCII lower-case
     * letters and digits (most words of most texts, which then cost no copy).
     */
    private static boolean isKey(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean plainArabic = c >= 'ء' && c <= 'ي' && c != 'أ' && c != 'إ' && c != 'آ' && c != 'ى' && c != 'ة' && c != 'ـ'
                    && c != 'ؤ' && c != 'ئ';
            if (!plainArabic && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** Plain Arabic letters and ASCII need no compatibility mapping (most words of most texts). */
    private static boolean isPlain(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0xFB50 || c == 'ی' || c == 'ک' || c == '\u0654' || c == '\u0655') return false;
        }
        return true;
    }

    /** A hamza a PDF extraction placed before the letters it sits on: {@code ٕواذ} for {@code وإذ}. */
    private static final Pattern HAMZA_FIRST = Pattern.compile("([\\u0654\\u0655])(و?ا)");

    /** The first {@code n} words of a text (bold markers, quotes and brackets around them dropped), as keys. */
    static List<String> firstWords(String text, int n) {
        List<String> out = new ArrayList<>(n);
        int i = 0;
        int len = text.length();
        while (out.size() < n && i < len) {
            while (i < len && !isWordChar(text.charAt(i))) i++;
            int start = i;
            while (i < len && isWordChar(text.charAt(i))) i++;
            if (i > start) out.add(key(text.substring(start, i)));
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return ArabicTokens.isWordChar(c);
    }

    // ---------------------------------------------------------------- the lexicon

    /**
     * Verbs that open operative paragraphs, third person, both genders: the first words of
     * {@code glossary.yml}'s operative entries (CuesTest holds the two together) and the verbs of
     * League of Arab States, OIC and GCC decisions. Normal form.
     */
    private static final Set<String> OPERATIVE_VERBS = keys("""
            يؤكد تؤكد يعيد تعيد يكرر تكرر يجدد تجدد يعرب تعرب يشدد تشدد يحث تحث يحض تحض بحث يدعو تدعو يهيب تهيب
            يناشد تناشد يطلب تطلب يرحب ترحب يشيد تشيد يثني تثني يقرر تقرر يشجع تشجع يعترف تعترف يقر تقر يلاحظ
            تلاحظ يحيط تحيط يأخذ تأخذ يأذن تأذن يأسف تأسف يؤيد تؤيد يبرز تبرز يدعم تدعم يدين تدين يذكر تذكر
            يرفض ترفض يرى ترى يستذكر تستذكر يستنكر تستنكر يسلط تسلط يسلم تسلم يشجب تشجب يشير تشير يطالب تطالب
            يعتبر تعتبر يعتمد تعتمد يعقد تعقد يعلن تعلن ينوه تنوه يهنئ تهنئ يوافق توافق يوجه توجه يوصي توصي يوصى
            توصى يكلف تكلف ينشئ تنشئ يحيل تحيل يفوض تفوض يمدد تمدد يعين تعين يقترح تقترح يحيي تحيي يثمن تثمن
            يتبنى تتبنى يشكر تشكر يتوجه تتوجه يعبر تعبر يؤكدون يقررون يدعون يطلبون يرحبون يعربون يشيدون يجددون
            يتعهد تتعهد يلتزم تلتزم يقرر يحذر تحذر يستنكر يندد تندد يتطلع تتطلع يأمل تأمل يؤمن يناشدون يكلفون
            يعتمدون يوافقون يوجهون يحثون يدينون يرفضون يثمنون يقدر تقدر يتابع تتابع يواصل تواصل يبقي تبقي
            يحتفظ تحتفظ ينضم تنضم يختار تختار ينتخب تنتخب يعتزم تعتزم ينظر تنظر يجيز تجيز يحدد تحدد يستعرض تستعرض
            """);

    /** Verbal nouns that open the operative paragraphs of a decision after {@code يقرر}: {@code الموافقة على …}. */
    private static final Set<String> OPERATIVE_NOUNS = keys("""
            الموافقة موافقة تأجيل دعوة الدعوة تكليف الطلب الطلب اعتماد الترحيب التأكيد تأكيد توجيه مطالبة المطالبة
            دعم إدانة الإدانة الإشادة تجديد الإعراب التعبير حث مناشدة تعيين إنشاء عقد رفض استمرار الاستمرار
            التنويه الإحاطة تقديم تفويض إعادة إلزام تمديد متابعة مواصلة تعميم إدراج قبول منح إصدار تخصيص تشكيل
            إحالة اعتبار العمل الاستمرار التأكيد الطلب التكليف
            """);

    /**
     * Words that open a preambular paragraph, with or without the conjunction و: the particles
     * ({@code إذ}, {@code وإن}, {@code وقد}) and the adverbial verbal nouns bodies use
     * ({@code اقتناعا منها}, {@code إدراكا}, {@code عملا ب…}, {@code باعتبار}, {@code ولما كان}).
     */
    private static final Set<String> PREAMBLE_OPENERS = keys("""
            إذ اذ وإذ واذ وإن وقد قد إدراكا وإدراكا ادراكا وادراكا اقتناعا واقتناعا إيمانا وإيمانا اعترافا واعترافا
            إقرارا وإقرارا تسليما وتسليما اعتبارا واعتبارا حرصا وحرصا رغبة ورغبة تصميما وتصميما التزاما والتزاما
            تأكيدا وتأكيدا وعزما عزما وعيا ووعيا بعد وبعد عملا وعملا باعتبار وباعتبار ولما لما بتأكيدها وبتأكيدها
            بتأكيده انطلاقا وانطلاقا استنادا واستنادا إشارة وإشارة وإذا إذا حيث وحيث نظرا ونظرا تقديرا وتقديرا
            مراعاة ومراعاة تذكيرا وتذكيرا وعلى بناء وبناء ترحيبا وترحيبا وانطلاقا إيمانا وتأسيسا تأسيسا
            ووعيا منها وإذا وإذ وحرصا اهتماما واهتماما قلقا وقلقا
            """);

    /** Nouns that head the subject of an opening formula ({@code إن مجلس الأمن،}, {@code جمعية الصحة العالمية …،}). */
    private static final Set<String> BODY_HEADS = keys("""
            مجلس المجلس الجمعية جمعية المؤتمر مؤتمر اللجنة لجنة ملوك رؤساء القادة قادة الهيئة هيئة المنظمة منظمة
            وزراء الوزراء المجلس الاجتماع اجتماع مجالس الحكومات حكومات الدول الأطراف
            """);

    private static final Set<String> MONTHS = keys("يناير يونيو يونيه يوليو يوليه");

    private static final Set<String> OPENING_PARTICLES = keys("إن إنّ أن ان");

    private static Set<String> keys(String words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words.strip().split("\\s+")) out.add(key(w));
        return Set.copyOf(out);
    }

    static boolean isOperativeVerb(String key) {
        return OPERATIVE_VERBS.contains(key);
    }

    /**
     * A word shaped like a verb in the present tense, third person ({@code ينبه}, {@code تستحث}): a
     * prefix ي or ت and three to six letters more. Weaker evidence than a verb of the lexicon: nouns
     * take these shapes too ({@code تقرير}, {@code تنمية}).
     */
    static boolean looksLikeVerb(String text) {
        if (!startsWithWord(text)) return false;
        String t = text.startsWith("**") ? text.substring(2) : text;
        int end = 0;
        while (end < t.length() && isWordChar(t.charAt(end))) end++;
        String raw = t.substring(0, end);
        String key = key(raw);
        int n = key.length();
        if (n < 4 || n > 6 || key.charAt(0) != 'ي' && key.charAt(0) != 'ت' || raw.endsWith("ة") || key.endsWith("ات")
                || PREAMBLE_OPENERS.contains(key) || OPERATIVE_NOUNS.contains(key) || MONTHS.contains(key)) {
            return false;
        }
        // the verbal nouns of the derived forms take this shape: تفعيل (تنفيذ، تعزيز، تحقيق) and تفاعل (تعاون، تبادل)
        boolean taf3il = key.charAt(0) == 'ت' && n == 5 && key.charAt(3) == 'ي';
        boolean tafa3ul = key.charAt(0) == 'ت' && key.charAt(2) == 'ا' && !OPERATIVE_VERBS.contains(key);
        return !taf3il && !tafa3ul;
    }

    /** The text opens with a word, perhaps in bold, not with a bracket or a quote ({@code (تابع)} is a label). */
    static boolean startsWithWord(String text) {
        String t = text.startsWith("**") ? text.substring(2) : text;
        return !t.isEmpty() && Character.isLetter(t.charAt(0));
    }

    static boolean isOperativeNoun(String key) {
        return OPERATIVE_NOUNS.contains(key);
    }

    static boolean isPreambleOpener(String key) {
        return PREAMBLE_OPENERS.contains(key);
    }

    static boolean isBodyHead(String key) {
        return BODY_HEADS.contains(key);
    }

    static boolean isOpeningParticle(String key) {
        return OPENING_PARTICLES.contains(key);
    }

    /** The operative verbs the parser knows, for the test that holds them to the glossary. */
    static Set<String> operativeVerbs() {
        return OPERATIVE_VERBS;
    }

    // ---------------------------------------------------------------- English

    /** English operative verbs: the third person of the UN's terms ({@code Decides}, {@code Calls upon}). */
    private static final Pattern EN_OPERATIVE = Pattern.compile(
            "^\\*?(?:Also |Further |Again |Once again |Strongly |Firmly |Hereby )?(?:[A-Z][a-z]+(?:s|es))\\b.*");

    /** English preambular openers: a participle or an adjective of state ({@code Recalling}, {@code Mindful}). */
    private static final Pattern EN_PREAMBLE = Pattern.compile(
            "^\\*?(?:(?:Also|Further|Again|Recalling|Bearing) )?(?:[A-Za-z]+ing|Having|Mindful|Convinced|Aware|Deeply"
                    + "|Gravely|Alarmed|Concerned|Conscious|Determined|Desirous|Guided|Cognizant|Seized"
                    + "|Welcoming|Emphasizing|Expressing|Recognizing|Stressing|Underlining|Considering|Believing"
                    + "|Fully|Profoundly|Greatly|Seriously|Firmly|Strongly|Encouraged|Affirming)\\b.*");

    static boolean englishOperative(String line) {
        return EN_OPERATIVE.matcher(line).matches() && !EN_PREAMBLE.matcher(line).matches();
    }

    static boolean englishPreamble(String line) {
        return EN_PREAMBLE.matcher(line).matches();
    }
}
