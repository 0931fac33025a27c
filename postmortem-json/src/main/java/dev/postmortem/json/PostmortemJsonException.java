package dev.postmortem.json;

import java.util.Objects;

/**
 * Reports a JSON document that could not be read as a postmortem, or a postmortem that could not
 * be written, with the place of the problem.
 *
 * <p>The place is a JSON Pointer ({@code /timeline/entries/3/at}; the empty string for the
 * document itself) and, for reading, the line and column where the offending token starts. The
 * message names both: {@code at /timeline/entries/3/at (line 12, column 17): invalid timestamp ...}.
 * For malformed JSON the pointer names the value being read where the parser can tell, else the
 * object or array around the error.
 */
public final class PostmortemJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The pointer, the empty string for the document root. */
    private final String jsonPath;
    /** The problem without its place. */
    private final String problem;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param problem  what is wrong, without the place
     * @param jsonPath the JSON Pointer of the offending value, {@code ""} for the document root
     * @param line     the 1-based line, or -1 when unknown
     * @param column   the 1-based column, or -1 when unknown
     * @param cause    the underlying exception, or {@code null}
     */
    public PostmortemJsonException(String problem, String jsonPath, int line, int column, Throwable cause) {
        super(message(problem, jsonPath, line, column), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.line = line < 1 ? -1 : line;
        this.column = column < 1 ? -1 : column;
    }

    private static String message(String problem, String jsonPath, int line, int column) {
        StringBuilder sb = new StringBuilder("at ");
        sb.append(jsonPath == null || jsonPath.isEmpty() ? "document root" : jsonPath);
        if (line >= 1) {
            sb.append(" (line ").append(line);
            if (column >= 1) {
                sb.append(", column ").append(column);
            }
            sb.append(')');
        }
        return sb.append(": ").append(problem).toString();
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value, such as
     * {@code /timeline/entries/3/at}.
     *
     * @return the pointer, the empty string for the document root
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * Returns the 1-based line where the offending token starts.
     *
     * @return the line, or -1 when unknown (as when writing)
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column where the offending token starts.
     *
     * @return the column, or -1 when unknown (as when writing)
     */
    public int column() {
        return column;
    }

    /**
     * Returns what is wrong, without the place.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
