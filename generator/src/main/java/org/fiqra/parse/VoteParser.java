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
    private static final Pattern FOR = Pattern.compile("بأغلبية\\s+(\\S+)\\s+(?:صوت|أصوات)");
    private static final Pattern AGAINST = Pattern.compile("مقابل\\s+(\\S+(?:\\s+واحد)?)\\s+(?:صوت|أصوات)?");
    private static final Pattern ABSTAIN = Pattern.compile("وامتناع\\s+(.+?)\\s+عن\\s+التصويت");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("عضو واحد", 1), Map.entry("عضو", 1), Map.entry("واحد", 1), Map.entry("عضوين", 2),
            Map.entry("عضوان", 2), Map.entry("لا أحد", 0), Map.entry("ثلاثة أعضاء", 3), Map.entry("أربعة أعضاء", 4),
            Map.entry("خمسة أعضاء", 5), Map.entry("ستة أعضاء", 6), Map.entry("سبعة أعضاء", 7),
            Map.entry("ثمانية أعضاء", 8), Map.entry("تسعة أعضاء", 9), Map.entry("عشرة أعضاء", 10));

    private final Diagnostics diagnostics;

    VoteParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    VoteRecord parse(List<Line> lines) {
        Line first = lines.get(0);
        String statement = first.text();
        int inFavour = count(FOR, statement);
        int against = count(AGAINST, statement);
        int abstaining = count(ABSTAIN, statement);
        List<String> favourList = new ArrayList<>();
        List<String> againstList = new ArrayList<>();
        List<String> abstainList = new ArrayList<>();
        List<String> target = null;
        Line favourAt = first;
        Line againstAt = first;
        Line abstainAt = first;
        for (Line line : lines.subList(1, lines.size())) {
            String t = line.text();
            if (t.startsWith("المؤيد")) {
                target = favourList;
                favourAt = line;
            } else if (t.startsWith("المعارض")) {
                target = againstList;
                againstAt = line;
            } else if (t.startsWith("الممتنع") || t.startsWith("المتنع")) {
                target = abstainList;
                abstainAt = line;
            } else if (target != null) {
                String list = t.replaceAll("[.\\]]+$", "");
                Arrays.stream(list.split("[،,]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(target::add);
            }
        }
        check("in favour", inFavour, favourList, favourAt);
        check("against", against, againstList, againstAt);
        check("abstaining", abstaining, abstainList, abstainAt);
        return new VoteRecord(Text.of(statement, first.textPosition()), inFavour, against, abstaining,
                favourList, againstList, abstainList);
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
