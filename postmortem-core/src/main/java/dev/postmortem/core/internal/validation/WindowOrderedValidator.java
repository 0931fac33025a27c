package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.IncidentClock.ResolvedTime;
import dev.postmortem.core.Postmortem;
import java.util.Map;

/** Rule {@code window-order}. */
public final class WindowOrderedValidator extends DocumentRuleValidator<WindowOrdered> {

    @Override
    void check(Postmortem postmortem, IncidentClock clock, Findings findings) {
        if (clock.start().isEmpty() || clock.end().isEmpty()) {
            return;
        }
        ResolvedTime start = clock.start().get();
        ResolvedTime end = clock.end().get();
        IncidentClock.compare(end, start).ifPresent(order -> {
            if (order < 0) {
                findings.at("the incident ends at {end}, before it starts at {start}",
                        Map.of("end", end.source(), "start", start.source()), "summary", "end");
            }
        });
    }
}
