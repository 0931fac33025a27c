package dev.postmortem.core;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time with the precision its document gave: a date, a time of day, or both, with or
 * without a zone.
 *
 * <p>People write {@code 14:00}, {@code March 22, 2024}, {@code 10:20 pm (PST)}. A timestamp keeps
 * exactly what was stated and never invents the rest: a time-only value has no date, an unzoned
 * value no offset. The zone label is kept as written ({@code PST}, {@code UTC+1}); the offset is
 * set only when the label maps to a known offset (see {@link ZoneAbbreviations}), and then it must
 * be that offset: with a label, the offset is derived, never free. Times stay in the
 * document's own local time: {@code 14:00-08:00} is never converted to UTC.
 *
 * <p>The {@linkplain #toString() text form} is ISO-8601 with only the stated parts
 * ({@code 14:00}, {@code 2024-03-22}, {@code 2024-03-22T14:00Z}, {@code 14:00-08:00}), followed by the
 * zone label in brackets when there is one ({@code 22:20-08:00[PST]}, {@code 09:00[XYZ]} for a label
 * with no known offset). {@link #parse(String)} reads it back.
 *
 * <p>Ordering timestamps of one document (time-only entries, timelines past midnight) is the work
 * of {@link IncidentClock}.
 *
 * @param date      the calendar date with a year from 0000 to 9999, or {@code null} when the document gives none
 * @param time      the time of day, or {@code null} for a date-only value
 * @param offset    the UTC offset, or {@code null} when no zone is given or its label is unknown;
 *                  with a label, exactly the offset {@link ZoneAbbreviations#offsetOf(String)} gives
 * @param zoneLabel the zone as written ({@code PST}, {@code UTC+1}), or {@code null} when none was written
 */
public record Timestamp(LocalDate date, LocalTime time, ZoneOffset offset, String zoneLabel) {

    /**
     * The offsets of whole quarter hours from -18:00 to +18:00, the ones documents write, filled on first use
     * (see {@link #offsetOfSeconds}).
     */
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[145];

    private static final String TIME = "\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?";
    private static final Pattern TEXT = Pattern.compile(
            "(?:(\\d{4}-\\d{2}-\\d{2})(?:T(" + TIME + "))?|(" + TIME + "))"
                    + "(Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)?(?:\\[([^\\[\\]]+)])?");

    /** Checks that the value states a date or a time, and a zone only together with a time. */
    public Timestamp {
        if (date == null && time == null) {
            throw new IllegalArgumentException("a timestamp needs a date or a time");
        }
        if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
            throw new IllegalArgumentException("the year must be within 0000-9999, was " + date.getYear());
        }
        if (time == null && (offset != null || zoneLabel != null)) {
            throw new IllegalArgumentException("a zone needs a time of day, was date " + date + " with zone "
                    + (zoneLabel != null ? zoneLabel : offset));
        }
        if (zoneLabel != null && (zoneLabel.isBlank() || zoneLabel.indexOf('[') >= 0 || zoneLabel.indexOf(']') >= 0)) {
            throw new IllegalArgumentException("zoneLabel must be non-blank and without brackets, was '" + zoneLabel + "'");
        }
        if (zoneLabel != null) {
            ZoneOffset known = ZoneAbbreviations.offsetOf(zoneLabel).orElse(null);
            if (!java.util.Objects.equals(known, offset)) {
                throw new IllegalArgumentException("offset " + offset + " does not match zone label " + zoneLabel
                        + ", which stands for " + (known == null ? "no known offset" : known.getId()));
            }
        }
    }

    /**
     * Creates a time-of-day value without date or zone.
     *
     * @param time the time
     * @return the timestamp
     */
    public static Timestamp ofTime(LocalTime time) {
        return new Timestamp(null, requireNonNull(time, "time"), null, null);
    }

    /**
     * Creates a date-only value.
     *
     * @param date the date
     * @return the timestamp
     */
    public static Timestamp ofDate(LocalDate date) {
        return new Timestamp(requireNonNull(date, "date"), null, null, null);
    }

    /**
     * Creates a value from the parts given, resolving the zone label through {@link ZoneAbbreviations}.
     * An unknown label is kept without an offset.
     *
     * @param date      the date or {@code null}
     * @param time      the time or {@code null}
     * @param zoneLabel the zone as written or {@code null}
     * @return the timestamp
     */
    public static Timestamp withZoneLabel(LocalDate date, LocalTime time, String zoneLabel) {
        ZoneOffset offset = zoneLabel == null ? null : ZoneAbbreviations.offsetOf(zoneLabel).orElse(null);
        return new Timestamp(date, time, offset, zoneLabel);
    }

    /**
     * Reads the ISO-8601 text form written by {@link #toString()}.
     *
     * @param text the text, such as {@code 14:00}, {@code 2024-03-22T14:00Z} or {@code 22:20-08:00[PST]}
     * @return the timestamp
     * @throws IllegalArgumentException if the text is not such a form
     */
    public static Timestamp parse(String text) {
        requireNonNull(text, "text");
        Timestamp fast = parseCanonical(text);
        return fast != null ? fast : parseGeneral(text);
    }

    /** Reads any text form with the regular expression; package-private for the test of the fast path. */
    static Timestamp parseGeneral(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO-8601 partial timestamp: '" + text + "'");
        }
        try {
            LocalDate date = m.group(1) == null ? null : LocalDate.parse(m.group(1));
            String timeText = m.group(2) != null ? m.group(2) : m.group(3);
            LocalTime time = timeText == null ? null : LocalTime.parse(timeText);
            ZoneOffset offset = m.group(4) == null ? null : ZoneOffset.of(m.group(4));
            return new Timestamp(date, time, offset, m.group(5));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO-8601 partial timestamp: '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Reads the forms {@link #toString()} writes for minute or second precision without a regular
     * expression: readers of large documents call this for every timestamp. Returns null for
     * anything else (fractions of a second, malformed or meaningless text), which the general
     * path then reads or reports.
     */
    private static Timestamp parseCanonical(String s) {
        int n = s.length();
        int i = 0;
        LocalDate date = null;
        if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int mo = digits(s, 5, 2);
            int d = digits(s, 8, 2);
            if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 28 && d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
                return null;
            }
            date = LocalDate.of(y, mo, d);
            i = 10;
            if (i == n) {
                return new Timestamp(date, null, null, null);
            }
            if (s.charAt(i) != 'T') {
                return null;
            }
            i++;
        }
        if (i + 5 > n || s.charAt(i + 2) != ':') {
            return null;
        }
        int h = digits(s, i, 2);
        int mi = digits(s, i + 3, 2);
        int sec = 0;
        i += 5;
        if (i + 3 <= n && s.charAt(i) == ':') {
            sec = digits(s, i + 1, 2);
            i += 3;
        }
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || i < n && s.charAt(i) == '.') {
            return null;
        }
        LocalTime time = LocalTime.of(h, mi, sec);
        ZoneOffset offset = null;
        if (i < n && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
            i++;
        } else if (i + 6 <= n && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':'
                && (i + 6 == n || s.charAt(i + 6) != ':')) {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || oh == 18 && om > 0) {
                return null;
            }
            int total = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
            offset = offsetOfSeconds(total);
            i += 6;
        }
        String label = null;
        if (i < n) {
            if (s.charAt(i) != '[' || s.charAt(n - 1) != ']' || n - i < 3) {
                return null;
            }
            label = s.substring(i + 1, n - 1);
        }
        try {
            return new Timestamp(date, time, offset, label);
        } catch (IllegalArgumentException e) {
            // A blank or bracketed label, or an offset the label contradicts: the general path reports it.
            // (The constructor's check, not a second look-up of the label here, which cost as much again.)
            return null;
        }
    }

    /**
     * {@link ZoneOffset#ofTotalSeconds}, without its lookup in a concurrent map per timestamp read for whole
     * quarter hours. A slot is filled on first use, with the instance that method returns: two threads may both
     * fill it, with the same instance, and a {@code ZoneOffset} is immutable, so a thread that sees it sees it whole.
     */
    private static ZoneOffset offsetOfSeconds(int total) {
        if (total % 900 != 0) {
            return ZoneOffset.ofTotalSeconds(total);
        }
        int slot = total / 900 + 72;
        ZoneOffset offset = QUARTER_HOURS[slot];
        if (offset == null) {
            offset = ZoneOffset.ofTotalSeconds(total);
            QUARTER_HOURS[slot] = offset;
        }
        return offset;
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Tells whether a calendar date is stated.
     *
     * @return true when {@link #date()} is set
     */
    public boolean hasDate() {
        return date != null;
    }

    /**
     * Tells whether a time of day is stated.
     *
     * @return true when {@link #time()} is set
     */
    public boolean hasTime() {
        return time != null;
    }

    /**
     * Tells whether a zone was written whose offset is not known.
     *
     * @return true for a label without an offset
     */
    public boolean hasUnknownZone() {
        return zoneLabel != null && offset == null;
    }

    /**
     * Returns a copy with the given date.
     *
     * @param newDate the date, or {@code null} to drop it
     * @return the copy
     */
    public Timestamp withDate(LocalDate newDate) {
        return new Timestamp(newDate, time, offset, zoneLabel);
    }

    /**
     * Returns a copy with the given zone label, resolved through {@link ZoneAbbreviations}.
     *
     * @param newLabel the label, or {@code null} to drop the zone
     * @return the copy
     */
    public Timestamp withZoneLabel(String newLabel) {
        return withZoneLabel(date, time, newLabel);
    }

    /**
     * Returns the ISO-8601 text form with only the stated parts and the zone label in brackets.
     *
     * @return the text form, such as {@code 2024-03-22T14:00Z}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(32);
        if (date != null) {
            sb.append(date);
            if (time != null) {
                sb.append('T');
            }
        }
        if (time != null) {
            sb.append(time);
        }
        if (offset != null) {
            sb.append(offset.getId());
        }
        if (zoneLabel != null) {
            sb.append('[').append(zoneLabel).append(']');
        }
        return sb.toString();
    }

    private static <T> T requireNonNull(T value, String name) {
        return java.util.Objects.requireNonNull(value, name);
    }
}
