package org.fiqra.parse;

import java.util.ArrayList;
import java.util.List;
import org.fiqra.diag.Diagnostics;
import org.fiqra.model.AnnexTable;
import org.fiqra.model.Text;
import org.fiqra.text.Digits;

/**
 * An annex whose body is a tab-separated table, as PDF extraction leaves it: the header row
 * repeated at every page break (dropped after the first), rows whose first cell is empty
 * (the category of the row above continues), and notes under the table ({@code ^١ تحيل …}).
 */
final class AnnexParser {
    private final Diagnostics diagnostics;

    AnnexParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    AnnexTable parse(Line heading, List<Line> lines) {
        List<Text> caption = new ArrayList<>();
        List<Text> header = null;
        String headerKey = null;
        List<List<Text>> rows = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        for (Line line : lines) {
            if (line.isBlank()) continue;
            if (Starts.furniture(line.text())) {
                dropped(line, "page furniture dropped");
                continue;
            }
            if (!line.raw().contains("\t")) {
                (header == null ? caption : notes).add(Text.of(line.text(), line.textPosition()));
                continue;
            }
            List<Text> cells = cells(line);
            String key = key(cells);
            if (header == null) {
                header = cells;
                headerKey = key;
            } else if (key.equals(headerKey)) {
                // the table's header row, printed again at the top of each page
                dropped(line, "the table's header row, repeated on a new page, dropped");
                continue;
            } else if (isNote(cells)) {
                notes.add(cells.stream().filter(c -> !c.raw().isEmpty()).findFirst().orElseThrow());
            } else {
                rows.add(pad(cells, header.size(), line));
            }
        }
        return new AnnexTable(Text.of(heading.text(), heading.textPosition()), caption,
                header == null ? List.of() : header, rows, notes);
    }

    private static List<Text> cells(Line line) {
        String raw = line.raw();
        List<Text> out = new ArrayList<>();
        int col = 0;
        for (String cell : raw.split("\t", -1)) {
            String t = cell.strip();
            out.add(Text.of(t, line.position().shift(col + Math.max(cell.indexOf(t.isEmpty() ? " " : t), 0))));
            col += cell.length() + 1;
        }
        while (out.size() > 1 && out.get(out.size() - 1).raw().isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void dropped(Line line, String what) {
        diagnostics.info(org.fiqra.diag.Diagnostic.Code.FURNITURE_DROPPED, line.textPosition(), what + ": '"
                + line.text().replace('\t', ' ') + "'");
    }

    /** Rows compare equal to the header whatever form its note marker takes ({@code ^١} or {@code ¹}). */
    private static String key(List<Text> cells) {
        return Digits.toAscii(String.join("\t", cells.stream().map(Text::raw).toList())).replace("^", "").replace(" ", "");
    }

    private static boolean isNote(List<Text> cells) {
        List<Text> filled = cells.stream().filter(c -> !c.raw().isEmpty()).toList();
        return filled.size() == 1 && !FootnoteMarkers.find(filled.get(0).raw()).isEmpty()
                && FootnoteMarkers.find(filled.get(0).raw()).get(0).start() == 0;
    }

    private static List<Text> pad(List<Text> cells, int width, Line line) {
        List<Text> out = new ArrayList<>(cells);
        while (out.size() < width) {
            out.add(Text.of("", line.position()));
        }
        return out;
    }

}
