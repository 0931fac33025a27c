package dev.postmortem.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule window-order: the incident does not end before it starts. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = WindowOrderedValidator.class)
public @interface WindowOrdered {

    /**
     * The message template; the validator builds its own messages with parameters.
     *
     * @return the template
     */
    String message() default "the incident ends before it starts";

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
