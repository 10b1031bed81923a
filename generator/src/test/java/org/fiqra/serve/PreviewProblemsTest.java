package org.fiqra.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Severity;
import org.fiqra.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/** The preview's panel lists what stopped a build, not everything it reported, and no more than it can show. */
class PreviewProblemsTest {
    @Test
    void aFailedBuildListsWhatStoppedItAndCountsTheRest() {
        List<Diagnostic> many = new java.util.ArrayList<>();
        for (int i = 1; i <= PreviewServer.PROBLEMS_SHOWN + 10; i++) {
            many.add(new Diagnostic(Diagnostic.Code.CHECK, Severity.ERROR, new SourcePosition("a.md", i, 1), "broken"));
            many.add(new Diagnostic(Diagnostic.Code.CHECK, Severity.WARNING, new SourcePosition("b.md", i, 1), "odd"));
        }
        List<String> errors = PreviewServer.problems(many);
        assertEquals(PreviewServer.PROBLEMS_SHOWN + 1, errors.size());
        assertTrue(errors.subList(0, PreviewServer.PROBLEMS_SHOWN).stream().allMatch(p -> p.contains("error")), errors.toString());
        assertEquals("… and 10 more errors", errors.get(PreviewServer.PROBLEMS_SHOWN));

        List<String> strict = PreviewServer.problems(many.stream().filter(d -> d.severity() == Severity.WARNING).toList());
        assertTrue(strict.get(0).contains("b.md:1:1: warning"), "a strict build stopped by warnings lists them: " + strict);
        assertEquals("… and 10 more warnings", strict.get(PreviewServer.PROBLEMS_SHOWN));
    }
}
