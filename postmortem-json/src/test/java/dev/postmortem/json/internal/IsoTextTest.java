package dev.postmortem.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.postmortem.core.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written ISO texts agree with the java.time types' own. */
class IsoTextTest {

    private static final List<String> LABELS = List.of("PST", "UTC", "UTC+1", "WAT", "XYZ", "Mars Standard Time",
            "a label far too long to fit the scratch buffer of sixty-four characters, taken the slow way");

    @Test
    void timestampTextIsToString() {
        Random random = new Random(20240322L);
        char[] b = IsoText.scratch();
        for (int i = 0; i < 200_000; i++) {
            Timestamp t = randomTimestamp(random);
            int n = IsoText.timestamp(t, b);
            String expected = t.toString();
            if (n < 0) {
                assertEquals(true, expected.length() > 40, expected);
            } else {
                assertEquals(expected, new String(b, 0, n));
            }
        }
    }

    @Test
    void dateTextIsToString() {
        char[] b = new char[10];
        for (int year : new int[] {0, 7, 99, 999, 1000, 2024, 9999}) {
            LocalDate d = LocalDate.of(year, 2, 9);
            assertEquals(d.toString(), new String(b, 0, IsoText.date(d, b, 0)));
        }
    }

    @Test
    void parseDateAgreesWithLocalDateParse() {
        Random random = new Random(7L);
        for (int i = 0; i < 200_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            LocalDate expected;
            try {
                expected = LocalDate.parse(text);
            } catch (DateTimeException e) {
                expected = null;
            }
            assertEquals(expected, IsoText.parseDate(text), text);
        }
        for (String text : List.of("", "2024-1-01", "2024-01-1", "20240101", "2024-01-01T", "2024/01/01",
                "+2024-01-01", "2024-01-0x", "２０２４-01-01", "2024-02-30")) {
            assertNull(IsoText.parseDate(text), text);
        }
    }

    private static Timestamp randomTimestamp(Random random) {
        LocalDate date = random.nextInt(3) == 0 ? null
                : LocalDate.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalTime time = null;
        if (date == null || random.nextBoolean()) {
            int nano = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(1_000_000_000);
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> 0;
            };
            time = LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextInt(4) == 0 ? random.nextInt(60) : 0,
                    nano);
        }
        if (time == null) {
            return new Timestamp(date, null, null, null);
        }
        return switch (random.nextInt(4)) {
            case 0 -> new Timestamp(date, time, null, null);
            case 1 -> new Timestamp(date, time, ZoneOffset.ofTotalSeconds((random.nextInt(18 * 3600 * 2 + 1) - 18 * 3600)),
                    null);
            case 2 -> new Timestamp(date, time, ZoneOffset.ofHoursMinutes(random.nextInt(15) - 7,
                    0), null);
            default -> Timestamp.withZoneLabel(date, time, LABELS.get(random.nextInt(LABELS.size())));
        };
    }
}
