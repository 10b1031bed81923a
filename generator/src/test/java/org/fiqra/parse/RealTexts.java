package org.fiqra.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fiqra.Seeds;
import org.fiqra.content.FrontMatter;
import org.fiqra.content.SourceFile;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Clause;
import org.fiqra.model.Document;
import org.fiqra.model.SubParagraph;
import org.fiqra.model.Text;

/**
 * The real texts of {@code src/test/resources/real-texts/} (texts found on the web and in PDF
 * extractions, verbatim, with the front matter an editor would write and hand-counted outlines),
 * and the comparison its README defines between a parsed document and the hand count.
 */
final class RealTexts {
    private RealTexts() {
    }

    /** The folder of texts: the repository's, or another in the same format ({@code -Dfiqra.realtexts=DIR}). */
    static Path folder() {
        String other = System.getProperty("fiqra.realtexts");
        return other != null ? Path.of(other) : Seeds.repo().resolve("generator/src/test/resources/real-texts");
    }

    /** One text: its id ({@code sc381}, {@code sc381.en}), the source file and the hand-counted outline. */
    record Case(String id, SourceFile source, Expected expected) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** Part 1's counts and part 2's clauses (id → first three words, in order). */
    record Expected(int preamble, int operative, int deeper, int footnotes, boolean vote, Map<String, String> clauses) {
    }

    static List<Case> cases() throws IOException {
        return cases(folder());
    }

    /** The project's shared folder of real texts, beside the repository, where there is one (CI lays it there). */
    static java.util.Optional<Path> shared() {
        Path p = Seeds.repo().resolve("../shared/real-texts").normalize();
        return Files.isRegularFile(p.resolve("expected.tsv")) ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    static List<Case> cases(Path dir) throws IOException {
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("meta.json").toFile());
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Boolean> votes = new TreeMap<>();
        Map<String, Map<String, String>> clauses = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length == 6) {
                counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])});
                votes.put(f[0], f[5].equals("yes"));
            } else if (f.length == 3) {
                clauses.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
            } else {
                throw new IllegalStateException("expected.tsv: a line of " + f.length + " fields: " + line);
            }
        }
        List<Case> out = new ArrayList<>();
        for (var e : counts.entrySet()) {
            String id = e.getKey();
            boolean english = id.endsWith(".en");
            String base = english ? id.substring(0, id.length() - 3) : id;
            JsonNode m = meta.get(base);
            if (m == null) throw new IllegalStateException("meta.json has no entry " + base);
            Path text = dir.resolve("texts").resolve(base + (english ? ".en.txt" : ".ar.txt"));
            String body = Files.readString(text, StandardCharsets.UTF_8);
            FrontMatter fm = new FrontMatter(m.path("symbol").asText(), m.path("body").asText(null),
                    m.hasNonNull("date") ? LocalDate.parse(m.get("date").asText()) : null,
                    english ? m.path("title_en").asText(null) : m.path("title").asText(null),
                    english ? "en" : null, null, m.path(english ? "source_en" : "source").asText(null));
            SourceFile source = new SourceFile("real-texts/texts/" + text.getFileName(), fm,
                    Arrays.asList(body.split("\r?\n", -1)), 1);
            int[] c = e.getValue();
            out.add(new Case(id, source, new Expected(c[0], c[1], c[2], c[3], votes.get(id),
                    clauses.getOrDefault(id, Map.of()))));
        }
        return out;
    }

    /** Every clause and sub-paragraph of a document by its id, with its text, in document order. */
    static Map<String, String> outline(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Clause c : doc.clauses()) {
            out.putIfAbsent(c.id().value(), c.text().raw());
            c.items().forEach(s -> items(out, s));
        }
        return out;
    }

    private static void items(Map<String, String> out, SubParagraph s) {
        out.putIfAbsent(s.id().value(), s.text().raw());
        s.items().forEach(i -> items(out, i));
    }

    /** How one parsed document compares with its hand count. */
    record Score(int expected, int right, List<String> wrong, List<String> spurious) {
        boolean exact() {
            return right == expected && spurious.isEmpty();
        }
    }

    static Score score(Case c, Document doc) {
        Map<String, String> got = outline(doc);
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (var e : c.expected().clauses().entrySet()) {
            String text = got.get(e.getKey());
            if (text != null && key(text).startsWith(key(e.getValue()))) {
                right++;
            } else {
                wrong.add(e.getKey() + ": expected '" + e.getValue() + "', got "
                        + (text == null ? "no such clause" : "'" + excerpt(text) + "'"));
            }
        }
        List<String> spurious = new ArrayList<>();
        for (var e : got.entrySet()) {
            if (!c.expected().clauses().containsKey(e.getKey())) spurious.add(e.getKey() + " '" + excerpt(e.getValue()) + "'");
        }
        return new Score(c.expected().clauses().size(), right, wrong, spurious);
    }

    static Document parse(Case c, Diagnostics diagnostics) {
        return DocumentParser.parse(c.source(), diagnostics);
    }

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /**
     * The README's normal form for comparing first words: NFKC; tatweel, diacritics and format
     * characters removed; alef and hamza forms, alef maqsura and ya, Persian ya and kaf, ta marbuta and
     * ha unified; Arabic-Indic digits as ASCII; a leading marker and punctuation dropped; no spaces.
     */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replaceAll("[\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\p{Cf}]", "");
        t = t.replaceAll("[أإآٱٲٳ]", "ا").replace('ى', 'ي').replace('ی', 'ي').replace('ک', 'ك').replace('ة', 'ه')
                .replace('ؤ', 'و').replace('ئ', 'ي');
        StringBuilder b = new StringBuilder();
        for (char ch : t.toCharArray()) {
            if (ch >= '٠' && ch <= '٩') b.append((char) ('0' + ch - '٠'));
            else if (ch >= '۰' && ch <= '۹') b.append((char) ('0' + ch - '۰'));
            else b.append(ch);
        }
        t = b.toString().strip();
        t = t.replaceFirst("^(?:[-–—]\\s*)?(?:\\(?[0-9]{1,3}\\)?\\s*[-–.)]?|\\(?[\\u0621-\\u064A]{1,2}\\)\\s*|[\\u0621-\\u064A]\\s*[-–]\\s+"
                + "|\\([a-z]{1,4}\\)|(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\\s*[-–:]?)?\\s*", "");
        return t.replaceAll("[\\p{P}\\p{S}\\s]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
