package dev.postmortem.testkit;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionKind;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.EntryKind;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import dev.postmortem.core.ZoneAbbreviations;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Generates valid postmortems at random, the same ones for the same seed.
 *
 * <p>"Valid" means that {@code PostmortemValidator} finds no error in them (warnings and infos, such
 * as a missing section, may occur). They cover every field kind: absent and present optional parts,
 * unicode text, empty and huge lists, partial timestamps (dated, time-only against the incident's
 * date, time-only without any date), zones as labels or bare offsets, and timelines that run past
 * midnight. Their text is what a Markdown writer can carry over unchanged: single-line titles
 * without colons or Markdown syntax characters, and multi-paragraph bodies with bold, code spans
 * and simple bullet lists mid-text. Generation uses {@link java.util.Random}, whose sequence is
 * specified, so a seed replays the same model on every JDK.
 *
 * <pre>{@code
 * for (long seed : PostmortemGenerator.seeds(1_000).toArray()) {
 *     Postmortem pm = PostmortemGenerator.withSeed(seed).next();
 *     assertEquals(pm, roundTrip(pm), "seed " + seed);
 * }
 * }</pre>
 *
 * <p>A generator is not thread-safe; use one per thread.
 */
public final class PostmortemGenerator {

    /** How the document's timestamps carry dates. */
    enum DateStyle {
        /** Every timestamp has a date. */
        DATED,
        /** Start and end are dated, timeline entries are time-only. */
        TIMES_ON_INCIDENT_DATE,
        /** No timestamp has a date, and neither has the metadata. */
        TIMES_ONLY
    }

    /** How the document's timestamps carry zones. */
    enum ZoneStyle { NONE, LABEL, OFFSET }

    private static final List<String> ZONE_LABELS = List.of(
            "UTC", "GMT", "PST", "PDT", "EST", "EDT", "CET", "CEST", "WAT", "EAT", "JST", "IST_NOT", "UTC+1",
            "GMT-5", "UTC+5:30", "AEST", "NPT", "utc");
    private static final List<String> KIND_PHRASES = List.of(
            "Alert fired for", "Monitoring detected", "Escalated to the database team about",
            "Misleading lead, the team checked", "Rolled back", "Mitigated by shifting", "Full service restored for",
            "Investigated", "Checked", "Restarted");

    private final long seed;
    private final Random random;
    private final int timelineSize;

    private PostmortemGenerator(long seed, int timelineSize) {
        this.seed = seed;
        this.random = new Random(seed);
        this.timelineSize = timelineSize;
    }

    /**
     * Creates a generator for a seed.
     *
     * @param seed the seed; the same seed gives the same sequence of models
     * @return the generator
     */
    public static PostmortemGenerator withSeed(long seed) {
        return new PostmortemGenerator(seed, -1);
    }

