package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.IncidentClock.ResolvedTime;
import dev.postmortem.core.Postmortem;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Rule {@code duration-mismatch}: a difference of a minute or more is a mismatch. */
public final class DurationMatchesWindowValidator extends DocumentRuleValidator<DurationMatchesWindow> {

    private static final Duration TOLERANCE = Duration.ofMinutes(1);

    @Override
    void check(Postmortem postmortem, IncidentClock clock, Findings findings) {
        Duration stated = postmortem.summary().duration();
        if (stated == null || clock.start().isEmpty() || clock.end().isEmpty()) {
            return;
        }
        ResolvedTime start = clock.start().get();
        ResolvedTime end = clock.end().get();
        Optional<Duration> actual = IncidentClock.between(start, end);
        // A negative window is window-order's finding, not this rule's.
        if (actual.isEmpty() || actual.get().isNegative()) {
            return;
        }
        if (stated.minus(actual.get()).abs().compareTo(TOLERANCE) >= 0) {
            findings.at("the stated duration {stated} differs from {actual} between start {start} and end {end}",
                    Map.of("stated", Durations.format(stated), "actual", Durations.format(actual.get()),
                            "start", start.source(), "end", end.source()),
                    "summary", "duration");
        }
    }
}
