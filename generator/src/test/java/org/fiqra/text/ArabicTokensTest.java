package org.fiqra.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Normalisation and light stemming, as topic tagging and name matching rely on them. */
class ArabicTokensTest {

    private static List<String> stems(String text) {
        return ArabicTokens.of(text).stream().map(ArabicTokens.Token::stem).toList();
    }

    @Test
    void prefixesOfTheArticleAndConjunctionsGo() {
        List<String> base = stems("الحماية الاجتماعية");
        assertEquals(base, stems("للحماية الاجتماعية"));
        assertEquals(base, stems("والحماية الاجتماعية"));
        assertEquals(base, stems("بالحماية الاجتماعية"));
    }

    @Test
    void diacriticsTatweelHamzaTaMarbutaAndAlefMaqsuraAreNormalised() {
        assertEquals(stems("تسلم"), stems("تسلّم"));
        assertEquals(stems("يحث"), stems("يحثُّ"));
        assertEquals(stems("الأشخاص"), stems("الاشخاص"));
        assertEquals(stems("إلى"), stems("الى"));
        assertEquals(stems("الاجتماعية"), stems("الاجتماعيه"));
        assertEquals(stems("الاجتماعية"), stems("الاجتمـــاعية"));
    }

    @Test
    void pluralAndFeminineSuffixesGo() {
        assertEquals(stems("المنظمة"), stems("المنظمات"));
        assertEquals(stems("اللاجئ"), stems("اللاجئين"));
    }

    @Test
    void digitsOfBothSystemsAreOne() {
        assertEquals(stems("لعام 2030"), stems("لعام ٢٠٣٠"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "وإذ تشير إلى «الحماية الاجتماعية»";
        var tokens = ArabicTokens.of(text);
        var last = tokens.get(tokens.size() - 1);
        assertEquals("الاجتماعية", text.substring(last.start(), last.end()));
    }

    @Test
    void aPhraseMatchesOnlyWhereItsWordsStandTogether() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("الحماية الاجتماعية", "sp").build();
        assertEquals(1, m.find("توفير الحد الأدنى من الحماية الاجتماعية للأشخاص").size());
        assertEquals(1, m.find("وإذ تؤكد أهمية للحماية الاجتماعية").size());
        assertTrue(m.find("الحماية القانونية والرعاية الاجتماعية").isEmpty());
        assertNotEquals(stems("الحماية"), stems("الرعاية"));
    }

    private static List<String> searchStems(String text) {
        return ArabicTokens.searchTokens(text).stream().map(ArabicTokens.Token::stem).toList();
    }

    @Test
    void aSymbolIsOneSearchTokenInEitherDigitSystem() {
        assertEquals(List.of("قرار", "293/64"), searchStems("قرارها ٢٩٣/٦٤"));
        assertEquals(searchStems("قرار 293/64"), searchStems("قرارُها ٢٩٣/٦٤"));
        assertEquals(List.of("a/res/70/1"), searchStems("A/RES/70/1"));
        assertEquals(List.of("e/cn.4/2001/2"), searchStems("(E/CN.4/2001/2)"));
        assertEquals(List.of("a/66/454", "part", "ii"), searchStems("A/66/454 (Part II)"));
    }

    @Test
    void wordsJoinedWithoutADigitOrAcrossSpacesStayWords() {
        assertEquals(stems("و/أو"), searchStems("و/أو"));
        assertEquals(List.of("2030", stems("أكد").get(0)), searchStems("2030. أكد"));
        assertEquals(3, searchStems("46 / 4 /5").size());
    }
}
