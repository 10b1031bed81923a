package org.fiqra.diag;

/** Where something came from: a file (as shown to the editor), a 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** The same line, {@code delta} columns further on. */
    public SourcePosition shift(int delta) {
        return new SourcePosition(file, line, column + delta);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
