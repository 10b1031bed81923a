package org.fiqra.model;

/** A clause id of the contract ({@code pp-3}, {@code op-7-a-ii}, {@code sec-2}, {@code fn-4}): ASCII, stable. */
public record ClauseId(String value) {
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[a-z]+(-[a-z0-9]+)*");

    public ClauseId {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a clause id: " + value);
        }
    }

    public ClauseId child(String suffix) {
        return new ClauseId(value + "-" + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
