package org.fiqra.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that build a site share: where its sources are, and whether to check what they write. */
abstract class SourcesMojo extends AbstractMojo {

    /**
     * The content folder: {@code ar/<slug>.md} source texts and the editors' data files. A folder
     * without {@code ar/} is read as a flat folder of {@code *.md} texts (as make-corpus writes them).
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.content", defaultValue = "${project.basedir}/content", required = true)
    protected File content;

    /**
     * The templates folder: FreeMarker templates ({@code .ftlh}), {@code messages/<lang>.properties}
     * and the static {@code assets/} copied into the site.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.templates", defaultValue = "${project.basedir}/templates", required = true)
    protected File templates;

    /**
     * Parse the written pages back and check them (unique ids, links and anchors that resolve,
     * lang and dir declared, Latin runs isolated). Default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "fiqra.check", defaultValue = "true")
    protected boolean check;
}
