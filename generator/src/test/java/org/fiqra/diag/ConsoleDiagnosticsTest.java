package org.fiqra.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fiqra.diag.Diagnostic.Code;
import org.junit.jupiter.api.Test;

/** The console shows every error and warning, and the information lines one by one only while they are few. */
class ConsoleDiagnosticsTest {

    private static Diagnostics with(int infos) {
        Diagnostics d = new Diagnostics();
        d.error(Code.STRUCTURE_LOST, new SourcePosition("a.md", 3, 1), "no structure");
        d.warn(Code.OPERATIVE_UNNUMBERED, new SourcePosition("a.md", 9, 1), "unnumbered");
        for (int i = 0; i < infos; i++) d.info(Code.FURNITURE_DROPPED, new SourcePosition("b.md", i + 1, 1), "furniture");
        return d;
    }

    @Test
    void fewInformationLinesAreShownOneByOne() {
        List<String> lines = Diagnostics.forConsole(with(3).all());
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("b.md:2:1: info [FURNITURE_DROPPED]")));
    }

    @Test
    void manyInformationLinesAreCountedByCodeAndTheWarningsStay() {
        List<String> lines = Diagnostics.forConsole(with(Diagnostics.CONSOLE_INFOS + 1).all());
        assertEquals(List.of("a.md:3:1: error [STRUCTURE_LOST] no structure", "a.md:9:1: warning [OPERATIVE_UNNUMBERED] unnumbered",
                "21 lines of information, listed in build-report.txt: FURNITURE_DROPPED 21"), lines);
    }
}
