package org.fiqra.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fiqra.model.MarkerRef;
import org.junit.jupiter.api.Test;

class InlineRendererTest {
    private final InlineRenderer arabic = new InlineRenderer(true);

    @Test
    void rendersBoldAndItalics() {
        assertEquals("<strong>تؤكد</strong> ضرورة", arabic.render("**تؤكد** ضرورة"));
    }

    @Test
    void isolatesLatinRunsKeepingArabicPunctuationOutside() {
        assertEquals("[بناء على تقرير اللجنة الثالثة (<bdi dir=\"ltr\">A/66/454 (Part II)</bdi>)]",
                arabic.render("[بناء على تقرير اللجنة الثالثة (A/66/454 (Part II))]"));
        assertEquals("انظر <bdi dir=\"ltr\">A/71/119</bdi>.", arabic.render("انظر A/71/119."));
    }

    @Test
    void isolatesALatinRunAcrossEmphasis() {
        assertEquals("<bdi dir=\"ltr\">United Nations, <em>Treaty Series</em>, vol. 2225, No. 39574</bdi>",
                arabic.render("United Nations, *Treaty Series*, vol. 2225, No. 39574"));
    }

    @Test
    void escapesRawHtmlAndScript() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; نص",
                arabic.render("<script>alert(1)</script> نص").replaceAll("</?bdi[^>]*>", ""));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;",
                arabic.render("<img src=x onerror=alert(1)>").replaceAll("</?bdi[^>]*>", ""));
    }

    @Test
    void neverMakesALinkFromTheSource() {
        assertEquals("[نص](<bdi dir=\"ltr\">javascript:alert(1)</bdi>)", arabic.render("[نص](javascript:alert(1))"));
        assertEquals("&lt;<bdi dir=\"ltr\">http://example.org</bdi>&gt;", arabic.render("<http://example.org>"));
    }

    @Test
    void keepsTheInlineTagsRealTextsCarry() {
        assertEquals("من <i>التقرير العالمي</i> للضمان", arabic.render("من <i>التقرير العالمي</i> للضمان"));
        String withAttribute = arabic.render("<i onclick=\"x()\">التقرير</i>");
        assertEquals(0, org.jsoup.Jsoup.parseBodyFragment(withAttribute).select("[onclick]").size(),
                "a tag with attributes is not markup: " + withAttribute);
    }

    @Test
    void linksResolvedMarkersAndLeavesMissingOnesPlain() {
        String html = arabic.render("اتفاق باريس⁽¹⁾، والدورة⁽⁴⁾؛",
                List.of(new MarkerRef(1, "fnref-1", true), new MarkerRef(4, "fnref-4", false)));
        assertEquals("اتفاق باريس<sup class=\"fnref\" id=\"fnref-1\"><a href=\"#fn-1\" role=\"doc-noteref\">١</a></sup>،"
                + " والدورة<sup class=\"fnref missing\">٤</sup>؛", html);
    }

    @Test
    void markersOfAnEnglishTextKeepAsciiDigits() {
        String html = new InlineRenderer(false).render("the Millennium Development Goals^(1), in which",
                List.of(new MarkerRef(1, "fnref-1", true)));
        assertEquals("the Millennium Development Goals<sup class=\"fnref\" id=\"fnref-1\"><a href=\"#fn-1\""
                + " role=\"doc-noteref\">1</a></sup>, in which", html);
        assertEquals("قرارها<sup class=\"fnref missing\">٢</sup>", arabic.render("قرارها^(2)",
                List.of(new MarkerRef(2, "fnref-2", false))), "an Arabic text shows Arabic-Indic digits however the source wrote them");
    }

    @Test
    void keepsLiteralCharactersMarkdownWouldEat() {
        assertEquals("1_000 &amp; \\ `x`", new InlineRenderer(false).render("1_000 & \\ `x`"));
    }
}
