package dev.postmortem.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Builds the violations of one rule check, each with its own message parameters and path. */
final class Findings {

    private final HibernateConstraintValidatorContext context;
    private boolean found;

    Findings(ConstraintValidatorContext context) {
        this.context = context.unwrap(HibernateConstraintValidatorContext.class);
        context.disableDefaultConstraintViolation();
    }

    boolean any() {
        return found;
    }

    RuleSettings settings() {
        RuleSettings settings = context.getConstraintValidatorPayload(RuleSettings.class);
        return settings != null ? settings : RuleSettings.DEFAULTS;
    }

    /** Reports at the bean itself, or at a chain of properties below it. */
    void at(String template, Map<String, Object> parameters, String... properties) {
        setParameters(parameters);
        var builder = context.buildConstraintViolationWithTemplate(template);
        if (properties.length == 0) {
            builder.addConstraintViolation();
        } else {
            var node = builder.addPropertyNode(properties[0]);
            for (int i = 1; i < properties.length; i++) {
                node = node.addPropertyNode(properties[i]);
            }
            node.addConstraintViolation();
        }
        found = true;
    }

    /** Reports at {@code timeline.entries[index].at}. */
    void atEntry(String template, Map<String, Object> parameters, int index) {
        setParameters(parameters);
        context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode("timeline")
                .addPropertyNode("entries")
                .addPropertyNode("at").inIterable().atIndex(index)
                .addConstraintViolation();
        found = true;
    }

    private void setParameters(Map<String, Object> parameters) {
        parameters.forEach((k, v) -> context.addMessageParameter(k, String.valueOf(v)));
    }
}
