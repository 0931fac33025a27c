package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.Postmortem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * A class-level rule on a whole postmortem. The document's {@link IncidentClock} is computed once
 * per validation and thread, not once per rule.
 *
 * @param <A> the constraint annotation
 */
abstract class DocumentRuleValidator<A extends Annotation> implements ConstraintValidator<A, Postmortem> {

    private static final ThreadLocal<Object[]> LAST_CLOCK = new ThreadLocal<>();

    @Override
    public final boolean isValid(Postmortem postmortem, ConstraintValidatorContext context) {
        if (postmortem == null) {
            return true;
        }
        Findings findings = new Findings(context);
        check(postmortem, clockOf(postmortem), findings);
        return !findings.any();
    }

    abstract void check(Postmortem postmortem, IncidentClock clock, Findings findings);

    private static IncidentClock clockOf(Postmortem postmortem) {
        Object[] last = LAST_CLOCK.get();
        if (last != null && last[0] == postmortem) {
            return (IncidentClock) last[1];
        }
        IncidentClock clock = IncidentClock.of(postmortem);
        LAST_CLOCK.set(new Object[] {postmortem, clock});
        return clock;
    }

    /** Drops the cached clock so that the validated document is not kept reachable. */
    static void forgetClock() {
        LAST_CLOCK.remove();
    }
}
