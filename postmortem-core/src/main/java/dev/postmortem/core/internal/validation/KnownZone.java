package dev.postmortem.core.internal.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule zone-unknown: a timestamp's zone label has a known offset. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = KnownZoneValidator.class)
public @interface KnownZone {

    /**
     * The message template; the validator builds its own messages with parameters.
     *
     * @return the template
     */
    String message() default "the zone label is not known";

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
