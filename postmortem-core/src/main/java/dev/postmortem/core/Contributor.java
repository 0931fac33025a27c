package dev.postmortem.core;

import dev.postmortem.core.internal.Texts;

/**
 * Someone who wrote or reviewed the postmortem.
 *
 * @param name the name as written, not blank
 * @param url  a link to them (profile, e-mail), or {@code null}
 */
public record Contributor(String name, String url) {

    /** Checks the name and normalises a blank URL to null. */
    public Contributor {
        name = Texts.required(name, "name");
        url = Texts.optional(url);
    }

    /**
     * Creates a contributor without a URL.
     *
     * @param name the name
     * @return the contributor
     */
    public static Contributor of(String name) {
        return new Contributor(name, null);
    }
}
