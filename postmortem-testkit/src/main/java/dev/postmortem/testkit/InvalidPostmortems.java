package dev.postmortem.testkit;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import dev.postmortem.core.validation.Rule;
import dev.postmortem.testkit.PostmortemGenerator.DateStyle;
import dev.postmortem.testkit.PostmortemGenerator.ZoneStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Generates postmortems that each break exactly one validation rule, together with the valid
 * postmortem they were made from, the same ones for the same seed.
 *
 * <p>"Exactly one" means: validating the broken model gives every finding the valid one gives,
 * plus one or more findings of {@link InvalidPostmortem#rule()}, and nothing else.
 *
 * <pre>{@code
 * InvalidPostmortems gen = InvalidPostmortems.withSeed(7);
 * InvalidPostmortem c = gen.next(Rule.TIMELINE_ORDER);
 * }</pre>
 *
 * <p>Not thread-safe; use one per thread.
 */
public final class InvalidPostmortems {

    private final long seed;
    private final Random random;
    private final PostmortemGenerator valid;

    private InvalidPostmortems(long seed) {
        this.seed = seed;
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.valid = PostmortemGenerator.withSeed(seed);
    }

    /**
     * Creates a generator for a seed.
     *
     * @param seed the seed
     * @return the generator
     */
    public static InvalidPostmortems withSeed(long seed) {
        return new InvalidPostmortems(seed);
    }

    /**
     * Returns the seed of this generator.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Generates a postmortem that breaks a rule chosen at random.
     *
     * @return the broken postmortem with its rule and the valid original
     */
    public InvalidPostmortem next() {
        return next(Rule.values()[random.nextInt(Rule.values().length)]);
    }

    /**
     * Generates a postmortem that breaks the given rule.
     *
     * @param rule the rule to break
     * @return the broken postmortem with its rule and the valid original
     */
    public InvalidPostmortem next(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        Random r = random;
        switch (rule) {
            case DURATION_MISMATCH: {
                Postmortem base = withDuration(valid.next(randomDates(r), randomZones(r), true, r.nextBoolean()));
                Duration stated = base.summary().duration();
                Duration wrong = r.nextBoolean() || stated.toMinutes() < 2
                        ? stated.plusMinutes(1 + r.nextInt(600)) : stated.minusMinutes(1 + r.nextInt((int) stated.toMinutes() - 1));
                return new InvalidPostmortem(rule, base, base.withSummary(base.summary().withDuration(wrong)),
                        "stated duration " + wrong + " instead of " + stated);
            }
            case WINDOW_ORDER: {
                Postmortem base = valid.next(DateStyle.DATED, randomZones(r), true, r.nextBoolean());
                base = base.withSummary(base.summary().toBuilder().duration(null).build());
                Summary s = base.summary();
                Timestamp early = s.start().withDate(s.start().date().minusDays(2 + r.nextInt(5)));
                Postmortem broken = base.withSummary(s.toBuilder().start(s.end()).end(early).build());
                // Keep entries near the new window so that only window-order changes.
                broken = broken.withTimeline(Timeline.EMPTY.withNotes(base.timeline().notes()));
                base = base.withTimeline(broken.timeline());
                return new InvalidPostmortem(rule, base, broken, "end moved before start");
            }
            case TIMELINE_ORDER: {
                Postmortem base = validWith(r, p -> hasDistinctNeighbours(p.timeline().entries()), DateStyle.DATED, true);
                List<TimelineEntry> entries = new ArrayList<>(base.timeline().entries());
                int i = firstDistinctNeighbour(entries);
                TimelineEntry a = entries.get(i);
                entries.set(i, entries.get(i + 1));
                entries.set(i + 1, a);
                return new InvalidPostmortem(rule, base, base.withTimeline(base.timeline().withEntries(entries)),
                        "entries " + i + " and " + (i + 1) + " swapped");
            }
            case TIMESTAMP_INCOMPARABLE: {
                Postmortem base = validWith(r, p -> p.timeline().entries().size() >= 2
                        && p.timeline().entries().stream().allMatch(e -> e.at() != null), DateStyle.TIMES_ONLY, false);
                List<TimelineEntry> entries = new ArrayList<>(base.timeline().entries());
                int last = entries.size() - 1;
                TimelineEntry e = entries.get(last);
                entries.set(last, e.withAt(e.at().withDate(java.time.LocalDate.of(2024, 3, 22))));
                return new InvalidPostmortem(rule, base, base.withTimeline(base.timeline().withEntries(entries)),
                        "last entry dated in a document without dates");
            }
            case ZONE_UNKNOWN: {
                Postmortem base = valid.next(randomDates(r), ZoneStyle.NONE, r.nextBoolean(), true);
                String label = r.nextBoolean() ? "XYZT" : "Mars Time";
                Summary s = base.summary();
                Postmortem broken = base.withSummary(s.toBuilder()
                                .start(relabel(s.start(), label)).end(relabel(s.end(), label)).build())
                        .withTimeline(base.timeline().withEntries(base.timeline().entries().stream()
                                .map(en -> en.withAt(relabel(en.at(), label))).toList()));
                return new InvalidPostmortem(rule, base, broken, "every time labelled with unknown zone " + label);
            }
            case ENTRY_OUTSIDE_WINDOW: {
                Postmortem base = validWith(r, p -> p.summary().end() != null, DateStyle.DATED, true);
                Timestamp end = base.summary().end();
                Timestamp late = end.withDate(end.date().plusDays(3 + r.nextInt(30)));
                List<TimelineEntry> entries = new ArrayList<>(base.timeline().entries());
                entries.add(TimelineEntry.of(late, "Follow-up review held"));
                return new InvalidPostmortem(rule, base, base.withTimeline(base.timeline().withEntries(entries)),
                        "entry appended days after the end");
            }
            case SECTION_MISSING: {
                Postmortem base = validWith(r, p -> p.resolution() != null, randomDates(r), r.nextBoolean());
                return new InvalidPostmortem(rule, base, base.withResolution(null), "resolution removed");
            }
            case ACTION_OWNER_MISSING: {
                Postmortem base = validWith(r, p -> !p.actions().isEmpty(), randomDates(r), r.nextBoolean());
                List<ActionItem> actions = new ArrayList<>(base.actions());
                actions.add(ActionItem.builder("Add an alert on replication lag").status(ActionStatus.OPEN).build());
                return new InvalidPostmortem(rule, base, base.withActions(actions), "action without owner appended");
            }
            default:
                throw new IllegalArgumentException("no invalid variant for rule " + rule);
        }
    }

    private Postmortem validWith(Random r, java.util.function.Predicate<Postmortem> wanted, DateStyle dates, boolean window) {
        for (int attempt = 0; ; attempt++) {
            Postmortem p = valid.next(dates, randomZones(r), window, true);
            if (wanted.test(p)) {
                return p;
            }
            if (attempt > 10_000) {
                throw new IllegalStateException("no suitable base model found for seed " + seed);
            }
        }
    }

    private static Postmortem withDuration(Postmortem p) {
        Summary s = p.summary();
        if (s.duration() != null) {
            return p;
        }
        var clock = dev.postmortem.core.IncidentClock.of(p);
        Duration d = dev.postmortem.core.IncidentClock.between(clock.start().orElseThrow(), clock.end().orElseThrow())
                .orElseThrow();
        return p.withSummary(s.withDuration(d));
    }

    private static Timestamp relabel(Timestamp t, String label) {
        if (t == null || t.time() == null) {
            return t;
        }
        return Timestamp.withZoneLabel(t.date(), t.time(), label);
    }

    private static boolean hasDistinctNeighbours(List<TimelineEntry> entries) {
        return firstDistinctNeighbour(entries) >= 0;
    }

    private static int firstDistinctNeighbour(List<TimelineEntry> entries) {
        for (int i = 0; i + 1 < entries.size(); i++) {
            Timestamp a = entries.get(i).at();
            Timestamp b = entries.get(i + 1).at();
            if (a != null && b != null && !a.date().atTime(a.time()).equals(b.date().atTime(b.time()))) {
                return i;
            }
        }
        return -1;
    }

    private static DateStyle randomDates(Random r) {
        return DateStyle.values()[r.nextInt(DateStyle.values().length)];
    }

    private static ZoneStyle randomZones(Random r) {
        return ZoneStyle.values()[r.nextInt(ZoneStyle.values().length)];
    }

    /**
     * A postmortem that breaks one rule, and the valid postmortem it was made from.
     *
     * @param rule        the rule it breaks
     * @param valid       the valid original
     * @param invalid     the broken postmortem
     * @param description what was changed, for failure messages
     */
    public record InvalidPostmortem(Rule rule, Postmortem valid, Postmortem invalid, String description) {
    }
}
