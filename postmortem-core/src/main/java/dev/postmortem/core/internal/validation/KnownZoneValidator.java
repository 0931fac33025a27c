package dev.postmortem.core.internal.validation;

import dev.postmortem.core.Timestamp;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Rule {@code zone-unknown}. */
public final class KnownZoneValidator implements ConstraintValidator<KnownZone, Timestamp> {

    @Override
    public boolean isValid(Timestamp value, ConstraintValidatorContext context) {
        if (value == null || !value.hasUnknownZone()) {
            return true;
        }
        new Findings(context).at("the zone {label} of {value} is not a known abbreviation: it is kept, "
                + "but the time cannot be ordered against times in other zones",
                Map.of("label", value.zoneLabel(), "value", value));
        return false;
    }
}
