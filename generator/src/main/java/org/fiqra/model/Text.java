package org.fiqra.model;

import java.util.List;
import org.fiqra.diag.SourcePosition;

/**
 * A run of source text exactly as written (inline Markdown, footnote markers and all), with
 * where each of its fragments came from: a clause joined across a page break keeps one
 * {@link Segment} per fragment.
 */
public record Text(String raw, List<Segment> segments) {

    /** The fragment that starts at {@code offset} of {@link #raw} came from {@code position}. */
    public record Segment(int offset, SourcePosition position) {
    }

    public Text {
        segments = List.copyOf(segments);
    }

    public static Text of(String raw, SourcePosition position) {
        return new Text(raw, List.of(new Segment(0, position)));
    }

    /** This text and the next fragment, joined by a space. */
    public Text join(Text next) {
        String glue = raw.isEmpty() ? "" : " ";
        int base = raw.length() + glue.length();
        List<Segment> all = new java.util.ArrayList<>(segments);
        for (Segment s : next.segments) {
            all.add(new Segment(base + s.offset, s.position));
        }
        return new Text(raw + glue + next.raw, all);
    }

    public SourcePosition position() {
        return segments.get(0).position();
    }

    /** Where the character at {@code offset} of {@link #raw} stands in the source. */
    public SourcePosition positionAt(int offset) {
        Segment hit = segments.get(0);
        for (Segment s : segments) {
            if (s.offset <= offset) hit = s;
        }
        return hit.position.shift(offset - hit.offset);
    }

    public int fragments() {
        return segments.size();
    }
}
