package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;
import dev.postmortem.core.internal.validation.DurationMatchesWindow;
import dev.postmortem.core.internal.validation.EntriesNearWindow;
import dev.postmortem.core.internal.validation.ExpectedSections;
import dev.postmortem.core.internal.validation.TimelineOrdered;
import dev.postmortem.core.internal.validation.TimestampsComparable;
import dev.postmortem.core.internal.validation.WindowOrdered;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * An incident postmortem: the root of the model.
 *
 * <p>Immutable and thread-safe. Every list is an unmodifiable copy, so changing a list after
 * passing it in changes nothing here. A value may hold what a real document got wrong (a stated
 * duration that disagrees with start and end, a timeline that runs backwards): validation reports
 * those, the model keeps them.
 *
 * <pre>{@code
 * Postmortem pm = Postmortem.builder()
 *         .title("Checkout outage")
 *         .summary(Summary.builder()
 *                 .start(Timestamp.parse("2024-03-22T14:00Z[UTC]"))
 *                 .end(Timestamp.parse("2024-03-22T16:30Z[UTC]"))
 *                 .duration(Duration.ofMinutes(150))
 *                 .build())
 *         .timeline(Timeline.of(List.of(
 *                 TimelineEntry.of(Timestamp.parse("14:00"), "Alert fired on error rate"))))
 *         .build();
 * }</pre>
 *
 * @param title        the document's title, or {@code null}
 * @param metadata     facts about the document, never null
 * @param summary      the issue summary, never null
 * @param timeline     the timeline, never null
 * @param rootCause    the root-cause section as Markdown, or {@code null}
 * @param resolution   the resolution section as Markdown, or {@code null}
 * @param lessons      the lessons-learned section as Markdown, or {@code null}
 * @param actions      the corrective actions in document order, never null
 * @param sections     the other sections in document order, never null
 * @param contributors the contributors, never null
 */
@WindowOrdered
@DurationMatchesWindow
@TimelineOrdered
@TimestampsComparable
@EntriesNearWindow
@ExpectedSections
public record Postmortem(String title, Metadata metadata, @Valid Summary summary, @Valid Timeline timeline,
        String rootCause, String resolution, String lessons, List<@Valid ActionItem> actions,
        List<Section> sections, List<Contributor> contributors) {

    /**
     * Copies the lists; null lists are taken as empty, null parts as their {@code EMPTY} value and
     * blank texts as absent.
     */
    public Postmortem {
        title = Texts.optional(title);
        metadata = Objects.requireNonNullElse(metadata, Metadata.EMPTY);
        summary = Objects.requireNonNullElse(summary, Summary.EMPTY);
        timeline = Objects.requireNonNullElse(timeline, Timeline.EMPTY);
        rootCause = Texts.optional(rootCause);
        resolution = Texts.optional(resolution);
        lessons = Texts.optional(lessons);
        actions = Texts.list(actions, "actions");
        sections = Texts.list(sections, "sections");
        contributors = Texts.list(contributors, "contributors");
    }

    /**
     * Starts a builder of an empty postmortem.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this postmortem's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().title(title).metadata(metadata).summary(summary).timeline(timeline)
                .rootCause(rootCause).resolution(resolution).lessons(lessons).actions(actions)
                .sections(sections).contributors(contributors);
    }

    /**
     * Returns a copy with another title.
     *
     * @param value the title, or {@code null}
     * @return the copy
     */
    public Postmortem withTitle(String value) {
        return toBuilder().title(value).build();
    }

    /**
     * Returns a copy with other metadata.
     *
     * @param value the metadata
     * @return the copy
     */
    public Postmortem withMetadata(Metadata value) {
        return toBuilder().metadata(value).build();
    }

    /**
     * Returns a copy with another summary.
     *
     * @param value the summary
     * @return the copy
     */
    public Postmortem withSummary(Summary value) {
        return toBuilder().summary(value).build();
    }

    /**
     * Returns a copy with another timeline.
     *
     * @param value the timeline
     * @return the copy
     */
    public Postmortem withTimeline(Timeline value) {
        return toBuilder().timeline(value).build();
    }

    /**
     * Returns a copy with another root-cause section.
     *
     * @param value Markdown, or {@code null}
     * @return the copy
     */
    public Postmortem withRootCause(String value) {
        return toBuilder().rootCause(value).build();
    }

    /**
     * Returns a copy with another resolution section.
     *
     * @param value Markdown, or {@code null}
     * @return the copy
     */
    public Postmortem withResolution(String value) {
        return toBuilder().resolution(value).build();
    }

    /**
     * Returns a copy with another lessons-learned section.
     *
     * @param value Markdown, or {@code null}
     * @return the copy
     */
    public Postmortem withLessons(String value) {
        return toBuilder().lessons(value).build();
    }

    /**
     * Returns a copy with other actions.
     *
     * @param value the actions
     * @return the copy
     */
    public Postmortem withActions(List<ActionItem> value) {
        return toBuilder().actions(value).build();
    }

    /**
     * Returns a copy with other kept sections.
     *
     * @param value the sections
     * @return the copy
     */
    public Postmortem withSections(List<Section> value) {
        return toBuilder().sections(value).build();
    }

    /**
     * Returns a copy with other contributors.
     *
     * @param value the contributors
     * @return the copy
     */
    public Postmortem withContributors(List<Contributor> value) {
        return toBuilder().contributors(value).build();
    }

    /** Builds a {@link Postmortem}; not thread-safe, reusable. */
    public static final class Builder {
        private String title;
        private Metadata metadata = Metadata.EMPTY;
        private Summary summary = Summary.EMPTY;
        private Timeline timeline = Timeline.EMPTY;
        private String rootCause;
        private String resolution;
        private String lessons;
        private List<ActionItem> actions = List.of();
        private List<Section> sections = List.of();
        private List<Contributor> contributors = List.of();

        private Builder() {
        }

        /**
         * Sets the title.
         *
         * @param value the title or {@code null}
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the metadata.
         *
         * @param value the metadata ({@code null} for none)
         * @return this builder
         */
        public Builder metadata(Metadata value) {
            this.metadata = value;
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param value the summary ({@code null} for none)
         * @return this builder
         */
        public Builder summary(Summary value) {
            this.summary = value;
            return this;
        }

        /**
         * Sets the timeline.
         *
         * @param value the timeline ({@code null} for none)
         * @return this builder
         */
        public Builder timeline(Timeline value) {
            this.timeline = value;
            return this;
        }

        /**
         * Sets the root-cause section.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder rootCause(String value) {
            this.rootCause = value;
            return this;
        }

        /**
         * Sets the resolution section.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder resolution(String value) {
            this.resolution = value;
            return this;
        }

        /**
         * Sets the lessons-learned section.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder lessons(String value) {
            this.lessons = value;
            return this;
        }

        /**
         * Sets the actions.
         *
         * @param value the actions (copied when built)
         * @return this builder
         */
        public Builder actions(List<ActionItem> value) {
            this.actions = value;
            return this;
        }

        /**
         * Sets the kept sections.
         *
         * @param value the sections (copied when built)
         * @return this builder
         */
        public Builder sections(List<Section> value) {
            this.sections = value;
            return this;
        }

        /**
         * Sets the contributors.
         *
         * @param value the contributors (copied when built)
         * @return this builder
         */
        public Builder contributors(List<Contributor> value) {
            this.contributors = value;
            return this;
        }

        /**
         * Builds the postmortem.
         *
         * @return the postmortem
         */
        public Postmortem build() {
            return new Postmortem(title, metadata, summary, timeline, rootCause, resolution, lessons,
                    actions, sections, contributors);
        }
    }
}
