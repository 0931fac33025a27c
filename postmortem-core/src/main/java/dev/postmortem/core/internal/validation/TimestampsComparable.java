package dev.postmortem.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule timestamp-incomparable: start and end, and neighbouring entries, can be ordered. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = TimestampsComparableValidator.class)
public @interface TimestampsComparable {

    /**
     * The message template; the validator builds its own messages with parameters.
     *
     * @return the template
     */
    String message() default "timestamps cannot be compared";

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
