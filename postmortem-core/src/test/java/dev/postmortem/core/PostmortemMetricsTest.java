package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemMetricsTest {

    private static TimelineEntry entry(String at, String text) {
        return TimelineEntry.of(Timestamp.parse(at), text);
    }

    private static final Postmortem SHOP = Postmortem.builder()
            .summary(Summary.builder().start(Timestamp.parse("2024-03-22T14:00Z[UTC]"))
                    .end(Timestamp.parse("2024-03-22T16:30Z[UTC]")).build())
            .timeline(Timeline.of(List.of(
                    entry("13:55", "Checked the dashboards"),
                    entry("14:05", "Monitoring alerted the on-call engineer"),
                    entry("14:45", "Escalated to the database team"),
                    entry("15:30", "Rolled back the configuration"),
                    entry("16:20", "Full service restored"))))
            .actions(List.of(ActionItem.of("a"), ActionItem.of("b").withStatus(ActionStatus.DONE)))
            .build();

    @Test
    void measuresFromTheStartToTheFirstEntryOfEachKind() {
        PostmortemMetrics m = PostmortemMetrics.of(SHOP);
        assertEquals(new PostmortemMetrics.Span(Duration.ofMinutes(5), "summary.start", "timeline.entries[1]"),
                m.timeToDetect());
        assertEquals(new PostmortemMetrics.Span(Duration.ofMinutes(90), "summary.start", "timeline.entries[3]"),
                m.timeToMitigate());
        assertEquals(new PostmortemMetrics.Span(Duration.ofMinutes(140), "summary.start", "timeline.entries[4]"),
                m.timeToResolve());
        assertEquals(new PostmortemMetrics.Span(Duration.ofMinutes(150), "summary.start", "summary.end"), m.duration());
        assertEquals(2, m.actions());
        assertEquals(1, m.openActions());
    }

    @Test
    void fallsBackToEndAndResolutionAndStatedDuration() {
        Postmortem pm = SHOP.withTimeline(Timeline.of(List.of(entry("14:10", "Users reported errors"))))
                .withSummary(SHOP.summary().withDuration(Duration.ofHours(3)));
        PostmortemMetrics m = PostmortemMetrics.of(pm);
        assertEquals("summary.end", m.timeToResolve().to());
        assertNull(m.timeToMitigate());
        assertEquals(new PostmortemMetrics.Span(Duration.ofHours(3), "summary.duration", "summary.duration"), m.duration());
    }

    @Test
    void nothingIsMeasuredAcrossIncomparableTimes() {
        Postmortem pm = Postmortem.builder()
                .timeline(Timeline.of(List.of(entry("10:00", "Investigated"), entry("2024-01-01T11:00", "Alert fired"))))
                .build();
        PostmortemMetrics m = PostmortemMetrics.of(pm);
        assertNull(m.timeToDetect());
        assertNull(m.duration());
    }

    @Test
    void statisticsUseNearestRank() {
        List<Duration> values = List.of(5, 1, 4, 2, 3, 10, 9, 8, 7, 6).stream().map(Duration::ofMinutes).toList();
        MetricsSummary.Statistics s = MetricsSummary.Statistics.of(values);
        assertEquals(10, s.count());
        assertEquals(Duration.ofMinutes(5), s.median());
        assertEquals(Duration.ofMinutes(9), s.p90());
        assertEquals(new MetricsSummary.Statistics(0, null, null), MetricsSummary.Statistics.of(List.of()));
        MetricsSummary sum = MetricsSummary.of(List.of(PostmortemMetrics.of(SHOP), PostmortemMetrics.of(Postmortem.builder().build())));
        assertEquals(2, sum.documents());
        assertEquals(1, sum.timeToDetect().count());
        assertEquals(2, sum.actions());
        assertEquals(1, sum.openActions());
    }
}
