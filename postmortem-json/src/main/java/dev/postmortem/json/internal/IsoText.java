package dev.postmortem.json.internal;

import dev.postmortem.core.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The ISO-8601 texts of the format's time values, written into and read from characters without
 * intermediate strings, builders or formatters: writers and readers of large documents meet one per
 * timeline entry. The texts are exactly those of {@link Timestamp#toString()} and
 * {@link LocalDate#toString()} (checked by tests).
 */
final class IsoText {

    /** Room for every timestamp but one with a long zone label, which goes through {@link Timestamp#toString()}. */
    private static final int BUFFER = 64;
    /** The longest text of a timestamp without its label: {@code 2024-03-22T14:00:00.123456789+01:30:15}. */
    private static final int LONGEST_WITHOUT_LABEL = 10 + 1 + 18 + 9;
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[BUFFER]);

    private IsoText() {
    }

    /** A per-thread scratch buffer of {@link #BUFFER} characters. */
    static char[] scratch() {
        return SCRATCH.get();
    }

    /**
     * Writes the text of a timestamp into {@code b}, or returns -1 when it does not fit.
     *
     * @return the number of characters written, or -1
     */
    static int timestamp(Timestamp t, char[] b) {
        String label = t.zoneLabel();
        if (label != null && LONGEST_WITHOUT_LABEL + label.length() + 2 > b.length) {
            return -1;
        }
        int i = 0;
        if (t.date() != null) {
            i = date(t.date(), b, i);
            if (t.time() != null) {
                b[i++] = 'T';
            }
        }
        if (t.time() != null) {
            i = time(t.time(), b, i);
        }
        if (t.offset() != null) {
            i = offset(t.offset(), b, i);
        }
        if (label != null) {
            b[i++] = '[';
            label.getChars(0, label.length(), b, i);
            i += label.length();
            b[i++] = ']';
        }
        return i;
    }

    /**
     * Writes {@code yyyy-MM-dd} for a year from 0000 to 9999, as {@link LocalDate#toString()} does.
     *
     * @return the index after the text
     */
    static int date(LocalDate d, char[] b, int i) {
        int y = d.getYear();
        b[i] = digit(y / 1000);
        b[i + 1] = digit(y / 100 % 10);
        b[i + 2] = digit(y / 10 % 10);
        b[i + 3] = digit(y % 10);
        b[i + 4] = '-';
        two(d.getMonthValue(), b, i + 5);
        b[i + 7] = '-';
        two(d.getDayOfMonth(), b, i + 8);
        return i + 10;
    }

    /** Writes a time as {@link LocalTime#toString()} does: seconds and fractions only when not zero. */
    private static int time(LocalTime t, char[] b, int i) {
        two(t.getHour(), b, i);
        b[i + 2] = ':';
        two(t.getMinute(), b, i + 3);
        i += 5;
        int s = t.getSecond();
        int nano = t.getNano();
        if (s > 0 || nano > 0) {
            b[i] = ':';
            two(s, b, i + 1);
            i += 3;
            if (nano > 0) {
                b[i++] = '.';
                if (nano % 1_000_000 == 0) {
                    i = digits(nano / 1_000_000, 3, b, i);
                } else if (nano % 1000 == 0) {
                    i = digits(nano / 1000, 6, b, i);
                } else {
                    i = digits(nano, 9, b, i);
                }
            }
        }
        return i;
    }

    /** Writes an offset as {@link ZoneOffset#getId()} does: {@code Z}, {@code +01:00}, {@code -08:00:30}. */
    private static int offset(ZoneOffset o, char[] b, int i) {
        int total = o.getTotalSeconds();
        if (total == 0) {
            b[i] = 'Z';
            return i + 1;
        }
        int abs = Math.abs(total);
        b[i] = total < 0 ? '-' : '+';
        two(abs / 3600, b, i + 1);
        b[i + 3] = ':';
        two(abs / 60 % 60, b, i + 4);
        i += 6;
        int seconds = abs % 60;
        if (seconds != 0) {
            b[i] = ':';
            two(seconds, b, i + 1);
            i += 3;
        }
        return i;
    }

    /**
     * Reads {@code yyyy-MM-dd} (four-digit year) as {@link LocalDate#parse(CharSequence)} does, or
     * returns null for any other text, including a date that does not exist, which the caller then
     * reads the slow way for its error message.
     */
    static LocalDate parseDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = number(s, 0, 4);
        int m = number(s, 5, 2);
        int d = number(s, 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 28 && d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int number(String s, int from, int count) {
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

    private static void two(int v, char[] b, int i) {
        b[i] = digit(v / 10);
        b[i + 1] = digit(v % 10);
    }

    private static int digits(int v, int count, char[] b, int i) {
        for (int k = i + count - 1; k >= i; k--) {
            b[k] = digit(v % 10);
            v /= 10;
        }
        return i + count;
    }

    private static char digit(int v) {
        return (char) ('0' + v);
    }
}
