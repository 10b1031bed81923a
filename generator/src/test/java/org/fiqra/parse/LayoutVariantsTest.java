package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.fiqra.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real text, laid out as other sites and extractions lay it out (no blank lines or a blank line
 * after each, a site's menu and footer, Arabic-Indic digits, indentation, other paragraph numbers,
 * tatweel), reads into the same hand-counted outline. The layouts the parser reads only in part (a
 * whole text on one line, lines broken every few words) are measured by {@code LayoutVariants.main}.
 */
class LayoutVariantsTest {

    @TestFactory
    Stream<DynamicTest> aRealTextInAnotherLayoutHasTheSameOutline() throws IOException {
        List<RealTexts.Case> cases = RealTexts.cases();
        return LayoutVariants.ALL.stream().filter(LayoutVariants.Variant::held).flatMap(v -> cases.stream().map(c -> {
            RealTexts.Case variant = LayoutVariants.apply(c, v);
            return DynamicTest.dynamicTest(variant.id(), () -> {
                var doc = RealTexts.parse(variant, new Diagnostics());
                RealTexts.Score s = RealTexts.score(variant, doc);
                assertTrue(s.exact(), () -> variant.id() + ": wrong " + s.wrong() + ", spurious " + s.spurious() + "\n"
                        + Outline.of(doc));
            });
        }));
    }
}
