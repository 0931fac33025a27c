package dev.postmortem.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Places the timestamps of one postmortem on a common clock so that they can be ordered and
 * measured, without inventing anything the document does not say.
 *
 * <p>The rules, applied in document order:
 * <ul>
 *   <li><b>Reference date.</b> The incident's date is the date of the summary's start, else of its
 *       end, else the metadata date. Time-only values are placed on it only when the document gives
 *       it; otherwise they stay dateless and are ordered among themselves.</li>
 *   <li><b>Dates in the timeline.</b> A timeline entry with a date sets the date for the
 *       time-only entries after it (entries grouped under dates).</li>
 *   <li><b>Midnight.</b> A time-only value more than 12 hours earlier than the time before it is
 *       taken to be on the next day ({@code 23:50} then {@code 00:10}); a smaller step back is a step
 *       back, which validation reports. The same holds for an end before its start.</li>
 *   <li><b>Zones.</b> A value with an offset is compared in that offset. A document that states
 *       its zone once ({@code Start: 14:00 UTC}, then bare times) is read as being in the first
 *       offset it states; the model keeps the bare times as written. A zone label with no known
 *       offset makes its value comparable only with other values of that same label.</li>
 * </ul>
 * Two values are {@linkplain #compare(ResolvedTime, ResolvedTime) incomparable} when one has a
 * date and the other has none, or when only one has an offset.
 *
 * <p>Immutable and thread-safe.
 */
public final class IncidentClock {

    private static final long HALF_DAY_SECONDS = 12 * 3600;

    private final LocalDate referenceDate;
    private final ZoneOffset documentOffset;
    private final ResolvedTime start;
    private final ResolvedTime end;
    private final List<ResolvedTime> entries;

    private IncidentClock(Postmortem postmortem) {
        Summary summary = postmortem.summary();
        this.referenceDate = firstNonNull(
                summary.start() == null ? null : summary.start().date(),
                summary.end() == null ? null : summary.end().date(),
                postmortem.metadata().date());
        this.documentOffset = findDocumentOffset(postmortem);
        this.start = summary.start() == null ? null : resolve(summary.start(), referenceDate, 0);
        this.end = summary.end() == null ? null : resolveEnd(summary.end());
        this.entries = resolveTimeline(postmortem.timeline().entries());
    }

    /**
     * Builds the clock of a postmortem.
     *
     * @param postmortem the postmortem
     * @return its clock
     */
    public static IncidentClock of(Postmortem postmortem) {
        return new IncidentClock(Objects.requireNonNull(postmortem, "postmortem"));
    }

    /**
     * Returns the incident's date as the document gives it.
     *
     * @return the date, or empty when the document gives none
     */
    public Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    /**
     * Returns the first offset the document states, used for its bare times.
     *
     * @return the offset, or empty when the document states none
     */
    public Optional<ZoneOffset> documentOffset() {
        return Optional.ofNullable(documentOffset);
    }

    /**
     * Returns the resolved start of the incident.
     *
     * @return the start, or empty when the summary states none
     */
    public Optional<ResolvedTime> start() {
        return Optional.ofNullable(start);
    }

    /**
     * Returns the resolved end of the incident.
     *
     * @return the end, or empty when the summary states none
     */
    public Optional<ResolvedTime> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Returns the resolved time of each timeline entry, by index; an element is null where the
     * entry has no time.
     *
     * @return an unmodifiable list as long as the timeline
     */
    public List<ResolvedTime> entries() {
        return entries;
    }

    /**
     * Returns the resolved time of one timeline entry.
     *
     * @param index the entry's index
     * @return its time, or empty when the entry has none
     * @throws IndexOutOfBoundsException if there is no such entry
     */
    public Optional<ResolvedTime> entry(int index) {
        return Optional.ofNullable(entries.get(index));
    }

    /**
     * Orders two resolved times.
     *
     * @param a the first
     * @param b the second
     * @return negative, zero or positive as {@code a} is before, at the same time or after {@code b}
     *     (date-only values equal any time on their date), or empty when they cannot be compared
     */
    public static OptionalInt compare(ResolvedTime a, ResolvedTime b) {
        if (!a.comparableWith(b)) {
            return OptionalInt.empty();
        }
        if (a.date() != null) {
            if (a.time() == null || b.time() == null) {
                return OptionalInt.of(a.date().compareTo(b.date()));
            }
            return OptionalInt.of(Long.compare(a.epochSeconds(), b.epochSeconds()));
        }
        return OptionalInt.of(Long.compare(a.epochSeconds(), b.epochSeconds()));
    }

    /**
     * Returns the time from {@code a} to {@code b}.
     *
     * @param a the earlier value
     * @param b the later value
     * @return the duration (negative when {@code b} is before {@code a}), or empty when the two cannot
     *     be compared or either lacks a time of day
     */
    public static Optional<Duration> between(ResolvedTime a, ResolvedTime b) {
        if (!a.comparableWith(b) || a.time() == null || b.time() == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(b.epochSeconds() - a.epochSeconds()));
    }

    private ZoneOffset findDocumentOffset(Postmortem postmortem) {
        Summary summary = postmortem.summary();
        if (summary.start() != null && summary.start().offset() != null) {
            return summary.start().offset();
        }
        if (summary.end() != null && summary.end().offset() != null) {
            return summary.end().offset();
        }
        for (TimelineEntry e : postmortem.timeline().entries()) {
            if (e.at() != null && e.at().offset() != null) {
                return e.at().offset();
            }
        }
        return null;
    }

    private ResolvedTime resolve(Timestamp t, LocalDate date, int dayShift) {
        LocalDate own = t.date() != null ? t.date() : (date == null ? null : date.plusDays(dayShift));
        ZoneOffset offset = t.offset();
        String unknownLabel = null;
        if (offset == null && t.time() != null) {
            if (t.zoneLabel() != null) {
                unknownLabel = t.zoneLabel();
            } else {
                offset = documentOffset;
            }
        }
        return new ResolvedTime(t, own, t.time(), offset, unknownLabel, t.date() != null ? 0 : dayShift);
    }

    private ResolvedTime resolveEnd(Timestamp t) {
        if (t.date() != null || t.time() == null || start == null || start.time() == null) {
            return resolve(t, referenceDate, 0);
        }
        int shift = isPastMidnight(start.time(), t.time()) ? 1 : 0;
        return start.date() != null ? resolve(t, start.date(), shift) : resolve(t, null, start.dayShift() + shift);
    }

    private List<ResolvedTime> resolveTimeline(List<TimelineEntry> timeline) {
        List<ResolvedTime> out = new ArrayList<>(timeline.size());
        LocalDate date = referenceDate;
        int shift = 0;
        LocalTime last = start != null && start.date() != null && start.date().equals(referenceDate) ? start.time() : null;
        for (TimelineEntry e : timeline) {
            Timestamp at = e.at();
            if (at == null) {
                out.add(null);
                continue;
            }
            if (at.date() != null) {
                date = at.date();
                shift = 0;
                last = at.time();
                out.add(resolve(at, null, 0));
                continue;
            }
            if (last != null && isPastMidnight(last, at.time())) {
                shift++;
            }
            last = at.time();
            out.add(resolve(at, date, shift));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean isPastMidnight(LocalTime previous, LocalTime next) {
        return previous.toSecondOfDay() - next.toSecondOfDay() > HALF_DAY_SECONDS;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * A timestamp placed on the document's clock.
     *
     * @param source       the timestamp as the document states it
     * @param date         its date, stated or resolved, or {@code null} when the document gives none
     * @param time         its time of day, or {@code null} for a date-only value
     * @param offset       its offset, stated or the document's, or {@code null}
     * @param unknownZone  the zone label when it has no known offset, else {@code null}
     * @param dayShift     for a value without a stated date, the days after the first day of its
     *                     run of time-only values (midnight crossings); 0 otherwise
     */
    public record ResolvedTime(Timestamp source, LocalDate date, LocalTime time, ZoneOffset offset,
            String unknownZone, int dayShift) {

        /** Checks that the source is present. */
        public ResolvedTime {
            Objects.requireNonNull(source, "source");
        }

        /**
         * Tells whether this value and another can be ordered.
         *
         * @param other the other value
         * @return true when both or neither have a date, and both or neither an offset
         *     (and the same unknown zone label, if any)
         */
        public boolean comparableWith(ResolvedTime other) {
            if ((date == null) != (other.date == null)) {
                return false;
            }
            if (date == null && (time == null || other.time == null)) {
                return false;
            }
            if (time == null || other.time == null) {
                return true;
            }
            return (offset == null) == (other.offset == null) && Objects.equals(unknownZone, other.unknownZone);
        }

        private long epochSeconds() {
            long offsetSeconds = offset == null ? 0 : offset.getTotalSeconds();
            if (date != null) {
                return LocalDateTime.of(date, time).toEpochSecond(ZoneOffset.UTC) - offsetSeconds;
            }
            return dayShift * 86_400L + time.toSecondOfDay() - offsetSeconds;
        }
    }
}
