package dev.postmortem.core.internal.validation;

import java.time.Duration;

/**
 * Options of the rules, handed to the constraint validators as Hibernate Validator's
 * constraint-validator payload.
 *
 * @param windowTolerance how far outside the incident window a timeline entry may lie before
 *                        {@code entry-outside-window} reports it
 */
public record RuleSettings(Duration windowTolerance) {

    /** The defaults. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Duration.ofHours(24));
}
