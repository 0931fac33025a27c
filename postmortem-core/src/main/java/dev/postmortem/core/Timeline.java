package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;
import jakarta.validation.Valid;
import java.util.List;

/**
 * What happened when, in the order the document tells it.
 *
 * @param notes   Markdown prose of the timeline section that is not an entry (an introduction,
 *                "all times in UTC"), or {@code null}
 * @param entries the entries in document order, never null
 */
public record Timeline(String notes, List<@Valid TimelineEntry> entries) {

    /** A timeline without notes or entries. */
    public static final Timeline EMPTY = new Timeline(null, List.of());

    /** Copies the entries; a null list is taken as empty and blank notes as none. */
    public Timeline {
        notes = Texts.optional(notes);
        entries = Texts.list(entries, "entries");
    }

    /**
     * Creates a timeline of the given entries, without notes.
     *
     * @param entries the entries
     * @return the timeline
     */
    public static Timeline of(List<TimelineEntry> entries) {
        return new Timeline(null, entries);
    }

    /**
     * Tells whether there are neither notes nor entries.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return notes == null && entries.isEmpty();
    }

    /**
     * Returns a copy with other entries.
     *
     * @param newEntries the entries
     * @return the copy
     */
    public Timeline withEntries(List<TimelineEntry> newEntries) {
        return new Timeline(notes, newEntries);
    }

    /**
     * Returns a copy with other notes.
     *
     * @param newNotes the notes, or {@code null}
     * @return the copy
     */
    public Timeline withNotes(String newNotes) {
        return new Timeline(newNotes, entries);
    }
}
