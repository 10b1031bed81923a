package org.fiqra.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fiqra.content.SourceFile;

/**
 * The same real texts in the other layouts they are found in: the words unchanged, the lines
 * laid out as another site, extraction or editor would. Each variant keeps the hand-counted
 * outline of its text, so the parser must read it the same.
 */
final class LayoutVariants {
    private LayoutVariants() {
    }

    /** @param held whether every real text must read exactly so in this layout ({@code LayoutVariantsTest}); else measured */
    record Variant(String name, UnaryOperator<List<String>> apply, boolean held) {
        Variant(String name, UnaryOperator<List<String>> apply) {
            this(name, apply, true);
        }
    }

    static final List<Variant> ALL = List.of(
            new Variant("no blank lines", lines -> lines.stream().filter(l -> !l.isBlank()).toList()),
            new Variant("a blank line after each line", lines -> {
                List<String> out = new ArrayList<>();
                for (String l : lines) {
                    if (l.isBlank()) continue;
                    out.add(l);
                    out.add("");
                }
                return out;
            }),
            new Variant("a site's menu above and its footer below", lines -> {
                List<String> out = new ArrayList<>(List.of("الرئيسية | أخبار | وثائق | اتصل بنا", "", "طباعة", ""));
                out.addAll(lines);
                out.addAll(List.of("", "شارك", "التعليقات مغلقة.", "<17>"));
                return out;
            }),
            new Variant("Arabic-Indic digits", lines -> lines.stream().map(LayoutVariants::indic).toList()),
            new Variant("indented lines", lines -> lines.stream().map(l -> l.isBlank() ? l : "        " + l).toList()),
            new Variant("the whole text on one line", lines -> List.of(String.join(" ",
                    lines.stream().filter(l -> !l.isBlank()).map(String::strip).toList())), false),
            new Variant("wrapped at three words", lines -> wrap(lines, 3), false),
            new Variant("wrapped at eight words", lines -> wrap(lines, 8), false),
            new Variant("paragraph numbers as 1.", lines -> lines.stream()
                    .map(l -> l.replaceFirst("^(\\s*)([0-9٠-٩]{1,3})\\s*[-–]\\s+", "$1$2. ")).toList()),
            new Variant("paragraph numbers as (1)", lines -> lines.stream()
                    .map(l -> l.replaceFirst("^(\\s*)([0-9٠-٩]{1,3})\\s*[-–]\\s+", "$1$2) ")).toList()),
            new Variant("tatweel in the verbs", lines -> lines.stream()
                    .map(l -> l.replace("يقرر", "يقــرر").replace("يطلب", "يطلــب").replace("تطلب", "تطلــب")
                            .replace("يدعو", "يدعــو")).toList()));

    /** Each line broken after every {@code n} words, as a narrow column or a PDF's lines break it. */
    private static List<String> wrap(List<String> lines, int n) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) {
                out.add(l);
                continue;
            }
            String[] w = l.strip().split("\\s+");
            for (int i = 0; i < w.length; i += n) out.add(String.join(" ", Arrays.copyOfRange(w, i, Math.min(w.length, i + n))));
        }
        return out;
    }

    private static String indic(String l) {
        StringBuilder b = new StringBuilder(l.length());
        for (char c : l.toCharArray()) b.append(c >= '0' && c <= '9' && !isLatinContext(l) ? (char) ('٠' + c - '0') : c);
        return b.toString();
    }

    /** English texts and symbols keep their digits. */
    private static boolean isLatinContext(String l) {
        return org.fiqra.text.Punctuation.mostlyLatin(l);
    }

    static RealTexts.Case apply(RealTexts.Case c, Variant v) {
        SourceFile s = c.source();
        List<String> lines = v.apply().apply(new ArrayList<>(Arrays.asList(s.bodyLines().toArray(String[]::new))));
        return new RealTexts.Case(c.id() + " (" + v.name() + ")", new SourceFile(s.display(), s.frontMatter(), lines,
                s.firstBodyLine()), c.expected());
    }

    public static void main(String[] args) throws Exception {
        for (Variant v : ALL) {
            int right = 0;
            int expected = 0;
            int exact = 0;
            List<String> bad = new ArrayList<>();
            var cases = RealTexts.cases();
            for (RealTexts.Case c : cases) {
                RealTexts.Case vc = apply(c, v);
                RealTexts.Score s = RealTexts.score(vc, RealTexts.parse(vc, new org.fiqra.diag.Diagnostics()));
                right += s.right();
                expected += s.expected();
                if (s.exact()) exact++;
                else bad.add(c.id() + " " + s.right() + "/" + s.expected() + (s.spurious().isEmpty() ? "" : " +" + s.spurious().size()));
            }
            System.out.printf("%-40s %d/%d (%.1f%%), %d/%d exact %s%n", v.name(), right, expected, 100.0 * right / expected, exact,
                    cases.size(), bad);
        }
    }
}
