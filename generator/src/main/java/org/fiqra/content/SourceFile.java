package org.fiqra.content;

import java.util.List;

/**
 * A content file split into its front matter and body.
 *
 * @param display   the path shown in diagnostics ({@code content/ar/a-res-66-122.md})
 * @param bodyLines the lines of the body; line {@code i} (0-based) is line {@code firstBodyLine + i} of the file
 */
public record SourceFile(String display, FrontMatter frontMatter, List<String> bodyLines, int firstBodyLine) {
    public SourceFile {
        bodyLines = List.copyOf(bodyLines);
    }
}
