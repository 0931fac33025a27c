package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.IncidentClock.ResolvedTime;
import dev.postmortem.core.Postmortem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rule {@code entry-outside-window}. */
public final class EntriesNearWindowValidator extends DocumentRuleValidator<EntriesNearWindow> {

    @Override
    void check(Postmortem postmortem, IncidentClock clock, Findings findings) {
        Duration tolerance = findings.settings().windowTolerance();
        ResolvedTime start = clock.start().orElse(null);
        ResolvedTime end = clock.end().orElse(null);
        List<ResolvedTime> entries = clock.entries();
        for (int i = 0; i < entries.size(); i++) {
            ResolvedTime at = entries.get(i);
            if (at == null) {
                continue;
            }
            Optional<Duration> beforeStart = start == null ? Optional.empty() : IncidentClock.between(at, start);
            if (beforeStart.isPresent() && beforeStart.get().compareTo(tolerance) > 0) {
                findings.atEntry("entry {index} at {at} lies {distance} before the incident starts at {start}",
                        Map.of("index", i, "at", at.source(), "distance", Durations.format(beforeStart.get()),
                                "start", start.source()), i);
                continue;
            }
            Optional<Duration> afterEnd = end == null ? Optional.empty() : IncidentClock.between(end, at);
            if (afterEnd.isPresent() && afterEnd.get().compareTo(tolerance) > 0) {
                findings.atEntry("entry {index} at {at} lies {distance} after the incident ends at {end}",
                        Map.of("index", i, "at", at.source(), "distance", Durations.format(afterEnd.get()),
                                "end", end.source()), i);
            }
        }
    }
}
