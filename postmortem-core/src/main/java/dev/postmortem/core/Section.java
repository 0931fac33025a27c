package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;
import java.util.Objects;

/**
 * A part of a postmortem that has no place of its own in the model, kept as written so that nothing
 * is lost: a "Visual Summary", a "Humorous Note", an "Appendix".
 *
 * @param heading the heading text, not blank
 * @param body    the Markdown source of its content, possibly empty, never null
 */
public record Section(String heading, String body) {

    /** Checks that the heading is present. */
    public Section {
        heading = Texts.required(heading, "heading");
        Objects.requireNonNull(body, "body");
    }
}
