package org.fiqra.model;

import java.util.List;

/** An annex with its one table: caption lines, one header row, the rows, and the notes under it. */
public record AnnexTable(Text heading, List<Text> caption, List<Text> header, List<List<Text>> rows,
                         List<Text> notes) {
    public AnnexTable {
        caption = List.copyOf(caption);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }
}
