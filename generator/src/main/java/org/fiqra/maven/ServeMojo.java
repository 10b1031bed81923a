package org.fiqra.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.fiqra.build.BuildRequest;
import org.fiqra.serve.PreviewServer;

/**
 * The editors' preview: builds the site into {@code output}, serves it on {@code http://127.0.0.1:port/},
 * rebuilds what changed whenever a file under {@code content} or {@code templates} is saved, and reloads
 * the pages open in the browser. A broken edit shows its errors over the page; the server keeps running
 * until Ctrl-C. Run it in the site module: {@code mvn -pl site fiqra:serve}.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends SourcesMojo {

    /**
     * Where the preview is built: its own folder, so that the published build in {@code target/site} is
     * never half-way through a rebuild.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.serve.output", defaultValue = "${project.build.directory}/fiqra-preview", required = true)
    private File output;

    /**
     * The port on the loopback interface; 0 takes any free one. Default 8000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.port", defaultValue = "8000")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        BuildRequest request = new BuildRequest(content.toPath(), templates.toPath(), output.toPath(), false, check, null);
        try {
            PreviewServer.serveUntilStopped(request, port, getLog()::info);
        } catch (IOException e) {
            throw new MojoExecutionException("Fiqra: cannot serve on port " + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
