package dev.postmortem.core;

/**
 * A place in a source document: 1-based line and column.
 *
 * @param line   the line, 1 or more
 * @param column the column, 1 or more
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    /** Checks that line and column are 1-based. */
    public SourcePosition {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be >= 1, was " + column);
        }
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
