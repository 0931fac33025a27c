package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Facts about the postmortem document itself, typically from its front matter.
 *
 * @param id       the document's identifier (such as {@code INC-2024-031}), or {@code null}
 * @param status   the document's status as written (draft, reviewed, final), or {@code null}
 * @param severity the incident's severity as written (SEV1, P2, major), or {@code null}
 * @param date     the incident's date, or {@code null}
 * @param authors  the authors, never null
 * @param tags     free tags, never null
 * @param extra    any other front-matter keys with their values as text, in document order, never null
 */
public record Metadata(String id, String status, String severity, LocalDate date,
        List<String> authors, List<String> tags, Map<String, String> extra) {

    /** Metadata that states nothing. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, List.of(), List.of(), Map.of());

    /** Copies lists and map (null taken as empty) and normalises blank texts to null. */
    public Metadata {
        id = Texts.optional(id);
        status = Texts.optional(status);
        severity = Texts.optional(severity);
        authors = Texts.list(authors, "authors");
        tags = Texts.list(tags, "tags");
        extra = Texts.orderedMap(extra, "extra");
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
     * Returns a builder holding these values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).status(status).severity(severity).date(date).authors(authors).tags(tags).extra(extra);
    }

    /**
     * Tells whether nothing is stated.
     *
     * @return true when every component is null or empty
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Builds {@link Metadata}; not thread-safe, reusable. */
    public static final class Builder {
        private String id;
        private String status;
        private String severity;
        private LocalDate date;
        private List<String> authors = List.of();
        private List<String> tags = List.of();
        private Map<String, String> extra = Map.of();

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param value the id or {@code null}
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the document status.
         *
         * @param value the status or {@code null}
         * @return this builder
         */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /**
         * Sets the severity.
         *
         * @param value the severity or {@code null}
         * @return this builder
         */
        public Builder severity(String value) {
            this.severity = value;
            return this;
        }

        /**
         * Sets the incident date.
         *
         * @param value the date or {@code null}
         * @return this builder
         */
        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Sets the authors.
         *
         * @param value the authors (copied when built)
         * @return this builder
         */
        public Builder authors(List<String> value) {
            this.authors = value;
            return this;
        }

        /**
         * Sets the tags.
         *
         * @param value the tags (copied when built)
         * @return this builder
         */
        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        /**
         * Sets the other keys.
         *
         * @param value key to value, in document order (copied when built)
         * @return this builder
         */
        public Builder extra(Map<String, String> value) {
            this.extra = value;
            return this;
        }

        /**
         * Builds the metadata.
         *
         * @return the metadata
         */
        public Metadata build() {
            return new Metadata(id, status, severity, date, authors, tags, extra);
        }
    }
}
