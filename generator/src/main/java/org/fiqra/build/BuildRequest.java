package org.fiqra.build;

import java.nio.file.Path;

/**
 * What to build: the content folder, the templates folder and the output folder.
 *
 * @param strict stop at any error or warning, leaving the previous site as it was (for the CI of a published
 *               site); otherwise a document with an error is left out and the others published
 *               (which errors are a document's: {@code DocumentFaults})
 * @param check  parse the written pages back and check ids, links, lang/dir and Latin isolation
 * @param baseUrl where the site will be published ({@code https://example.org/fiqra/}), or null:
 *               canonical links, Open Graph addresses and the sitemap need it
 */
public record BuildRequest(Path content, Path templates, Path output, boolean strict, boolean check, String baseUrl) {

    /** Without a base URL: every link relative, no sitemap. */
    public BuildRequest(Path content, Path templates, Path output, boolean strict, boolean check) {
        this(content, templates, output, strict, check, null);
    }

    public BuildRequest {
        if (baseUrl != null && baseUrl.isBlank()) baseUrl = null;
        if (baseUrl != null && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        content = content.toAbsolutePath().normalize();
        templates = templates.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }
}
