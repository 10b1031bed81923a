package org.fiqra.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real text of {@code real-texts/} parses into its hand-counted outline: each expected clause
 * with that id and those first words, no clause that the hand count lacks, its footnotes and its vote.
 */
class RealTextsTest {

    @TestFactory
    Stream<DynamicTest> everyRealTextHasItsHandCountedOutline() throws IOException {
        return RealTexts.cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    /** The shared folder's texts as they are there now, which may have grown since they were copied here. */
    @TestFactory
    Stream<DynamicTest> everyTextOfTheSharedFolderHasItsHandCountedOutline() throws IOException {
        var shared = RealTexts.shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent(), "no shared/real-texts beside the repository");
        return RealTexts.cases(shared.get()).stream().map(c -> DynamicTest.dynamicTest("shared " + c.id(), () -> check(c)));
    }

    private static void check(RealTexts.Case c) {
        {
            Diagnostics d = new Diagnostics();
            Document doc = RealTexts.parse(c, d);
            RealTexts.Score s = RealTexts.score(c, doc);
            assertTrue(s.exact(), () -> c.id() + ": " + s.right() + " of " + s.expected() + " clauses right\n  wrong: "
                    + String.join("\n         ", s.wrong()) + "\n  spurious: " + String.join("\n            ", s.spurious())
                    + "\n" + Outline.of(doc) + String.join("\n", d.all().stream().map(Object::toString).toList()));
            assertEquals(c.expected().footnotes(), doc.footnotes().size(), () -> c.id() + ": footnote texts\n" + Outline.of(doc));
            assertEquals(c.expected().vote(), doc.vote() != null, () -> c.id() + ": a voting record\n" + Outline.of(doc));
        }
    }
}
