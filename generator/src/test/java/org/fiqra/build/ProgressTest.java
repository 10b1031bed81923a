package org.fiqra.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fiqra.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build reports its stage and how many documents are done at a steady rate, not a line per page. */
class ProgressTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildReportsItsStagesAtASteadyRate() {
        List<String> lines = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        BuildResult r = new SiteBuild(new BuildRequest(Seeds.content(), Seeds.templates(), tmp.resolve("site"), false, true))
                .reportingProgress(lines::add, Duration.ofMillis(50)).run();
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(r.published());
        assertTrue(lines.stream().anyMatch(l -> l.matches("Fiqra: render: \\d of 5 documents \\(both trees\\) \\(\\d+ s\\)")), lines.toString());
        // pages are checked as they are rendered; what is left (their links) is too quick to be sure of a report,
        // and a full build leaves no page to check from the disk (a stage without a count)
        assertTrue(lines.stream().filter(l -> l.startsWith("Fiqra: check")).allMatch(l -> l.matches(
                "Fiqra: check (the links of the rendered pages|the written pages(: [\\d,]+ of [\\d,]+ pages)?) \\(\\d+ s\\)")),
                lines.toString());
        assertTrue(lines.size() <= ms / 50 + 1, lines.size() + " lines in " + ms + " ms: more than one per period");
        int before = lines.size();
        sleep(100);
        assertTrue(lines.size() == before, "the reports stop with the build");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
