package dev.postmortem.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Figures of many postmortems summarised: for each time, how many documents state it, its median
 * and its 90th percentile; and the actions in all.
 *
 * <p>Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value
 * at rank ceil(p/100 * n), so it is always one of the measured values.
 *
 * @param documents      how many postmortems were summarised
 * @param timeToDetect   statistics of the time to detect
 * @param timeToMitigate statistics of the time to mitigate
 * @param timeToResolve  statistics of the time to resolve
 * @param duration       statistics of the duration
 * @param actions        the number of actions in all
 * @param openActions    how many of them are open
 */
public record MetricsSummary(int documents, Statistics timeToDetect, Statistics timeToMitigate,
        Statistics timeToResolve, Statistics duration, int actions, int openActions) {

    /**
     * Summarises the figures of many postmortems.
     *
     * @param metrics the figures, one per postmortem
     * @return the summary
     */
    public static MetricsSummary of(Collection<PostmortemMetrics> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        return new MetricsSummary(metrics.size(),
                Statistics.of(values(metrics, PostmortemMetrics::timeToDetect)),
                Statistics.of(values(metrics, PostmortemMetrics::timeToMitigate)),
                Statistics.of(values(metrics, PostmortemMetrics::timeToResolve)),
                Statistics.of(values(metrics, PostmortemMetrics::duration)),
                metrics.stream().mapToInt(PostmortemMetrics::actions).sum(),
                metrics.stream().mapToInt(PostmortemMetrics::openActions).sum());
    }

    private static List<Duration> values(Collection<PostmortemMetrics> metrics,
            Function<PostmortemMetrics, PostmortemMetrics.Span> figure) {
        List<Duration> out = new ArrayList<>();
        for (PostmortemMetrics m : metrics) {
            PostmortemMetrics.Span s = figure.apply(m);
            if (s != null) {
                out.add(s.duration());
            }
        }
        return out;
    }

    /**
     * Count, median and 90th percentile of one figure.
     *
     * @param count  how many documents state the figure
     * @param median the median, or {@code null} when count is 0
     * @param p90    the 90th percentile, or {@code null} when count is 0
     */
    public record Statistics(int count, Duration median, Duration p90) {

        /**
         * Computes the statistics of some values.
         *
         * @param values the values, in any order
         * @return their statistics
         */
        public static Statistics of(Collection<Duration> values) {
            List<Duration> sorted = new ArrayList<>(values);
            sorted.sort(null);
            if (sorted.isEmpty()) {
                return new Statistics(0, null, null);
            }
            return new Statistics(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
        }

        private static Duration percentile(List<Duration> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(1, rank) - 1);
        }
    }
}
