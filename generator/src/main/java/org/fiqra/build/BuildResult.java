package org.fiqra.build;

import java.util.List;
import java.util.Map;
import org.fiqra.diag.Diagnostic;

/**
 * What a build did: the documents read, the pages the site has, how many of them this build rendered
 * (all in a full build; in an incremental one, those whose view changed), everything it reported, and
 * whether the new site was published; {@code timings} holds the milliseconds each stage took, in the order
 * they ran; {@code changed} holds the pages whose bytes on disk it changed, or is null when it replaced the
 * whole site; {@code cancelled} is true when it stopped early because a newer build was asked for;
 * {@code leftOut} holds the source files left out of the site for their errors ({@code content/ar/x.md}), in
 * order: a build that published with some left out succeeded, and its diagnostics say why each was.
 */
public record BuildResult(int documents, int pages, int rendered, List<Diagnostic> diagnostics, boolean published,
                          Map<String, Long> timings, java.util.Set<String> changed, boolean cancelled, List<String> leftOut) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        leftOut = List.copyOf(leftOut);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
        changed = changed == null ? null : java.util.Set.copyOf(changed);
    }

    /** The timings as one line: {@code parse 120 ms, link 40 ms, …}. */
    public String timingLine() {
        StringBuilder line = new StringBuilder();
        timings.forEach((stage, ms) -> line.append(line.isEmpty() ? "" : ", ").append(stage).append(' ').append(ms).append(" ms"));
        return line.toString();
    }
}
