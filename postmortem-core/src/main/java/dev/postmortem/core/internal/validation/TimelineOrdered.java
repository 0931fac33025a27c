package dev.postmortem.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule timeline-order: each timeline entry is no earlier than the one before it. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = TimelineOrderedValidator.class)
public @interface TimelineOrdered {

    /**
     * The message template; the validator builds its own messages with parameters.
     *
     * @return the template
     */
    String message() default "a timeline entry is earlier than the one before it";

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
