package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.IncidentClock.ResolvedTime;
import dev.postmortem.core.Postmortem;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Rule {@code timeline-order}: each timed entry against the timed entry before it. */
public final class TimelineOrderedValidator extends DocumentRuleValidator<TimelineOrdered> {

    @Override
    void check(Postmortem postmortem, IncidentClock clock, Findings findings) {
        List<ResolvedTime> entries = clock.entries();
        ResolvedTime previous = null;
        int previousIndex = -1;
        for (int i = 0; i < entries.size(); i++) {
            ResolvedTime current = entries.get(i);
            if (current == null) {
                continue;
            }
            if (previous != null) {
                OptionalInt order = IncidentClock.compare(current, previous);
                if (order.isPresent() && order.getAsInt() < 0) {
                    findings.atEntry("entry {index} at {at} is earlier than entry {previousIndex} at {previous} before it",
                            Map.of("index", i, "at", current.source(), "previousIndex", previousIndex,
                                    "previous", previous.source()), i);
                }
            }
            previous = current;
            previousIndex = i;
        }
    }
}
