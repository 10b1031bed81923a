package org.fiqra.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.fiqra.build.BuildRequest;
import org.fiqra.build.BuildResult;
import org.fiqra.build.SiteBuild;
import org.fiqra.diag.Diagnostic;
import org.fiqra.diag.FiqraException;
import org.fiqra.diag.Severity;

/**
 * Builds the Fiqra site: reads the source texts of {@code content}, renders them with the
 * templates of {@code templates}, checks the pages and publishes them into {@code output}.
 * Every problem is printed as {@code file:line:column: severity [CODE] message} and written to
 * {@code build-report.txt} at the root of the site. A document with an error is left out and the others are
 * published: the goal succeeds, and lists what it left out. An error of the site (a data file, a template,
 * the check of the written pages) fails the goal and leaves the previous site as it was; so does every error
 * and warning with {@code strict}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends SourcesMojo {

    /**
     * The folder the site is published into. It is replaced whole, and only by a build that succeeded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.output", defaultValue = "${project.build.directory}/site", required = true)
    private File output;

    /**
     * Fail on any error or warning, leaving the previous site as it was: for the CI of a published site.
     * Default {@code false}: a document with an error is then left out and the others published.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.strict", defaultValue = "false")
    private boolean strict;

    /**
     * The address the site is published at ({@code https://example.org/fiqra/}). Optional: with it,
     * pages carry canonical links and Open Graph addresses and the build writes {@code sitemap.xml};
     * without it, no file contains an absolute address.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.baseUrl")
    private String baseUrl;

    /**
     * Skip the build. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Fiqra: skipped");
            return;
        }
        BuildRequest request = new BuildRequest(content.toPath(), templates.toPath(), output.toPath(), strict, check, baseUrl);
        BuildResult result;
        try {
            result = new SiteBuild(request).reportingProgress(getLog()::info, java.time.Duration.ofSeconds(5)).run();
        } catch (FiqraException e) {
            if (e.contentFault()) throw new MojoFailureException(e.getMessage(), e);
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Log log = getLog();
        for (String line : org.fiqra.diag.Diagnostics.forConsole(result.diagnostics())) {
            if (line.contains(": error [")) log.error(line);
            else if (line.contains(": warning [")) log.warn(line);
            else log.info(line);
        }
        long errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (!result.published()) {
            throw new MojoFailureException("Fiqra: the site was not built: " + errors + " errors, " + warnings
                    + " warnings" + (strict ? " (strict: every error and warning stops the build)"
                            : result.documents() == 0 && !result.leftOut().isEmpty() ? " (every document has an error)" : "")
                    + "; the previous site in " + output + " is unchanged");
        }
        if (!result.leftOut().isEmpty()) {
            log.warn("Fiqra: left out of the site for their errors: " + String.join(", ", result.leftOut()));
        }
        log.info("Fiqra: " + result.documents() + " documents, " + result.pages() + " pages in " + output + " ("
                + errors + " errors, " + warnings + " warnings, see " + SiteBuild.REPORT + ")");
    }
}
