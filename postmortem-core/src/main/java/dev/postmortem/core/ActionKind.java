package dev.postmortem.core;

import java.util.Arrays;
import java.util.Locale;

/** What a corrective action is for. */
public enum ActionKind {
    /** Reduces the impact of a recurrence. */
    MITIGATE,
    /** Stops the cause from happening again. */
    PREVENT,
    /** Finds the problem sooner: monitoring, alerts. */
    DETECT,
    /** Changes how people work: runbooks, reviews, training. */
    PROCESS,
    /** Anything else. */
    OTHER;

    /** The lower-case id, computed once: readers and writers ask for it per value. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /**
     * Returns the lower-case id used in text and JSON ({@code mitigate}, {@code prevent}, ...).
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the kind with the given {@linkplain #id() id}.
     *
     * @param id the id, case-insensitive
     * @return the kind
     * @throws IllegalArgumentException if no kind has that id
     */
    public static ActionKind fromId(String id) {
        for (ActionKind k : values()) {
            if (k.id().equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown action kind '" + id + "', expected one of "
                + Arrays.stream(values()).map(ActionKind::id).toList());
    }
}
