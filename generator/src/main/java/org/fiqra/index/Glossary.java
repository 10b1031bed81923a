package org.fiqra.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.diag.SourcePosition;
import org.fiqra.text.ArabicTokens;

/**
 * {@code content/glossary.yml}: the verbs that open operative paragraphs and the phrases that
 * open preambular ones, with the English terms the UN uses; modifiers (أيضا → also) and negation.
 * Finds the verb a paragraph opens with: the longest form at its start, after bold markers.
 */
public final class Glossary {
    /** An entry: an ASCII id, the English term, the Arabic forms. */
    public record Entry(String id, String en, String ar, boolean operative) {
    }

    /** What a paragraph opens with. */
    public record Verb(Entry entry, String written, String modifier, boolean negated) {

        /** As the UN writes it at the start of a paragraph: "Also encourages", "Recalling further". */
        public String english() {
            String base = negated ? "Does not " + lower(entry.en()) : entry.en();
            if (modifier == null) return base;
            return entry.operative() ? capital(modifier) + " " + lower(base) : base + " " + modifier;
        }

        private static String lower(String s) {
            return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }

        private static String capital(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    private static final int LONGEST = 6;
    // compiled once: find runs on every paragraph of every text
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[،,؛:]+$");

    private final List<Entry> entries;
    /** The tables by normalised form. */
    private final Map<String, Entry> operative;
    private final Map<String, Entry> preambular;
    private final Map<String, String> modifiers;
    private final Map<String, String> negations;

    private Glossary(List<Entry> entries, Map<String, Entry> operative, Map<String, Entry> preambular,
                     Map<String, String> modifiers, Map<String, String> negations) {
        this.entries = List.copyOf(entries);
        this.operative = Map.copyOf(operative);
        this.preambular = Map.copyOf(preambular);
        this.modifiers = Map.copyOf(modifiers);
        this.negations = Map.copyOf(negations);
    }

    public static Glossary none() {
        return new Glossary(List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static String key(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.replace("*", "").strip().split("\\s+")) {
            if (!w.isEmpty()) words.add(ArabicTokens.normalize(w));
        }
        return String.join(" ", words);
    }

    /** The verb or phrase a paragraph opens with, if the glossary knows it. */
    public Optional<Verb> find(String text, boolean operativeParagraph) {
        String plain = org.fiqra.parse.FootnoteMarkers.strip(text.replace("*", "")).strip();
        // the words read, and one more element for the rest of the text, which is not split
        String[] raw = SPACES.split(plain, LONGEST + 4);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < Math.min(raw.length, LONGEST + 3); i++) {
            words.add(ArabicTokens.normalize(TRAILING_PUNCTUATION.matcher(raw[i]).replaceAll("")));
        }
        int start = 0;
        String negation = null;
        if (!words.isEmpty() && negations.containsKey(words.get(0))) {
            negation = words.get(0);
            start = 1;
        }
        Map<String, Entry> table = operativeParagraph ? operative : preambular;
        for (int n = Math.min(LONGEST, words.size() - start); n >= 1; n--) {
            Entry e = table.get(String.join(" ", words.subList(start, start + n)));
            if (e == null) continue;
            String modifier = null;
            int after = start + n;
            for (int m = 2; m >= 1 && modifier == null; m--) {
                if (after + m <= words.size()) modifier = modifiers.get(String.join(" ", words.subList(after, after + m)));
            }
            String written = String.join(" ", List.of(raw).subList(0, start + n));
            return Optional.of(new Verb(e, written, modifier, negation != null));
        }
        return Optional.empty();
    }

    /** Reads {@code glossary.yml}: operative and preambular lists of {id, en, ar: […]}, modifiers and negation. */
    public static Glossary load(Path file, String display, Diagnostics diagnostics) {
        Object o = DataFiles.load(file, display, diagnostics);
        if (o == null) return none();
        if (!(o instanceof Map<?, ?> root)) {
            diagnostics.error(Code.DATA_FILE, new SourcePosition(display, 1, 1), "must have the keys operative, preambular, modifiers");
            return none();
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> operative = new HashMap<>();
        Map<String, Entry> preambular = new HashMap<>();
        Map<String, String> modifiers = new HashMap<>();
        Map<String, String> negations = new HashMap<>();
        for (String part : List.of("operative", "preambular")) {
            boolean op = part.equals("operative");
            for (Object item : root.get(part) instanceof List<?> l ? l : List.of()) {
                if (!(item instanceof Map<?, ?> m) || m.get("id") == null || m.get("en") == null) {
                    diagnostics.error(Code.DATA_FILE, SourcePosition.of(display), part + " entry needs id, en and ar");
                    continue;
                }
                List<String> forms = DataFiles.strings(m.get("ar"));
                Entry e = new Entry(DataFiles.str(m, "id"), DataFiles.str(m, "en"), forms.isEmpty() ? "" : forms.get(0), op);
                entries.add(e);
                for (String form : forms) {
                    (op ? operative : preambular).putIfAbsent(key(form), e);
                }
            }
        }
        for (Object item : root.get("modifiers") instanceof List<?> l ? l : List.of()) {
            if (item instanceof Map<?, ?> m) DataFiles.strings(m.get("ar")).forEach(a -> modifiers.put(key(a), DataFiles.str(m, "en")));
        }
        for (Object item : root.get("negation") instanceof List<?> l ? l : List.of()) {
            if (item instanceof Map<?, ?> m) DataFiles.strings(m.get("ar")).forEach(a -> negations.put(key(a), DataFiles.str(m, "en")));
        }
        return new Glossary(entries, operative, preambular, modifiers, negations);
    }
}
