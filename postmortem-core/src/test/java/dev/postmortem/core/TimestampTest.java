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
