package org.fiqra.build;

import java.util.List;
import org.fiqra.diag.Diagnostic;

/**
 * What a build did: the documents read, the pages written, everything it reported, and whether
 * the new site was published (moved into the output folder).
 */
public record BuildResult(int documents, int pages, List<Diagnostic> diagnostics, boolean published) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
