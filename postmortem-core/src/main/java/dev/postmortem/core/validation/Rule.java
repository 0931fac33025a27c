package dev.postmortem.core.validation;

import dev.postmortem.core.Severity;
import java.util.Arrays;

/**
 * The validation rules, each with a stable id that diagnostics carry and that
 * {@link PostmortemValidator.Builder#disable(String...)} accepts.
 */
public enum Rule {
    /** The stated duration differs from end minus start by a minute or more. */
    DURATION_MISMATCH("duration-mismatch", Severity.ERROR,
            "the stated duration differs from end minus start"),
    /** The incident ends before it starts. */
    WINDOW_ORDER("window-order", Severity.ERROR,
            "the incident ends before it starts"),
    /** A timeline entry is earlier than the entry before it. */
    TIMELINE_ORDER("timeline-order", Severity.ERROR,
            "a timeline entry is earlier than the one before it"),
    /** Two timestamps that should be ordered cannot be: one has a date or zone and the other none. */
    TIMESTAMP_INCOMPARABLE("timestamp-incomparable", Severity.WARNING,
            "two timestamps cannot be ordered: one has a date or zone, the other none"),
    /** A timestamp's zone label is not in the abbreviation table. */
    ZONE_UNKNOWN("zone-unknown", Severity.WARNING,
            "a zone label is not a known abbreviation; it is kept but has no offset"),
    /** A timeline entry lies far before the start or after the end of the incident. */
    ENTRY_OUTSIDE_WINDOW("entry-outside-window", Severity.WARNING,
            "a timeline entry lies far outside the incident window"),
    /** A section a postmortem is expected to have is missing or empty. */
    SECTION_MISSING("section-missing", Severity.WARNING,
            "an expected part is missing: incident window, timeline, root cause, resolution or actions"),
    /** An open corrective action names no owner. */
    ACTION_OWNER_MISSING("action-owner-missing", Severity.INFO,
            "an open corrective action has no owner");

    private final String id;
    private final Severity severity;
    private final String description;

    Rule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /**
     * Returns the stable id, such as {@code duration-mismatch}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the severity of this rule's findings.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns a one-line description of what the rule finds.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the rule with the given id.
     *
     * @param id the id
     * @return the rule
     * @throws IllegalArgumentException if no rule has that id, naming the known ids
     */
    public static Rule fromId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule id '" + id + "', known ids: "
                + Arrays.stream(values()).map(Rule::id).toList());
    }
}
