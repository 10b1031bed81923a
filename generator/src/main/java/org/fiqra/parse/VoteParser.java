package org.fiqra.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiqra.diag.Diagnostic.Code;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.Text;
import org.fiqra.model.VoteRecord;
import org.fiqra.text.Digits;

/**
 * A recorded vote: {@code [اعتُمد بتصويت مسجل بأغلبية 31 صوتاً مقابل 14 صوتاً وامتناع عضوين عن التصويت …}
 * followed by the lists under {@code المؤيدون:}, {@code المعارضون:} and {@code الممتنعون:}.
 */
final class VoteParser {
    private static final Pattern FOR = Pattern.compile("(?:بأغلبية|بـ|ب)\\s*(\\S+)\\s+(?:صوت|أصوات)");
    private static final Pattern FOR_EN = Pattern.compile("(?:by|with) ([0-9]+) votes?");
    private static final Pattern AGAINST_EN = Pattern.compile("votes? to (none|[0-9]+)");
    private static final Pattern ABSTAIN_EN = Pattern.compile("([0-9]+|one|two|three|four|five) abstentions?");
    private static final Pattern AGAINST = Pattern.compile("مقابل\\s+(\\S+(?:\\s+واحد)?)\\s+(?:صوت|أصوات)?");
    private static final Pattern ABSTAIN = Pattern.compile("وامتناع\\s+(.+?)\\s+عن\\s+التصويت");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("عضو واحد", 1), Map.entry("عضو", 1), Map.entry("واحد", 1), Map.entry("عضوين", 2),
            Map.entry("عضوان", 2), Map.entry("لا أحد", 0), Map.entry("لا", 0), Map.entry("none", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("ثلاثة أعضاء", 3), Map.entry("أربعة أعضاء", 4),
            Map.entry("خمسة أعضاء", 5), Map.entry("ستة أعضاء", 6), Map.entry("سبعة أعضاء", 7),
            Map.entry("ثمانية أعضاء", 8), Map.entry("تسعة أعضاء", 9), Map.entry("عشرة أعضاء", 10));

    private final Diagnostics diagnostics;

    VoteParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The vote from its lines: a recorded vote in brackets is its first line and the lists under it;
     * an adoption sentence ({@code تبنى المجلس هذا القرار …}) may run over lines up to the head of its
     * first list ({@code مع القرار:}).
     */
    VoteRecord parse(List<Line> lines, boolean english) {
        Line first = lines.get(0);
        Text statementText = Text.of(first.text(), first.textPosition());
        int listsFrom = 1;
        if (!first.text().startsWith("[")) {
            while (listsFrom < lines.size() && !isListHead(lines.get(listsFrom).text())) {
                Line l = lines.get(listsFrom++);
                statementText = statementText.join(Text.of(l.text(), l.textPosition()));
            }
            if (isListHead(first.text())) listsFrom = 0;
        }
        String statement = statementText.raw();
        int inFavour = count(english ? FOR_EN : FOR, statement);
        int against = count(english ? AGAINST_EN : AGAINST, statement);
        int abstaining = count(english ? ABSTAIN_EN : ABSTAIN, statement);
        if (english && inFavour >= 0 && abstaining < 0 && statement.contains("abstain")) abstaining = -1;
        List<String> favourList = new ArrayList<>();
        List<String> againstList = new ArrayList<>();
        List<String> abstainList = new ArrayList<>();
        List<String> target = null;
        Line favourAt = first;
        Line againstAt = first;
        Line abstainAt = first;
        for (Line line : lines.subList(listsFrom, lines.size())) {
            String t = line.text();
            if (t.startsWith("مع القرار")) {
                target = favourList;
                favourAt = line;
                t = t.substring(t.indexOf(':') + 1).strip();
                if (t.isEmpty()) continue;
            } else if (t.startsWith("ضد القرار")) {
                target = againstList;
                againstAt = line;
                t = t.substring(t.indexOf(':') + 1).strip();
                if (t.isEmpty()) continue;
            } else if (t.startsWith("امتنع عن التصويت") || t.startsWith("امتنع")) {
                target = abstainList;
                abstainAt = line;
                t = t.substring(t.indexOf(':') + 1).strip();
                if (t.isEmpty()) continue;
            }
            if (t.startsWith("المؤيد")) {
                target = favourList;
                favourAt = line;
                names(t, target);
            } else if (t.startsWith("المعارض")) {
                target = againstList;
                againstAt = line;
                names(t, target);
            } else if (t.startsWith("الممتنع") || t.startsWith("المتنع")) {
                target = abstainList;
                abstainAt = line;
                names(t, target);
            } else if (target != null) {
                String list = t.replaceAll("[.\\]]+$", "");
                Arrays.stream(list.split("[،,]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(target::add);
            } else {
                // a line between the statement and the first list goes on the statement: nothing is dropped
                statementText = statementText.join(Text.of(t, line.textPosition()));
            }
        }
        // an adoption sentence without lists ("Adopted … by 13 votes to none") has nothing to hold its counts to
        if (listsFrom < lines.size()) {
            check("in favour", inFavour, favourList, favourAt);
            check("against", against, againstList, againstAt);
            check("abstaining", abstaining, abstainList, abstainAt);
        }
        return new VoteRecord(statementText, inFavour, against, abstaining, favourList, againstList, abstainList);
    }

    /** The names after a list's head on its own line ({@code المؤيدون: الأرجنتين، …}). */
    private static void names(String head, List<String> target) {
        int colon = head.indexOf(':');
        if (colon < 0) return;
        String list = head.substring(colon + 1).replaceAll("[.\\]]+$", "");
        Arrays.stream(list.split("[،,]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(target::add);
    }

    private static boolean isListHead(String t) {
        return Starts.voteList(t);
    }

    /**
     * A tally printed as a table in a web page's header ({@code 15}, {@code Yes}, {@code 0}, {@code No},
     * {@code 0}, {@code Abstentions}, one a line), or null.
     */
    static VoteRecord tally(List<org.fiqra.model.HeaderLine> header) {
        int n = header.size();
        if (n < 6 || !header.get(n - 1).text().raw().equals("Abstentions")) return null;
        List<String> t = header.subList(n - 6, n).stream().map(h -> h.text().raw()).toList();
        if (!t.get(1).equals("Yes") || !t.get(3).equals("No") || !t.get(0).matches("[0-9]+") || !t.get(2).matches("[0-9]+")
                || !t.get(4).matches("[0-9]+")) {
            return null;
        }
        Text statement = header.get(n - 6).text();
        for (int i = n - 5; i < n; i++) statement = statement.join(header.get(i).text());
        return new VoteRecord(statement, Integer.parseInt(t.get(0)), Integer.parseInt(t.get(2)), Integer.parseInt(t.get(4)),
                List.of(), List.of(), List.of());
    }

    private void check(String what, int count, List<String> list, Line at) {
        if (count >= 0 && count != list.size()) {
            diagnostics.warn(Code.VOTE_COUNT_MISMATCH, at.textPosition(), "the vote gives " + count + " " + what
                    + " but the list names " + list.size());
        }
    }

    private static int count(Pattern p, String statement) {
        Matcher m = p.matcher(statement);
        if (!m.find()) return -1;
        String n = m.group(1).strip();
        String ascii = Digits.toAscii(n);
        if (ascii.matches("\\d+")) return Integer.parseInt(ascii);
        return WORDS.getOrDefault(n, -1);
    }
}
