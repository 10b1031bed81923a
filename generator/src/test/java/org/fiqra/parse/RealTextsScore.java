package org.fiqra.parse;

import java.io.IOException;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.Severity;

/**
 * How many clauses of a folder of real texts the parser gets right, text by text: the measure of
 * issue 25 on texts the parser has never seen. Run on a folder in the format of
 * {@code real-texts/README.md}:
 * <pre>java -cp … org.fiqra.parse.RealTextsScore DIR</pre>
 * (docs/parser.md gives the whole command). Prints one line a text and the total.
 */
public final class RealTextsScore {
    private RealTextsScore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) System.setProperty("fiqra.realtexts", args[0]);
        int right = 0;
        int expected = 0;
        int spurious = 0;
        int exact = 0;
        var cases = RealTexts.cases();
        for (RealTexts.Case c : cases) {
            Diagnostics d = new Diagnostics();
            RealTexts.Score s = RealTexts.score(c, RealTexts.parse(c, d));
            right += s.right();
            expected += s.expected();
            spurious += s.spurious().size();
            if (s.exact()) exact++;
            long errors = d.all().stream().filter(x -> x.severity() == Severity.ERROR).count();
            System.out.printf("%-16s %3d/%-3d right, %2d spurious%s%n", c.id(), s.right(), s.expected(), s.spurious().size(),
                    errors > 0 ? ", " + errors + " error(s): " + d.all().stream().filter(x -> x.severity() == Severity.ERROR)
                            .map(Diagnostic::code).distinct().toList() : "");
            if (!s.exact() && Boolean.getBoolean("fiqra.realtexts.why")) {
                s.wrong().forEach(w -> System.out.println("    wrong " + w));
                s.spurious().forEach(w -> System.out.println("    spurious " + w));
            }
        }
        System.out.printf("%d of %d clauses right (%.1f%%), %d spurious; %d of %d texts exact%n", right, expected,
                expected == 0 ? 0.0 : 100.0 * right / expected, spurious, exact, cases.size());
    }
}
