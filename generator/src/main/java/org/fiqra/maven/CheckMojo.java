package org.fiqra.maven;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.fiqra.check.Checks;
import org.fiqra.check.WrittenSite;

/**
 * Checks a built site: parses every page back with jsoup and fails on any broken internal link
 * or anchor, duplicate id, page without lang/dir, or Latin run left unisolated on an Arabic
 * page, listing each one as {@code page: problem}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /**
     * The folder of the built site to check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.output", defaultValue = "${project.build.directory}/site", required = true)
    File output;

    /**
     * Skip the check. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Fiqra check: skipped");
            return;
        }
        if (!Files.isDirectory(output.toPath())) {
            throw new MojoExecutionException("Fiqra check: no site in " + output + "; build it first (mvn package)");
        }
        WrittenSite site = WrittenSite.of(output.toPath());
        Map<String, List<String>> problems = site.check(Checks.standard());
        int count = 0;
        for (var e : problems.entrySet()) {
            for (String p : e.getValue()) {
                getLog().error(e.getKey() + ": " + p);
                count++;
            }
        }
        if (count > 0) {
            throw new MojoFailureException("Fiqra check: " + count + " problems in " + problems.size() + " pages of " + output);
        }
        getLog().info("Fiqra check: " + site.pages().size() + " pages, every link and anchor resolves");
    }
}
