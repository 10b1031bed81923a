package org.fiqra.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.fiqra.text.ArabicTokens;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The instruments of {@code instruments.yml}, and where their names stand in running text. */
public final class Instruments {
    private final Map<String, Instrument> byKey;
    private final Map<String, Instrument> byId;
    /** Alias token stems, by the stem of their first token, longest first. */
    private final Map<String, List<Alias>> aliasesByFirst = new HashMap<>();

    record Alias(Instrument instrument, List<String> stems) {
    }

    /** A name found in a text: {@code [start, end)} and the instrument. */
    public record Match(int start, int end, Instrument instrument) {
    }

    public Instruments(List<Instrument> instruments) {
        byKey = new LinkedHashMap<>();
        byId = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            byKey.putIfAbsent(i.key(), i);
            byId.putIfAbsent(i.id(), i);
            for (String alias : i.aliases()) {
                List<String> stems = ArabicTokens.of(alias).stream().map(ArabicTokens.Token::stem).toList();
                if (!stems.isEmpty()) {
                    aliasesByFirst.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Alias(i, stems));
                }
            }
        }
        aliasesByFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> a.stems().size()).reversed()));
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
        List<ArabicTokens.Token> tokens = ArabicTokens.of(text);
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(text, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            while (i < tokens.size() && tokens.get(i).start() < m.end()) i++;
        }
        return out;
    }

    private Match matchAt(String text, List<ArabicTokens.Token> tokens, int i) {
        ArabicTokens.Token first = tokens.get(i);
        String word = text.substring(first.start(), first.end());
        for (String stem : List.of(first.stem(), ArabicTokens.stemWithoutProclitic(word))) {
            for (Alias a : aliasesByFirst.getOrDefault(stem, List.of())) {
                if (i + a.stems().size() > tokens.size()) continue;
                boolean all = true;
                for (int k = 1; k < a.stems().size() && all; k++) {
                    all = tokens.get(i + k).stem().equals(a.stems().get(k));
                }
                if (all) {
                    int start = first.start() + (stem.equals(first.stem()) ? 0 : 1);
                    return new Match(start, tokens.get(i + a.stems().size() - 1).end(), a.instrument());
                }
            }
        }
        return null;
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
        return new Instruments(out);
    }

    private static String str(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }
}
