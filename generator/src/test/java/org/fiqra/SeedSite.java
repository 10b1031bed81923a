package org.fiqra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fiqra.build.BuildRequest;
import org.fiqra.build.BuildResult;
import org.fiqra.build.SiteBuild;
import org.fiqra.check.WrittenSite;

/** The site of the repository's content and templates, built once for all the tests that read it back. */
public final class SeedSite {
    private static SeedSite instance;

    public final Path output;
    public final BuildResult result;
    public final WrittenSite site;

    private SeedSite(Path output) {
        this.output = output;
        this.result = new SiteBuild(new BuildRequest(Seeds.content(), Seeds.templates(), output, false, true)).run();
        if (!result.published()) throw new AssertionError("the seed site was not built: " + result.diagnostics());
        this.site = WrittenSite.of(output);
    }

    public static synchronized SeedSite get() {
        if (instance == null) {
            try {
                instance = new SeedSite(folder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /**
     * The module's build folder, as Maven names it: the site is replaced by the next run and removed by
     * {@code mvn clean}, not left behind in the system's temporary folder, one copy a run.
     */
    private static Path folder() throws IOException {
        String target = System.getProperty("fiqra.target");
        if (target == null || target.isBlank()) return Files.createTempDirectory("fiqra-seed-site").resolve("site");
        return Path.of(target, "seed-site");
    }

    public org.jsoup.nodes.Document page(String path) {
        if (!site.exists(path)) throw new AssertionError("no page " + path);
        return site.page(path).html();
    }
}
