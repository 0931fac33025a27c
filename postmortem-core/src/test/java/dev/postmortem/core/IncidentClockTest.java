package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.IncidentClock.ResolvedTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IncidentClockTest {

    private static Postmortem doc(String start, String end, String... entries) {
        return Postmortem.builder()
                .summary(Summary.builder().start(start == null ? null : Timestamp.parse(start))
                        .end(end == null ? null : Timestamp.parse(end)).build())
                .timeline(Timeline.of(Arrays.stream(entries).map(e -> TimelineEntry.of(Timestamp.parse(e), "x")).toList()))
                .build();
    }

    @Test
    void timeOnlyEntriesTakeTheIncidentDateAndCrossMidnight() {
        IncidentClock clock = IncidentClock.of(doc("2024-03-22T23:30", "2024-03-23T01:00", "23:40", "23:55", "00:10", "00:50"));
        List<ResolvedTime> e = clock.entries();
        assertEquals(LocalDate.of(2024, 3, 22), e.get(0).date());
        assertEquals(LocalDate.of(2024, 3, 22), e.get(1).date());
        assertEquals(LocalDate.of(2024, 3, 23), e.get(2).date());
        assertEquals(LocalDate.of(2024, 3, 23), e.get(3).date());
        assertEquals(OptionalInt.of(-1), IncidentClock.compare(e.get(1), e.get(2)));
    }

    @Test
    void aSmallStepBackIsAStepBackNotANewDay() {
        IncidentClock clock = IncidentClock.of(doc(null, null, "14:30", "14:10"));
        assertEquals(0, clock.entries().get(1).dayShift());
        assertEquals(OptionalInt.of(1), IncidentClock.compare(clock.entries().get(0), clock.entries().get(1)));
    }

    @Test
    void noDateIsInventedWhenTheDocumentGivesNone() {
        IncidentClock clock = IncidentClock.of(doc("23:00", "01:00", "23:10", "00:20"));
        assertEquals(Optional.empty(), clock.referenceDate());
        assertNull(clock.entries().get(1).date());
        assertEquals(1, clock.entries().get(1).dayShift());
        assertEquals(Optional.of(Duration.ofHours(2)), IncidentClock.between(clock.start().get(), clock.end().get()));
    }

    @Test
    void datedEntriesSetTheDateForTheTimesAfterThem() {
        IncidentClock clock = IncidentClock.of(doc(null, null, "2024-05-01T09:00", "10:00", "2024-05-02T08:00", "09:00"));
        assertEquals(LocalDate.of(2024, 5, 1), clock.entries().get(1).date());
        assertEquals(LocalDate.of(2024, 5, 2), clock.entries().get(3).date());
    }

    @Test
    void aZoneStatedOnceAppliesToBareTimes() {
        IncidentClock clock = IncidentClock.of(doc("14:00-08:00[PST]", "16:00-08:00[PST]", "14:05", "15:00"));
        assertEquals(Optional.of(java.time.ZoneOffset.ofHours(-8)), clock.documentOffset());
        assertTrue(clock.entries().get(0).comparableWith(clock.start().get()));
        // The model is untouched: the entry still has no zone.
        assertNull(clock.entries().get(0).source().offset());
    }

    @Test
    void offsetsAreComparedAsInstants() {
        IncidentClock clock = IncidentClock.of(doc("2024-03-22T10:00+01:00[CET]", "2024-03-22T09:30Z[UTC]"));
        assertEquals(Optional.of(Duration.ofMinutes(30)), IncidentClock.between(clock.start().get(), clock.end().get()));
    }

    @Test
    void incomparableValues() {
        IncidentClock clock = IncidentClock.of(doc(null, null, "10:00", "2024-03-22T11:00", "12:00[XYZ]"));
        ResolvedTime bare = clock.entries().get(0);
        ResolvedTime dated = clock.entries().get(1);
        ResolvedTime unknown = clock.entries().get(2);
        assertFalse(bare.comparableWith(dated));
        assertEquals(OptionalInt.empty(), IncidentClock.compare(bare, dated));
        assertEquals("XYZ", unknown.unknownZone());
        assertFalse(dated.comparableWith(unknown));
        assertEquals(Optional.empty(), IncidentClock.between(bare, dated));
    }

    @Test
    void dateOnlyValuesCompareByDate() {
        IncidentClock clock = IncidentClock.of(doc(null, null, "2024-03-22", "2024-03-22T10:00", "2024-03-21"));
        assertEquals(OptionalInt.of(0), IncidentClock.compare(clock.entries().get(0), clock.entries().get(1)));
        assertEquals(OptionalInt.of(1), IncidentClock.compare(clock.entries().get(1), clock.entries().get(2)));
    }

    @Test
    void metadataDateIsTheReferenceWhenTheSummaryHasNone() {
        Postmortem pm = doc(null, null, "10:00").withMetadata(Metadata.builder().date(LocalDate.of(2023, 1, 2)).build());
        assertEquals(LocalDate.of(2023, 1, 2), IncidentClock.of(pm).entries().get(0).date());
    }
}