    /**
     * Returns a generator whose models have exactly the given number of timeline entries, for
     * benchmarks and scaling tests.
     *
     * @param entries the number of timeline entries, 0 or more
     * @return a new generator with the same seed
     * @throws IllegalArgumentException if entries is negative
     */
    public PostmortemGenerator withTimelineSize(int entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("entries must be >= 0, was " + entries);
        }
        return new PostmortemGenerator(seed, entries);
    }

    /**
     * Returns {@code count} seeds for parameterised tests: a fixed base mixed with the system
     * property {@code postmortem.seed} when it is set, so a run can be moved to other seeds and a
     * failing seed replayed with {@link #withSeed(long)}.
     *
     * @param count how many seeds
     * @return the seeds
     */
    public static LongStream seeds(int count) {
        long base = Long.getLong("postmortem.seed", 20240322L);
        return LongStream.range(0, count).map(i -> base * 1_000_003L + i);
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
     * Generates the next valid postmortem.
     *
     * @return a postmortem without validation errors
     */
    public Postmortem next() {
        DateStyle dates = DateStyle.values()[random.nextInt(3)];
        ZoneStyle zones = ZoneStyle.values()[random.nextInt(3)];
        return next(dates, zones, random.nextInt(10) > 0, random.nextInt(8) > 0);
    }

    Postmortem next(DateStyle dates, ZoneStyle zones, boolean withWindow, boolean withTimeline) {
        Random r = random;
        int entryCount = timelineSize >= 0 ? timelineSize
                : !withTimeline ? 0
                : r.nextInt(100) == 0 ? 200 + r.nextInt(800)
                : 1 + r.nextInt(14);
        if (dates != DateStyle.DATED && timelineSize < 0) {
            entryCount = Math.min(entryCount, 12); // time-only spans must stay under 12 hours
        }
        String label = zones == ZoneStyle.LABEL ? pickLabel(r) : null;
        ZoneOffset offset = zones == ZoneStyle.OFFSET ? randomOffset(r)
                : label == null ? null : ZoneAbbreviations.offsetOf(label).orElseThrow();
        boolean entriesZoned = zones != ZoneStyle.NONE && r.nextBoolean();

        LocalDateTime start = LocalDateTime.of(2015 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60));
        int maxStep = dates == DateStyle.DATED ? 90 : Math.max(1, 600 / Math.max(1, entryCount));
        List<LocalDateTime> times = new ArrayList<>(entryCount);
        LocalDateTime t = dates == DateStyle.TIMES_ONLY ? start : start.minusMinutes(r.nextInt(30));
        for (int i = 0; i < entryCount; i++) {
            times.add(t);
            t = t.plusMinutes(r.nextInt(maxStep + 1));
        }
        LocalDateTime last = times.isEmpty() ? start : times.get(times.size() - 1);
        LocalDateTime end = last.isBefore(start) ? start.plusMinutes(r.nextInt(120))
                : last.plusMinutes(r.nextInt(dates == DateStyle.DATED ? 240 : 60));

        Summary.Builder summary = Summary.builder();
        if (withWindow) {
            summary.start(stamp(start, dates != DateStyle.TIMES_ONLY, offset, label));
            summary.end(stamp(end, dates != DateStyle.TIMES_ONLY, offset, label));
            if (r.nextInt(10) < 7) {
                summary.duration(Duration.between(start, end));
            }
        }
        if (r.nextInt(10) < 6) {
            summary.description(Words.body(r, false));
        }
        if (r.nextInt(10) < 7) {
            summary.impact(Words.paragraph(r, true));
        }
        if (r.nextInt(10) < 6) {
            summary.rootCause(Words.paragraph(r, true));
        }

        List<TimelineEntry> entries = new ArrayList<>(entryCount);
        for (LocalDateTime at : times) {
            Timestamp ts = r.nextInt(40) == 0 && timelineSize < 0 ? null
                    : stamp(at, dates == DateStyle.DATED, entriesZoned ? offset : null, entriesZoned ? label : null);
            String text = r.nextInt(3) == 0 ? Words.pick(r, KIND_PHRASES) + " " + Words.words(r, 1, 8)
                    : Words.title(r, 2, 12);
            EntryKind kind = r.nextInt(10) < 7 ? null : EntryKind.values()[r.nextInt(EntryKind.values().length)];
            entries.add(new TimelineEntry(ts, text, kind));
        }
        Timeline timeline = new Timeline(r.nextInt(6) == 0 ? Words.paragraph(r, false) : null, entries);

        return Postmortem.builder()
                .title(r.nextInt(20) == 0 ? null : Words.title(r, 2, 7))
                .metadata(metadata(r, dates == DateStyle.TIMES_ONLY ? null : start.toLocalDate()))
                .summary(summary.build())
                .timeline(timeline)
                .rootCause(r.nextInt(10) < 8 ? Words.body(r, true) : null)
                .resolution(r.nextInt(10) < 8 ? Words.body(r, true) : null)
                .lessons(r.nextInt(10) < 4 ? Words.body(r, true) : null)
                .actions(actions(r))
                .sections(sections(r))
                .contributors(contributors(r))
                .build();
    }

    private static ZoneOffset randomOffset(Random r) {
        int hours = r.nextInt(25) - 12;
        int minutes = r.nextInt(4) == 0 ? 30 : 0;
        return ZoneOffset.ofTotalSeconds(hours * 3600 + (hours < 0 ? -minutes : minutes) * 60);
    }

    private static String pickLabel(Random r) {
        String label;
        do {
            label = Words.pick(r, ZONE_LABELS);
        } while (!ZoneAbbreviations.isKnown(label));
        return label;
    }

    private static Timestamp stamp(LocalDateTime at, boolean dated, ZoneOffset offset, String label) {
        return new Timestamp(dated ? at.toLocalDate() : null, at.toLocalTime(), offset, label);
    }

    private static Metadata metadata(Random r, LocalDate date) {
        if (r.nextBoolean()) {
            return Metadata.EMPTY;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        int extras = r.nextInt(3);
        List<String> keys = List.of("team", "service", "region", "reviewers", "customerFacing", "pagerduty_id");
        for (int i = 0; i < extras; i++) {
            extra.put(Words.pick(r, keys), Words.words(r, 1, 3).replace(",", ""));
        }
        return Metadata.builder()
                .id(r.nextBoolean() ? "INC-" + (1000 + r.nextInt(9000)) : null)
                .status(r.nextBoolean() ? Words.pick(r, List.of("draft", "in review", "final")) : null)
                .severity(r.nextBoolean() ? Words.pick(r, List.of("SEV1", "SEV2", "SEV3", "P1", "major")) : null)
                .date(r.nextBoolean() ? date : null)
                .authors(names(r, r.nextInt(3)))
                .tags(tags(r))
                .extra(extra)
                .build();
    }

    private static List<String> names(Random r, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Words.pick(r, Words.NAMES));
        }
        return out;
    }

    private static List<String> tags(Random r) {
        int n = r.nextInt(4);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Words.pick(r, List.of("database", "network", "config", "deploy", "customer-impact", "sev1")));
        }
        return out;
    }

    private static List<ActionItem> actions(Random r) {
        int n = r.nextInt(100) == 0 ? 100 : r.nextInt(7);
        List<ActionItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ActionItem.builder(Words.title(r, 2, 8))
                    .description(r.nextBoolean() ? Words.paragraph(r, true) : null)
                    .owner(r.nextInt(10) < 7 ? Words.pick(r, Words.NAMES) : null)
                    .due(r.nextInt(10) < 4 ? LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28)) : null)
                    .status(r.nextInt(5) == 0 ? null : ActionStatus.values()[r.nextInt(ActionStatus.values().length)])
                    .kind(r.nextInt(3) == 0 ? null : ActionKind.values()[r.nextInt(ActionKind.values().length)])
                    .link(r.nextInt(10) < 3 ? "https://tracker.example.com/browse/OPS-" + (100 + r.nextInt(900)) : null)
                    .build());
        }
        return out;
    }

    private static List<Section> sections(Random r) {
        int n = r.nextInt(4);
        List<Section> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String heading = Words.pick(r, Words.SECTION_HEADINGS);
            out.add(new Section(heading, r.nextInt(10) == 0 ? "" : Words.body(r, true)));
        }
        return out;
    }

    private static List<Contributor> contributors(Random r) {
        int n = r.nextInt(4);
        List<Contributor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = Words.pick(r, Words.NAMES);
            out.add(new Contributor(name, r.nextBoolean()
                    ? "https://example.com/people/" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")
                    : null));
        }
        return out;
    }
}
