package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fiqra.content.FrontMatter;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Document;
import org.junit.jupiter.api.Test;

/** Where a text's title and date come from when its front matter names none. */
class TitleTest {

    private static Document parse(String text, Diagnostics d) {
        return DocumentParser.parse(new SourceFile("t.md", new FrontMatter("S/RES/242 (1967)", null, null, null, null, null, null),
                Arrays.asList(text.split("\n", -1)), 1), d);
    }

    @Test
    void aTitleLineGivesTheTitle() {
        Diagnostics d = new Diagnostics();
        assertEquals("التحقق بجميع جوانبه", parse("52 / 31   التحقق بجميع جوانبه\n\nإن الجمعية العامة،\n\nإذ تلاحظ الأهمية،\n", d).title());
        assertTrue(d.all().stream().noneMatch(x -> x.code() == Code.TITLE_MISSING));
    }

    @Test
    void aLineThatNamesTheResolutionIsItsTitleAtNeed() {
        Diagnostics d = new Diagnostics();
        Document doc = parse("قرار مجلس الأمن رقم 242 (1967)\n\nإن مجلس الأمن،\n\nإذ يعرب عن قلقه،\n", d);
        assertEquals("قرار مجلس الأمن رقم 242 (1967)", doc.title());
        assertTrue(d.all().stream().noneMatch(x -> x.code() == Code.TITLE_MISSING), d.all().toString());
        assertEquals("قرار رقم 9 /20 - أت", parse("قرار رقم 9 /20 - أت\nإن المؤتمر الإسلامي،\nإذ يشير إلى الميثاق،\n", d).title());
    }

    @Test
    void aDecisionsCitationLineGivesItsDate() {
        Document doc = parse("إن مجلس الجامعة،\n\nبعد اطلاعه على المذكرة،\n\nيقرر\n\n1 - الموافقة على التوصية.\n\n"
                + "(ق. رقم 5521 - د .ع (104) - ج 3 - 21/9/1995)\n", new Diagnostics());
        assertEquals(java.time.LocalDate.of(1995, 9, 21), doc.date());
    }

    @Test
    void withoutEitherTheSymbolIsTheTitleAndTheEditorIsTold() {
        Diagnostics d = new Diagnostics();
        assertEquals("S/RES/242 (1967)", parse("إن مجلس الأمن،\n\nإذ يعرب عن قلقه،\n", d).title());
        assertTrue(d.all().stream().anyMatch(x -> x.code() == Code.TITLE_MISSING));
    }
}
