package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

    @ParameterizedTest
    @ValueSource(strings = {"14:00", "2024-03-22", "2024-03-22T14:00", "2024-03-22T14:00Z", "14:00-08:00",
            "22:20-08:00[PST]", "2024-03-22T14:00Z[UTC]", "09:00[XYZ]", "14:00:30", "2024-03-22T14:00+01:00[UTC+1]",
            "2024-02-29T23:59:59.500+05:30[UTC+5:30]", "10:00[Mars Time]"})
    void textFormRoundTrips(String text) {
        assertEquals(text, Timestamp.parse(text).toString());
    }

    @Test
    void theFastPathAgreesWithTheGeneralOne() {
        java.util.Random r = new java.util.Random(7);
        String[] labels = {"", "[UTC]", "[PST]", "[XYZ]", "[UTC+1]", "[ ]", "[a]b]"};
        String[] offsets = {"", "Z", "+01:00", "-08:00", "+18:00", "+19:00", "-00:30", "+05:30:15"};
        for (int i = 0; i < 20_000; i++) {
            String date = r.nextInt(3) == 0 ? "" : String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
            String time = r.nextInt(5) == 0 ? "" : String.format("%02d:%02d", r.nextInt(26), r.nextInt(62))
                    + (r.nextInt(4) == 0 ? String.format(":%02d", r.nextInt(62)) : "");
            String text = date + (!date.isEmpty() && !time.isEmpty() ? "T" : "") + time
                    + offsets[r.nextInt(offsets.length)] + labels[r.nextInt(labels.length)];
            String viaParse;
            try {
                viaParse = Timestamp.parse(text).toString();
            } catch (IllegalArgumentException e) {
                viaParse = "error";
            }
            String general;
            try {
                general = Timestamp.parseGeneral(text).toString();
            } catch (IllegalArgumentException e) {
                general = "error";
            }
            assertEquals(general, viaParse, text);
        }
    }

    @Test
    void everyOffsetReadsAsTheOffsetItStates() {
        for (int sign : new int[] {1, -1}) {
            for (int h = 0; h <= 18; h++) {
                for (int m : new int[] {0, 1, 7, 15, 20, 30, 44, 45, 59}) {
                    String text = String.format(java.util.Locale.ROOT, "12:00%s%02d:%02d", sign > 0 ? "+" : "-", h, m);
                    if (h == 18 && m > 0) {
                        assertThrows(IllegalArgumentException.class, () -> Timestamp.parse(text), text);
                        continue;
                    }
                    ZoneOffset expected = ZoneOffset.ofHoursMinutes(sign * h, sign * m);
                    assertEquals(expected, Timestamp.parse(text).offset(), text);
                    assertEquals(Timestamp.parseGeneral(text), Timestamp.parse(text), text);
                }
            }
        }
    }

    @Test
    void partsAreKeptAsStated() {
        Timestamp t = Timestamp.parse("22:20-08:00[PST]");
        assertNull(t.date());
        assertEquals(LocalTime.of(22, 20), t.time());
        assertEquals(ZoneOffset.ofHours(-8), t.offset());
        assertEquals("PST", t.zoneLabel());
        assertFalse(t.hasUnknownZone());
    }

    @Test
    void unknownLabelIsKeptWithoutOffset() {
        Timestamp t = Timestamp.withZoneLabel(null, LocalTime.of(9, 0), "XYZ");
        assertEquals("XYZ", t.zoneLabel());
        assertNull(t.offset());
        assertTrue(t.hasUnknownZone());
        assertEquals("09:00[XYZ]", t.toString());
    }

    @Test
    void knownLabelGetsItsOffset() {
        Timestamp t = Timestamp.withZoneLabel(LocalDate.of(2024, 3, 22), LocalTime.of(10, 20), "wat");
        assertEquals(ZoneOffset.ofHours(1), t.offset());
        assertEquals("2024-03-22T10:20+01:00[wat]", t.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14", "2pm", "2024-03-22 14:00", "2024-3-22", "T14:00", "2024-03-22T", "25:00",
            "2024-02-30", "14:00[]", "2024-03-22Z", "14:00+25:00", "14:00-05:00[PST]", "2024-03-22[UTC]"})
    void malformedTextIsRejectedWithTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamp.parse(text));
        assertTrue(e.getMessage().startsWith("not an ISO-8601 partial timestamp: '" + text + "'"), e.getMessage());
    }

    @Test
    void constructorChecksItsInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new Timestamp(null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Timestamp(LocalDate.of(2024, 1, 1), null, ZoneOffset.UTC, null));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> new Timestamp(null, LocalTime.NOON, ZoneOffset.ofHours(5), "PST"));
        assertEquals("offset +05:00 does not match zone label PST, which stands for -08:00", mismatch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Timestamp(null, LocalTime.NOON, null, " "));
    }
}
