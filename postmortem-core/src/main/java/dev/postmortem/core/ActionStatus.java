package dev.postmortem.core;

import java.util.Arrays;
import java.util.Locale;

/** Where a corrective action stands. */
public enum ActionStatus {
    /** Not started. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** Decided against. */
    WONT_DO;

    /** The lower-case id, computed once: readers and writers ask for it per value. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /**
     * Returns the lower-case id used in text and JSON: {@code open}, {@code in_progress},
     * {@code done}, {@code wont_do}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the status with the given {@linkplain #id() id}.
     *
     * @param id the id, case-insensitive
     * @return the status
     * @throws IllegalArgumentException if no status has that id
     */
    public static ActionStatus fromId(String id) {
        for (ActionStatus s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown action status '" + id + "', expected one of "
                + Arrays.stream(values()).map(ActionStatus::id).toList());
    }
}
