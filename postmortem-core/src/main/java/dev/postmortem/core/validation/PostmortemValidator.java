package dev.postmortem.core.validation;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.internal.validation.RuleSettings;
import dev.postmortem.core.internal.validation.ValidationEngine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a postmortem against the {@link Rule}s and reports what it finds as {@link Diagnostic}s.
 *
 * <p>Built on Jakarta Bean Validation (Hibernate Validator) with one validator factory for the whole
 * application, built on first use. Immutable and thread-safe once built: share one instance.
 *
 * <pre>{@code
 * PostmortemValidator validator = PostmortemValidator.builder()
 *         .disable("action-owner-missing")
 *         .build();
 * for (Diagnostic d : validator.validate(postmortem)) {
 *     System.out.println(d);
 * }
 * }</pre>
 */
public final class PostmortemValidator {

    /** Built on first use: class initialisation must not start Hibernate Validator. */
    private static final class Defaults {
        static final PostmortemValidator INSTANCE = builder().build();
    }

    private final ValidationEngine engine;
    private final Set<Rule> enabled;
    private final Duration windowTolerance;

    private PostmortemValidator(Builder builder) {
        this.enabled = Set.copyOf(builder.enabled);
        this.windowTolerance = builder.windowTolerance;
        this.engine = new ValidationEngine(new RuleSettings(windowTolerance), enabled);
    }

    /**
     * Returns a validator with every rule enabled and default settings.
     *
     * @return the shared default validator
     */
    public static PostmortemValidator defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Starts a builder with every rule enabled.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a postmortem.
     *
     * @param postmortem the postmortem
     * @return the findings of the enabled rules, ordered by model path; empty when all is well
     */
    public List<Diagnostic> validate(Postmortem postmortem) {
        Objects.requireNonNull(postmortem, "postmortem");
        return engine.validate(postmortem);
    }

    /**
     * Returns the rules this validator reports.
     *
     * @return the enabled rules
     */
    public Set<Rule> enabledRules() {
        return enabled;
    }

    /**
     * Returns how far outside the incident window a timeline entry may lie before rule
     * {@code entry-outside-window} reports it.
     *
     * @return the tolerance
     */
    public Duration windowTolerance() {
        return windowTolerance;
    }

    /** Configures a {@link PostmortemValidator}; not thread-safe. */
    public static final class Builder {
        private final EnumSet<Rule> enabled = EnumSet.allOf(Rule.class);
        private Duration windowTolerance = RuleSettings.DEFAULTS.windowTolerance();

        private Builder() {
        }

        /**
         * Disables rules by id.
         *
         * @param ruleIds ids such as {@code action-owner-missing}
         * @return this builder
         * @throws IllegalArgumentException for an unknown id, naming the known ones
         */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                enabled.remove(Rule.fromId(Objects.requireNonNull(id, "ruleId")));
            }
            return this;
        }

        /**
         * Disables rules.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder disable(Rule... rules) {
            for (Rule r : rules) {
                enabled.remove(Objects.requireNonNull(r, "rule"));
            }
            return this;
        }

        /**
         * Sets how far outside the incident window a timeline entry may lie (default 24 hours).
         *
         * @param tolerance a positive duration
         * @return this builder
         * @throws IllegalArgumentException if the tolerance is zero or negative
         */
        public Builder windowTolerance(Duration tolerance) {
            Objects.requireNonNull(tolerance, "tolerance");
            if (tolerance.isNegative() || tolerance.isZero()) {
                throw new IllegalArgumentException("windowTolerance must be positive, was " + tolerance);
            }
            this.windowTolerance = tolerance;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public PostmortemValidator build() {
            return new PostmortemValidator(this);
        }
    }
}
