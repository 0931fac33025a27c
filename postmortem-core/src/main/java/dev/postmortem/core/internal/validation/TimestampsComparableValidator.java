package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.IncidentClock.ResolvedTime;
import dev.postmortem.core.Postmortem;
import java.util.List;
import java.util.Map;

/** Rule {@code timestamp-incomparable}: start against end, and each timed entry against the one before. */
public final class TimestampsComparableValidator extends DocumentRuleValidator<TimestampsComparable> {

    @Override
    void check(Postmortem postmortem, IncidentClock clock, Findings findings) {
        if (clock.start().isPresent() && clock.end().isPresent()) {
            ResolvedTime start = clock.start().get();
            ResolvedTime end = clock.end().get();
            if (!start.comparableWith(end)) {
                findings.at("start {start} and end {end} cannot be ordered: {reason}",
                        Map.of("start", start.source(), "end", end.source(), "reason", reason(start, end)),
                        "summary", "end");
            }
        }
        List<ResolvedTime> entries = clock.entries();
        ResolvedTime previous = null;
        int previousIndex = -1;
        for (int i = 0; i < entries.size(); i++) {
            ResolvedTime current = entries.get(i);
            if (current == null) {
                continue;
            }
            if (previous != null && !current.comparableWith(previous)) {
                findings.atEntry("entry {index} at {at} cannot be ordered against entry {previousIndex} at {previous}: {reason}",
                        Map.of("index", i, "at", current.source(), "previousIndex", previousIndex,
                                "previous", previous.source(), "reason", reason(previous, current)), i);
            }
            previous = current;
            previousIndex = i;
        }
    }

    static String reason(ResolvedTime a, ResolvedTime b) {
        if ((a.date() == null) != (b.date() == null)) {
            ResolvedTime dated = a.date() != null ? a : b;
            return dated.source() + " has a date and the other has none, and the document gives no incident date";
        }
        if (a.time() == null || b.time() == null) {
            return "a date-only value cannot be placed against a value without a date";
        }
        if (a.unknownZone() != null || b.unknownZone() != null) {
            String label = a.unknownZone() != null ? a.unknownZone() : b.unknownZone();
            return "the zone " + label + " has no known offset";
        }
        ResolvedTime zoned = a.offset() != null ? a : b;
        return zoned.source() + " has a zone and the other has none";
    }
}
