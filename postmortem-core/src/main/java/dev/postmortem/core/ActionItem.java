package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;
import dev.postmortem.core.internal.validation.HasOwner;
import java.time.LocalDate;

/**
 * A corrective or preventive action that came out of the postmortem.
 *
 * @param title       what is to be done, in a few words; not blank
 * @param description more detail as Markdown, or {@code null}
 * @param owner       who is responsible, or {@code null} when nobody is named
 * @param due         the due date, or {@code null}
 * @param status      where it stands, or {@code null} when the document does not say
 * @param kind        what it is for, or {@code null} when the document does not say
 * @param link        a tracking link (issue, ticket), or {@code null}
 */
@HasOwner
public record ActionItem(String title, String description, String owner, LocalDate due,
        ActionStatus status, ActionKind kind, String link) {

    /** Checks the title and normalises blank texts to null. */
    public ActionItem {
        title = Texts.required(title, "title");
        description = Texts.optional(description);
        owner = Texts.optional(owner);
        link = Texts.optional(link);
    }

    /**
     * Creates an action with only a title.
     *
     * @param title the title
     * @return the action
     */
    public static ActionItem of(String title) {
        return new ActionItem(title, null, null, null, null, null, null);
    }

    /**
     * Starts a builder for an action with the given title.
     *
     * @param title the title
     * @return a new builder
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /**
     * Returns a builder holding this action's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(title).description(description).owner(owner).due(due).status(status).kind(kind).link(link);
    }

    /**
     * Tells whether the action is still to be done: open, in progress, or of unstated status.
     *
     * @return true unless done or won't do
     */
    public boolean isOpen() {
        return status == null || status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS;
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, or {@code null}
     * @return the copy
     */
    public ActionItem withStatus(ActionStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /**
     * Returns a copy with another owner.
     *
     * @param newOwner the owner, or {@code null}
     * @return the copy
     */
    public ActionItem withOwner(String newOwner) {
        return toBuilder().owner(newOwner).build();
    }

    /** Builds an {@link ActionItem}; not thread-safe, reusable. */
    public static final class Builder {
        private String title;
        private String description;
        private String owner;
        private LocalDate due;
        private ActionStatus status;
        private ActionKind kind;
        private String link;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value Markdown or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param value the owner or {@code null}
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /**
         * Sets the due date.
         *
         * @param value the date or {@code null}
         * @return this builder
         */
        public Builder due(LocalDate value) {
            this.due = value;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status or {@code null}
         * @return this builder
         */
        public Builder status(ActionStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param value the kind or {@code null}
         * @return this builder
         */
        public Builder kind(ActionKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets the tracking link.
         *
         * @param value the link or {@code null}
         * @return this builder
         */
        public Builder link(String value) {
            this.link = value;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action
         * @throws IllegalArgumentException if the title is blank
         */
        public ActionItem build() {
            return new ActionItem(title, description, owner, due, status, kind, link);
        }
    }
}
