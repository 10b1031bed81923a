package org.fiqra.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one content file: UTF-8 text, YAML front matter between {@code ---} lines, then the body. */
public final class ContentReader {
    private final Diagnostics diagnostics;

    public ContentReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The file split up, or empty when it cannot be used (the reason is reported as an error). */
    public Optional<SourceFile> read(Path file, String display) {
        SourcePosition at = SourcePosition.of(display);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(Code.FILE_UNREADABLE, at, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Optional<TextBytes.Problem> problem = TextBytes.problem(bytes);
        if (problem.isPresent()) {
            int line = problem.get().line();
            diagnostics.error(Code.FILE_UNREADABLE, line > 0 ? new SourcePosition(display, line, 1) : at, problem.get().message());
            return Optional.empty();
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            diagnostics.error(Code.FILE_UNREADABLE, at, "is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        }
        if (text.isBlank()) {
            diagnostics.error(Code.FILE_UNREADABLE, at, "is empty: a source file needs front matter and a text");
            return Optional.empty();
        }
        List<String> lines = lines(text);
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            diagnostics.error(Code.FRONT_MATTER, new SourcePosition(display, 1, 1),
                    "has no front matter: the file must start with a line '---', the YAML keys, and '---'");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.error(Code.FRONT_MATTER, new SourcePosition(display, 1, 1),
                    "front matter is not closed: add a line '---' after the YAML keys");
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Map<String, Object> map;
        try {
            map = YamlData.load(yaml);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            diagnostics.error(Code.FRONT_MATTER,
                    new SourcePosition(display, mark.getLine() + 2, mark.getColumn() + 1),
                    "front matter is not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException | ClassCastException e) {
            diagnostics.error(Code.FRONT_MATTER, new SourcePosition(display, 2, 1),
                    "front matter must be YAML keys and values: " + e.getMessage());
            return Optional.empty();
        }
        for (String key : map.keySet()) {
            if (!FrontMatter.KEYS.contains(key)) {
                diagnostics.warn(Code.FRONT_MATTER, new SourcePosition(display, lineOf(lines, key, close), 1),
                        "unknown front matter key '" + key + "' (known: " + String.join(", ",
                                FrontMatter.KEYS.stream().sorted().toList()) + ")");
            }
        }
        FrontMatter fm;
        try {
            fm = FrontMatter.from(map);
        } catch (DateTimeParseException e) {
            diagnostics.error(Code.FRONT_MATTER, new SourcePosition(display, lineOf(lines, "date", close), 1),
                    "date '" + map.get("date") + "' is not an ISO 8601 date (YYYY-MM-DD)");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            diagnostics.error(Code.FRONT_MATTER, new SourcePosition(display, lineOf(lines, "parse", close), 1), e.getMessage());
            return Optional.empty();
        }
        if (fm.symbol() == null || fm.symbol().isBlank()) {
            diagnostics.error(Code.SYMBOL_MISSING, new SourcePosition(display, 1, 1),
                    "front matter has no 'symbol' (for example: symbol: A/RES/66/122)");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(display, fm, new ArrayList<>(lines.subList(close + 1, lines.size())),
                close + 2));
    }

    private static int lineOf(List<String> lines, String key, int close) {
        for (int i = 1; i < close; i++) {
            if (lines.get(i).startsWith(key + ":")) return i + 1;
        }
        return 1;
    }

    /** Strict UTF-8; a byte-order mark is accepted and dropped. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** SnakeYAML with the safe constructor: plain maps, lists and scalars only. */
    static final class YamlData {
        private YamlData() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> load(String yaml) {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (o == null) return Map.of();
            return (Map<String, Object>) o;
        }
    }

    /**
     * The lines of {@code text}, split at CR LF, LF or CR, the last one empty if the text ends with a break:
     * what {@code text.split("\\r\\n|\\n|\\r", -1)} gives, without a pattern run over every character.
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(from, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }
}
