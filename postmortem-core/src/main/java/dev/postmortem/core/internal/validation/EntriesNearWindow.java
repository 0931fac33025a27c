package dev.postmortem.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule entry-outside-window: timeline entries lie near the incident window. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = EntriesNearWindowValidator.class)
public @interface EntriesNearWindow {

    /**
     * The message template; the validator builds its own messages with parameters.
     *
     * @return the template
     */
    String message() default "a timeline entry lies far outside the incident window";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
