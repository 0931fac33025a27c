package dev.postmortem.core;

import java.util.Objects;

/**
 * One finding about a postmortem: which rule, how serious, what is wrong, and where.
 *
 * <p>Diagnostics come from validation ({@code dev.postmortem.core.validation.PostmortemValidator})
 * and from parsers, which also know the {@linkplain #position() source position}. Immutable.
 *
 * @param ruleId   the stable id of the rule that produced it, such as {@code duration-mismatch}
 * @param severity how serious it is
 * @param message  what is wrong, naming the values involved
 * @param path     the model path of the value concerned, such as {@code timeline.entries[3].at};
 *                 empty for the document as a whole
 * @param position where in the source document, or {@code null} when unknown (a model built in code)
 */
public record Diagnostic(String ruleId, Severity severity, String message, String path, SourcePosition position) {

    /** Checks that every component but {@code position} is present. */
    public Diagnostic {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Creates a diagnostic without a source position.
     *
     * @param ruleId   the rule id
     * @param severity the severity
     * @param message  the message
     * @param path     the model path
     * @return the diagnostic
     */
    public static Diagnostic of(String ruleId, Severity severity, String message, String path) {
        return new Diagnostic(ruleId, severity, message, path, null);
    }

    /**
     * Returns a copy located at the given source position.
     *
     * @param newPosition the position, or {@code null} for none
     * @return the copy
     */
    public Diagnostic withPosition(SourcePosition newPosition) {
        return new Diagnostic(ruleId, severity, message, path, newPosition);
    }

    /**
     * Tells whether this is an {@linkplain Severity#ERROR error}.
     *
     * @return true for an error
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = position == null ? "" : position + ": ";
        String at = path.isEmpty() ? "" : " (at " + path + ")";
        return where + severity.id() + ": " + message + at + " [" + ruleId + "]";
    }
}
