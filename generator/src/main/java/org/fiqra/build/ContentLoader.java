package org.fiqra.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fiqra.content.ContentReader;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.FiqraException;
import org.fiqra.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The load stage: the Arabic source files ({@code content/ar/*.md}, or, for a folder without
 * {@code ar/}, the {@code *.md} files at its top, as make-corpus writes them) and the data files.
 */
final class ContentLoader {
    private final Path content;
    private final Diagnostics diagnostics;
    private final String displayRoot;

    ContentLoader(Path content, Diagnostics diagnostics) {
        this.content = content;
        this.diagnostics = diagnostics;
        Path name = content.getFileName();
        this.displayRoot = name == null ? "" : name + "/";
    }

    List<SourceFile> sources() {
        if (!Files.isDirectory(content)) {
            throw FiqraException.environment("the content folder " + content + " does not exist", null);
        }
        Path ar = content.resolve("ar");
        Path dir = Files.isDirectory(ar) ? ar : content;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw FiqraException.environment("cannot list " + dir + ": " + e.getMessage(), e);
        }
        ContentReader reader = new ContentReader(diagnostics);
        List<SourceFile> out = new ArrayList<>(files.size());
        for (Path f : files) {
            reader.read(f, display(f)).ifPresent(out::add);
        }
        return out;
    }

    Bodies bodies() {
        Path file = content.resolve("bodies.yml");
        if (!Files.isRegularFile(file)) return new Bodies(Map.of());
        try {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            Map<String, Map<String, String>> names = new LinkedHashMap<>();
            if (o instanceof Map<?, ?> map) {
                for (var e : map.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> langs) {
                        Map<String, String> n = new LinkedHashMap<>();
                        langs.forEach((k, v) -> n.put(String.valueOf(k), String.valueOf(v)));
                        names.put(String.valueOf(e.getKey()), n);
                    } else {
                        diagnostics.error(Code.DATA_FILE, SourcePosition.of(display(file)),
                                "body '" + e.getKey() + "' needs names by language, for example {ar: …, en: …}");
                    }
                }
            }
            return new Bodies(names);
        } catch (MarkedYAMLException e) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display(file), e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1), "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            diagnostics.error(Code.DATA_FILE, SourcePosition.of(display(file)), "cannot be read: " + e.getMessage());
        }
        return new Bodies(Map.of());
    }

    private String display(Path file) {
        return displayRoot + content.relativize(file).toString().replace('\\', '/');
    }
}
