package org.fiqra.build;

import java.nio.file.Path;

/**
 * What to build: the content folder, the templates folder and the output folder.
 *
 * @param strict treat every warning as an error (for the CI of a published site)
 * @param check  parse the written pages back and check ids, links, lang/dir and Latin isolation
 */
public record BuildRequest(Path content, Path templates, Path output, boolean strict, boolean check) {
    public BuildRequest {
        content = content.toAbsolutePath().normalize();
        templates = templates.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }
}
