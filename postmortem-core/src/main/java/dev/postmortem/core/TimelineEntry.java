package dev.postmortem.core;

import dev.postmortem.core.internal.validation.KnownZone;
import java.util.Objects;

/**
 * One thing that happened during the incident, and when.
 *
 * @param at   when it happened, or {@code null} when the document gives no time for it
 * @param text what happened, as Markdown source, never null
 * @param kind what kind of event it was; {@code null} in the constructor means
 *             {@linkplain EntryKind#infer(String) inferred from the text}
 */
public record TimelineEntry(@KnownZone Timestamp at, String text, EntryKind kind) {

    /** Checks the text and infers a missing kind. */
    public TimelineEntry {
        Objects.requireNonNull(text, "text");
        if (kind == null) {
            kind = EntryKind.infer(text);
        }
    }

    /**
     * Creates an entry whose kind is inferred from its text.
     *
     * @param at   when, or {@code null}
     * @param text what happened
     * @return the entry
     */
    public static TimelineEntry of(Timestamp at, String text) {
        return new TimelineEntry(at, text, null);
    }

    /**
     * Tells whether the kind is what {@link EntryKind#infer(String)} gives for the text, so a
     * writer need not state it.
     *
     * @return true when the kind is the inferred one
     */
    public boolean hasInferredKind() {
        return kind == EntryKind.infer(text);
    }

    /**
     * Returns a copy with another time.
     *
     * @param newAt the time, or {@code null}
     * @return the copy
     */
    public TimelineEntry withAt(Timestamp newAt) {
        return new TimelineEntry(newAt, text, kind);
    }

    /**
     * Returns a copy with another text; the kind stays as it is.
     *
     * @param newText the text
     * @return the copy
     */
    public TimelineEntry withText(String newText) {
        return new TimelineEntry(at, newText, kind);
    }

    /**
     * Returns a copy with another kind.
     *
     * @param newKind the kind, or {@code null} to infer it from the text
     * @return the copy
     */
    public TimelineEntry withKind(EntryKind newKind) {
        return new TimelineEntry(at, text, newKind);
    }
}
