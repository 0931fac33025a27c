package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;
import dev.postmortem.core.internal.validation.KnownZone;
import java.time.Duration;

/**
 * The issue summary: what happened in short, the incident window and the duration the document states.
 *
 * <p>The stated duration is kept as stated, even when it disagrees with start and end: finding that
 * is the job of validation (rule {@code duration-mismatch}), not of this record.
 *
 * @param description Markdown prose of the summary that has no field of its own, or {@code null}
 * @param start       when the incident started, or {@code null}
 * @param end         when it ended, or {@code null}
 * @param duration    the duration the document states, or {@code null}; never negative
 * @param impact      who and what was affected, as Markdown, or {@code null}
 * @param rootCause   a short statement of the root cause, as Markdown, or {@code null}
 */
public record Summary(String description, @KnownZone Timestamp start, @KnownZone Timestamp end,
        Duration duration, String impact, String rootCause) {

    /** A summary that states nothing. */
    public static final Summary EMPTY = new Summary(null, null, null, null, null, null);

    /** Normalises blank texts to null and rejects a negative duration. */
    public Summary {
        description = Texts.optional(description);
        impact = Texts.optional(impact);
        rootCause = Texts.optional(rootCause);
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, was " + duration);
        }
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this summary's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().description(description).start(start).end(end).duration(duration)
                .impact(impact).rootCause(rootCause);
    }

    /**
     * Tells whether the summary states nothing.
     *
     * @return true when every component is null
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * Returns a copy with another start.
     *
     * @param newStart the start, or {@code null}
     * @return the copy
     */
    public Summary withStart(Timestamp newStart) {
        return toBuilder().start(newStart).build();
    }

    /**
     * Returns a copy with another end.
     *
     * @param newEnd the end, or {@code null}
     * @return the copy
     */
    public Summary withEnd(Timestamp newEnd) {
        return toBuilder().end(newEnd).build();
    }

    /**
     * Returns a copy with another stated duration.
     *
     * @param newDuration the duration, or {@code null}
     * @return the copy
     */
    public Summary withDuration(Duration newDuration) {
        return toBuilder().duration(newDuration).build();
    }

    /**
     * Returns a copy with another impact.
     *
     * @param newImpact the impact, or {@code null}
     * @return the copy
     */
    public Summary withImpact(String newImpact) {
        return toBuilder().impact(newImpact).build();
    }

    /** Builds a {@link Summary}; not thread-safe, reusable. */
    public static final class Builder {
        private String description;
        private Timestamp start;
        private Timestamp end;
        private Duration duration;
        private String impact;
        private String rootCause;

        private Builder() {
        }

        /**
         * Sets the free prose of the summary.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the start.
         *
         * @param value the start or {@code null}
         * @return this builder
         */
        public Builder start(Timestamp value) {
            this.start = value;
            return this;
        }

        /**
         * Sets the end.
         *
         * @param value the end or {@code null}
         * @return this builder
         */
        public Builder end(Timestamp value) {
            this.end = value;
            return this;
        }

        /**
         * Sets the stated duration.
         *
         * @param value the duration or {@code null}
         * @return this builder
         */
        public Builder duration(Duration value) {
            this.duration = value;
            return this;
        }

        /**
         * Sets the impact.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder impact(String value) {
            this.impact = value;
            return this;
        }

        /**
         * Sets the short root-cause statement.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder rootCause(String value) {
            this.rootCause = value;
            return this;
        }

        /**
         * Builds the summary.
         *
         * @return the summary
         */
        public Summary build() {
            return new Summary(description, start, end, duration, impact, rootCause);
        }
    }
}
