package dev.postmortem.core;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** The document is wrong: a stated fact contradicts another. */
    ERROR,
    /** The document is probably incomplete or ambiguous. */
    WARNING,
    /** Worth knowing, nothing to fix. */
    INFO;

    /**
     * Returns the lower-case name used in text and JSON output ({@code error}, {@code warning}, {@code info}).
     *
     * @return the lower-case name
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
