package dev.postmortem.core.internal.validation;

import dev.postmortem.core.ActionItem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Rule {@code action-owner-missing}: done and dropped actions need no owner. */
public final class HasOwnerValidator implements ConstraintValidator<HasOwner, ActionItem> {

    @Override
    public boolean isValid(ActionItem action, ConstraintValidatorContext context) {
        if (action == null || action.owner() != null || !action.isOpen()) {
            return true;
        }
        new Findings(context).at("action \"{title}\" has no owner", Map.of("title", action.title()), "owner");
        return false;
    }
}
