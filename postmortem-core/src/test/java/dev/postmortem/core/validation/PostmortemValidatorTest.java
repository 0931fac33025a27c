package dev.postmortem.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Severity;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemValidatorTest {

    private static final PostmortemValidator VALIDATOR = PostmortemValidator.defaults();

    /** A complete, consistent postmortem: the neighbour of every broken case below. */
    private static Postmortem complete() {
        return Postmortem.builder()
                .title("Checkout outage")
                .summary(window("2024-03-22T14:00Z[UTC]", "2024-03-22T16:30Z[UTC]", Duration.ofMinutes(150)))
                .timeline(timeline("14:00", "14:45", "16:30"))
                .rootCause("A bad replication factor.")
                .resolution("Rolled back the configuration.")
                .actions(List.of(ActionItem.builder("Add a config check").owner("Ada").build()))
                .build();
    }

    private static Summary window(String start, String end, Duration duration) {
        return Summary.builder().start(start == null ? null : Timestamp.parse(start))
                .end(end == null ? null : Timestamp.parse(end)).duration(duration).build();
    }

    private static Timeline timeline(String... times) {
        return Timeline.of(Arrays.stream(times).map(t -> TimelineEntry.of(Timestamp.parse(t), "Step at " + t)).toList());
    }

    private static List<Diagnostic> findings(Postmortem pm, Rule rule) {
        return VALIDATOR.validate(pm).stream().filter(d -> d.ruleId().equals(rule.id())).toList();
    }

    @Test
    void aCompleteConsistentPostmortemHasNoFindings() {
        assertEquals(List.of(), VALIDATOR.validate(complete()));
    }

    @Test
    void durationMismatchNamesBothDurationsAndTheWindow() {
        Postmortem pm = complete().withSummary(complete().summary().withDuration(Duration.ofHours(3)));
        List<Diagnostic> d = findings(pm, Rule.DURATION_MISMATCH);
        assertEquals(1, d.size());
        assertEquals(Severity.ERROR, d.get(0).severity());
        assertEquals("summary.duration", d.get(0).path());
        assertEquals("the stated duration 3h differs from 2h 30m between start 2024-03-22T14:00Z[UTC] and end "
                + "2024-03-22T16:30Z[UTC]", d.get(0).message());
        assertNull(d.get(0).position());
    }

    @Test
    void durationWithinAMinuteIsNoMismatch() {
        Postmortem pm = complete().withSummary(complete().summary().withDuration(Duration.ofMinutes(150).plusSeconds(59)));
        assertEquals(List.of(), findings(pm, Rule.DURATION_MISMATCH));
    }

    @Test
    void durationOverMidnightWithTimesOnly() {
        Postmortem pm = complete().withSummary(window("22:20-08:00[PST]", "01:05-08:00[PST]", Duration.ofMinutes(165)))
                .withTimeline(timeline("22:20", "23:50", "00:30"));
        assertEquals(List.of(), VALIDATOR.validate(pm));
        assertEquals(1, findings(pm.withSummary(pm.summary().withDuration(Duration.ofMinutes(160))), Rule.DURATION_MISMATCH)
                .size());
    }

    @Test
    void windowOrder() {
        Postmortem pm = complete().withSummary(window("2024-03-22T16:30Z[UTC]", "2024-03-22T14:00Z[UTC]", null));
        List<Diagnostic> d = findings(pm, Rule.WINDOW_ORDER);
        assertEquals(1, d.size());
        assertEquals("summary.end", d.get(0).path());
        assertEquals("the incident ends at 2024-03-22T14:00Z[UTC], before it starts at 2024-03-22T16:30Z[UTC]",
                d.get(0).message());
        // A stated duration with a negative window is window-order's finding only.
        Postmortem withDuration = pm.withSummary(pm.summary().withDuration(Duration.ofHours(1)));
        assertEquals(List.of(), findings(withDuration, Rule.DURATION_MISMATCH));
        // Neighbour: equal start and end are in order.
        assertEquals(List.of(), findings(complete().withSummary(window("2024-03-22T14:00Z", "2024-03-22T14:00Z", null)),
                Rule.WINDOW_ORDER));
    }

    @Test
    void timelineOrderPointsAtEachOffendingEntry() {
        Postmortem pm = complete().withTimeline(timeline("14:00", "14:30", "14:10", "15:00", "14:50"));
        List<Diagnostic> d = findings(pm, Rule.TIMELINE_ORDER);
        assertEquals(List.of("timeline.entries[2].at", "timeline.entries[4].at"), d.stream().map(Diagnostic::path).toList());
        assertEquals("entry 2 at 14:10 is earlier than entry 1 at 14:30 before it", d.get(0).message());
        assertEquals("entry 4 at 14:50 is earlier than entry 3 at 15:00 before it", d.get(1).message());
        assertEquals(List.of(), findings(complete().withTimeline(timeline("14:00", "14:10", "14:10", "14:30")),
                Rule.TIMELINE_ORDER));
    }

    @Test
    void timelineOrderIsSortedNumericallyPastTenEntries() {
        Postmortem pm = complete().withTimeline(timeline("14:00", "14:01", "14:02", "14:03", "14:04", "14:05", "14:06",
                "14:07", "14:08", "14:07", "14:10", "14:09"));
        assertEquals(List.of("timeline.entries[9].at", "timeline.entries[11].at"),
                findings(pm, Rule.TIMELINE_ORDER).stream().map(Diagnostic::path).toList());
    }

    @Test
    void incomparableTimestamps() {
        Postmortem pm = Postmortem.builder().summary(window("14:00Z", "16:00[XYZ]", null))
                .timeline(timeline("14:00", "2024-03-22T15:00")).build();
        List<Diagnostic> d = findings(pm, Rule.TIMESTAMP_INCOMPARABLE);
        assertEquals(List.of("summary.end", "timeline.entries[1].at"), d.stream().map(Diagnostic::path).toList());
        assertEquals("start 14:00Z and end 16:00[XYZ] cannot be ordered: the zone XYZ has no known offset",
                d.get(0).message());
        assertEquals("entry 1 at 2024-03-22T15:00 cannot be ordered against entry 0 at 14:00: 2024-03-22T15:00 has a "
                + "date and the other has none, and the document gives no incident date", d.get(1).message());
        // A date given anywhere in the summary dates the bare times too.
        assertEquals(List.of(), findings(pm.withSummary(window("14:00", "2024-03-22T16:00", null)),
                Rule.TIMESTAMP_INCOMPARABLE));
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertEquals(List.of(), findings(complete(), Rule.TIMESTAMP_INCOMPARABLE));
    }

    @Test
    void unknownZoneIsReportedWhereItIs() {
        Postmortem pm = complete().withTimeline(Timeline.of(List.of(
                TimelineEntry.of(Timestamp.withZoneLabel(null, java.time.LocalTime.of(14, 5), "XYZ"), "Alert fired"))));
        List<Diagnostic> d = findings(pm, Rule.ZONE_UNKNOWN);
        assertEquals(1, d.size());
        assertEquals("timeline.entries[0].at", d.get(0).path());
        assertTrue(d.get(0).message().startsWith("the zone XYZ of 14:05[XYZ] is not a known abbreviation"), d.get(0).message());
        assertEquals(List.of(), findings(complete(), Rule.ZONE_UNKNOWN));
    }

    @Test
    void entryFarOutsideTheWindow() {
        Postmortem pm = complete().withTimeline(timeline("2024-03-22T14:00Z", "2024-03-25T09:00Z"));
        List<Diagnostic> d = findings(pm, Rule.ENTRY_OUTSIDE_WINDOW);
        assertEquals(1, d.size());
        assertEquals("timeline.entries[1].at", d.get(0).path());
        assertEquals("entry 1 at 2024-03-25T09:00Z lies 2d 16h 30m after the incident ends at 2024-03-22T16:30Z[UTC]",
                d.get(0).message());
        assertEquals(List.of(), findings(complete().withTimeline(timeline("2024-03-22T14:00Z", "2024-03-23T09:00Z")),
                Rule.ENTRY_OUTSIDE_WINDOW));
        PostmortemValidator strict = PostmortemValidator.builder().windowTolerance(Duration.ofHours(1)).build();
        assertEquals(1, strict.validate(complete().withTimeline(timeline("2024-03-22T14:00Z", "2024-03-22T18:00Z")))
                .stream().filter(x -> x.ruleId().equals("entry-outside-window")).count());
    }

    @Test
    void missingSections() {
        Postmortem bare = Postmortem.builder().title("Untitled").build();
        List<Diagnostic> d = findings(bare, Rule.SECTION_MISSING);
        assertEquals(List.of("actions", "resolution", "rootCause", "summary.start", "timeline"),
                d.stream().map(Diagnostic::path).toList());
        assertTrue(d.stream().allMatch(x -> x.severity() == Severity.WARNING));
        // A root cause stated only in the summary counts.
        Postmortem summaryCause = complete().withRootCause(null)
                .withSummary(complete().summary().toBuilder().rootCause("Bad config").build());
        assertEquals(List.of(), findings(summaryCause, Rule.SECTION_MISSING));
    }

    @Test
    void actionOwnerMissingOnlyForOpenActions() {
        Postmortem pm = complete().withActions(List.of(
                ActionItem.of("Patch the {cluster} config"),
                ActionItem.builder("Write runbook").status(ActionStatus.DONE).build(),
                ActionItem.builder("Add alert").owner("Grace").build()));
        List<Diagnostic> d = findings(pm, Rule.ACTION_OWNER_MISSING);
        assertEquals(1, d.size());
        assertEquals("actions[0].owner", d.get(0).path());
        // Braces in a value are not read as message parameters.
        assertEquals("action \"Patch the {cluster} config\" has no owner", d.get(0).message());
        assertEquals(Severity.INFO, d.get(0).severity());
    }

    @Test
    void rulesCanBeDisabledById() {
        Postmortem pm = complete().withSummary(complete().summary().withDuration(Duration.ofHours(3)))
                .withActions(List.of(ActionItem.of("Fix")));
        PostmortemValidator v = PostmortemValidator.builder().disable("duration-mismatch").disable(Rule.ACTION_OWNER_MISSING)
                .build();
        assertEquals(List.of(), v.validate(pm));
        assertEquals(Rule.values().length - 2, v.enabledRules().size());
        assertEquals(2, VALIDATOR.validate(pm).size());
    }

    @Test
    void builderRejectsBadOptionsAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PostmortemValidator.builder().disable("no-such-rule"));
        assertTrue(e.getMessage().startsWith("unknown rule id 'no-such-rule', known ids: [duration-mismatch,"), e.getMessage());
        assertEquals("windowTolerance must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> PostmortemValidator.builder().windowTolerance(Duration.ZERO)).getMessage());
    }

    @Test
    void validatorIsSafeToShareBetweenThreads() throws Exception {
        Postmortem bad = complete().withTimeline(timeline("14:00", "14:30", "14:10"));
        List<Diagnostic> expected = VALIDATOR.validate(bad);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<Diagnostic>>>();
            for (int i = 0; i < 400; i++) {
                Postmortem pm = i % 2 == 0 ? bad : complete();
                futures.add(pool.submit(() -> VALIDATOR.validate(pm)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(i % 2 == 0 ? expected : List.of(), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void ruleIdsAreStable() {
        assertEquals(List.of("duration-mismatch", "window-order", "timeline-order", "timestamp-incomparable",
                        "zone-unknown", "entry-outside-window", "section-missing", "action-owner-missing"),
                Arrays.stream(Rule.values()).map(Rule::id).toList());
    }
}
