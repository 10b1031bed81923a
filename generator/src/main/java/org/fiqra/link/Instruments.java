package org.fiqra.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.fiqra.text.PhraseMatcher;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The instruments of {@code instruments.yml}, and where their names stand in running text. */
public final class Instruments {
    private final List<Instrument> given;
    private final Map<String, Instrument> byKey;
    private final Map<String, Instrument> byId;
    private final PhraseMatcher<Instrument> names;

    /** Every instrument, as given: two {@code Instruments} made of equal lists find the same. */
    public List<Instrument> given() {
        return given;
    }

    /** A name found in a text: {@code [start, end)} and the instrument. */
    public record Match(int start, int end, Instrument instrument) {
    }

    public Instruments(List<Instrument> instruments) {
        given = List.copyOf(instruments);
        byKey = new LinkedHashMap<>();
        byId = new LinkedHashMap<>();
        PhraseMatcher.Builder<Instrument> builder = PhraseMatcher.builder();
        for (Instrument i : instruments) {
            byKey.putIfAbsent(i.key(), i);
            byId.putIfAbsent(i.id(), i);
            i.aliases().forEach(alias -> builder.add(alias, i));
        }
        names = builder.build();
    }

    public static Instruments none() {
        return new Instruments(List.of());
    }

    public Optional<Instrument> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<Instrument> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Instrument> all() {
        return List.copyOf(byKey.values());
    }

    /** Every instrument name in the text, longest match first, never overlapping. */
    public List<Match> find(String text) {
        return names.find(text).stream().map(m -> new Match(m.start(), m.end(), m.value())).toList();
    }

    /** Reads {@code instruments.yml}: a list of {id, symbol, ar, en, aliases, url}. Missing file: no instruments. */
    public static Instruments load(Path file, String display, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) return none();
        Object o;
        try {
            o = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (MarkedYAMLException e) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display, e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1), "not valid YAML: " + e.getProblem());
            return none();
        } catch (IOException e) {
            diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "cannot be read: " + e.getMessage());
            return none();
        }
        if (!(o instanceof List<?> list)) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display, 1, 1),
                    "must be a list of instruments (- id: …, ar: …, en: …, aliases: […])");
            return none();
        }
        List<Instrument> out = new ArrayList<>();
        int n = 0;
        for (Object item : list) {
            n++;
            if (!(item instanceof Map<?, ?> m) || m.get("id") == null || m.get("ar") == null) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "instrument " + n + " needs at least 'id' and 'ar'");
                continue;
            }
            List<String> aliases = new ArrayList<>();
            if (m.get("aliases") instanceof List<?> al) al.forEach(a -> aliases.add(String.valueOf(a)));
            aliases.add(String.valueOf(m.get("ar")));
            out.add(new Instrument(str(m, "id"), str(m, "symbol"), str(m, "ar"), str(m, "en"), aliases.stream().distinct().toList(),
                    str(m, "url")));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Instrument i : out) {
            if (!ids.add(i.id())) {
                diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), "instrument id '" + i.id() + "' is used twice");
            }
        }
        return new Instruments(out);
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }
}
