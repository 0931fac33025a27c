package dev.postmortem.core;

import dev.postmortem.core.IncidentClock.ResolvedTime;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures a reader of many postmortems wants from one of them: time to detect, to mitigate and
 * to resolve, the duration, and the actions, each time with the model paths it was measured between.
 *
 * <p>The figures are measured on the document's {@link IncidentClock}, so nothing is invented: a
 * figure whose ends cannot be ordered is absent. The definitions:
 * <ul>
 *   <li><b>incident start</b>: the summary's start, else the first timeline entry with a time;</li>
 *   <li><b>time to detect</b>: start to the first {@link EntryKind#DETECTION detection} entry;</li>
 *   <li><b>time to mitigate</b>: start to the first {@link EntryKind#MITIGATION mitigation} entry,
 *       else to the first {@link EntryKind#RESOLUTION resolution} entry (an incident resolved without
 *       a separate mitigation was mitigated when it was resolved);</li>
 *   <li><b>time to resolve</b>: start to the first resolution entry, else to the summary's end;</li>
 *   <li><b>duration</b>: the stated duration, else the summary's end minus its start.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param timeToDetect   start to detection, or {@code null}
 * @param timeToMitigate start to mitigation, or {@code null}
 * @param timeToResolve  start to resolution, or {@code null}
 * @param duration       the incident's duration, or {@code null}
 * @param actions        the number of corrective actions
 * @param openActions    how many of them are {@linkplain ActionItem#isOpen() open}
 */
public record PostmortemMetrics(Span timeToDetect, Span timeToMitigate, Span timeToResolve, Span duration,
        int actions, int openActions) {

    /** Checks the counts. */
    public PostmortemMetrics {
        if (actions < 0 || openActions < 0 || openActions > actions) {
            throw new IllegalArgumentException("need 0 <= openActions <= actions, was " + openActions + " of " + actions);
        }
    }

    /**
     * Measures a postmortem.
     *
     * @param postmortem the postmortem
     * @return its figures
     */
    public static PostmortemMetrics of(Postmortem postmortem) {
        Objects.requireNonNull(postmortem, "postmortem");
        IncidentClock clock = IncidentClock.of(postmortem);
        List<TimelineEntry> entries = postmortem.timeline().entries();

        Point start = clock.start().map(t -> new Point(t, "summary.start")).orElse(null);
        if (start == null) {
            start = firstEntry(clock, entries, null);
        }
        Point detection = firstEntry(clock, entries, EntryKind.DETECTION);
        Point mitigation = firstEntry(clock, entries, EntryKind.MITIGATION);
        Point resolution = firstEntry(clock, entries, EntryKind.RESOLUTION);
        Point end = clock.end().map(t -> new Point(t, "summary.end")).orElse(null);

        Span duration = postmortem.summary().duration() != null
                ? new Span(postmortem.summary().duration(), "summary.duration", "summary.duration")
                : span(clock.start().map(t -> new Point(t, "summary.start")).orElse(null), end);
        int open = (int) postmortem.actions().stream().filter(ActionItem::isOpen).count();
        return new PostmortemMetrics(
                span(start, detection),
                span(start, mitigation != null ? mitigation : resolution),
                span(start, resolution != null ? resolution : end),
                duration,
                postmortem.actions().size(),
                open);
    }

    /**
     * Returns the time to detect.
     *
     * @return the span, or empty when it cannot be measured
     */
    public Optional<Span> detect() {
        return Optional.ofNullable(timeToDetect);
    }

    /**
     * Returns the time to mitigate.
     *
     * @return the span, or empty when it cannot be measured
     */
    public Optional<Span> mitigate() {
        return Optional.ofNullable(timeToMitigate);
    }

    /**
     * Returns the time to resolve.
     *
     * @return the span, or empty when it cannot be measured
     */
    public Optional<Span> resolve() {
        return Optional.ofNullable(timeToResolve);
    }

    private static Point firstEntry(IncidentClock clock, List<TimelineEntry> entries, EntryKind kind) {
        for (int i = 0; i < entries.size(); i++) {
            ResolvedTime t = clock.entries().get(i);
            if (t != null && t.time() != null && (kind == null || entries.get(i).kind() == kind)) {
                return new Point(t, "timeline.entries[" + i + "]");
            }
        }
        return null;
    }

    private static Span span(Point from, Point to) {
        if (from == null || to == null) {
            return null;
        }
        return IncidentClock.between(from.time, to.time).map(d -> new Span(d, from.path, to.path)).orElse(null);
    }

    private record Point(ResolvedTime time, String path) {
    }

    /**
     * A measured time and the two places of the document it was measured between.
     *
     * @param duration the time
     * @param from     the model path it starts at, such as {@code summary.start}
     * @param to       the model path it ends at, such as {@code timeline.entries[0]}; for a stated
     *                 duration both paths are {@code summary.duration}
     */
    public record Span(Duration duration, String from, String to) {

        /** Checks that every component is present. */
        public Span {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
