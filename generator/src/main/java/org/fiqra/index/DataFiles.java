package org.fiqra.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reading the editors' YAML data files: errors name the file and line, a missing file is empty. */
final class DataFiles {
    private DataFiles() {
    }

    /** The YAML of {@code file}, or null (missing file, or an error reported). */
    static Object load(Path file, String display, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (MarkedYAMLException e) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display, e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1), "not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "cannot be read: " + e.getMessage());
        }
        return null;
    }

    static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) l.forEach(x -> out.add(String.valueOf(x).strip()));
        else if (o != null) out.add(String.valueOf(o).strip());
        return out;
    }
}
