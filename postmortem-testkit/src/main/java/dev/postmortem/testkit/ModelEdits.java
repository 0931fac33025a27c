package dev.postmortem.testkit;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Seeded random edits of a postmortem, one kind at a time, of the sort a tool makes to a document
 * (mark an action done, add a timeline entry, fix an end time). Each edit changes exactly the part
 * its kind names, with values a document can hold: plain words, times between their neighbours.
 *
 * <pre>{@code
 * ModelEdits edits = ModelEdits.withSeed(42);
 * Postmortem edited = edits.apply(ModelEdits.Kind.ACTION_STATUS, parsed);   // null when not applicable
 * }</pre>
 *
 * <p>Not thread-safe (it holds a {@link Random}); the same seed gives the same edits.
 */
public final class ModelEdits {

    /** The kinds of edit. */
    public enum Kind {
        /** Moves the summary's start by a few minutes. */
        SUMMARY_START,
        /** Moves the summary's end by a few minutes. */
        SUMMARY_END,
        /** Changes the stated duration. */
        SUMMARY_DURATION,
        /** Rewrites the impact statement. */
        SUMMARY_IMPACT,
        /** Adds a timeline entry after an existing one, timed between it and the next. */
        TIMELINE_ADD,
        /** Removes a timeline entry. */
        TIMELINE_REMOVE,
        /** Swaps two neighbouring timeline entries. */
        TIMELINE_REORDER,
        /** Changes a timeline entry's text. */
        TIMELINE_EDIT_TEXT,
        /** Moves a timeline entry's time within the gap to its neighbours. */
        TIMELINE_EDIT_TIME,
        /** Adds a corrective action. */
        ACTION_ADD,
        /** Changes an action's status. */
        ACTION_STATUS,
        /** Gives an action another owner (or its first). */
        ACTION_OWNER,
        /** Rewrites the body of a kept section. */
        SECTION_EDIT,
        /** Adds a section (the first one where the document has none). */
        SECTION_ADD,
        /** Changes the metadata (status, or a new tag). */
        METADATA
    }

    private static final List<String> WORDS = List.of("replica", "cache", "rollback", "dashboard", "latency", "queue",
            "deploy", "certificate", "gateway", "storage", "traffic", "on-call", "index", "pods", "Zürich", "café");
    private static final List<String> OWNERS = List.of("Ada Lovelace", "Grace Hopper", "Li Wei", "Priya Patel", "José Álvarez");

    private final Random random;
    private final long seed;

    private ModelEdits(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Returns edits from a seed.
     *
     * @param seed the seed
     * @return a new edit source
     */
    public static ModelEdits withSeed(long seed) {
        return new ModelEdits(seed);
    }

    /**
     * Returns the seed, to print with a failure.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Applies one random edit of a kind.
     *
     * @param kind what to edit
     * @param p    the postmortem
     * @return the edited postmortem, or null when the kind does not apply (no start to move, no kept section)
     */
    public Postmortem apply(Kind kind, Postmortem p) {
        Summary s = p.summary();
        List<TimelineEntry> entries = p.timeline().entries();
        return switch (kind) {
            case SUMMARY_START -> s.start() == null || !s.start().hasTime() ? null
                    : p.withSummary(s.withStart(shift(s.start(), minutes(1, 59))));
            case SUMMARY_END -> s.end() == null || !s.end().hasTime() ? null
                    : p.withSummary(s.withEnd(shift(s.end(), minutes(1, 59))));
            case SUMMARY_DURATION -> s.duration() == null ? null
                    : p.withSummary(s.withDuration(s.duration().plusMinutes(minutes(5, 90)).abs()));
            case SUMMARY_IMPACT -> s.impact() == null ? null : p.withSummary(s.withImpact(sentence()));
            case TIMELINE_ADD -> addEntry(p, entries);
            case TIMELINE_REMOVE -> {
                if (entries.isEmpty()) {
                    yield null;
                }
                List<TimelineEntry> l = new ArrayList<>(entries);
                l.remove(random.nextInt(l.size()));
                yield p.withTimeline(p.timeline().withEntries(l));
            }
            case TIMELINE_REORDER -> {
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i + 1 < entries.size(); i++) {
                    if (!entries.get(i).equals(entries.get(i + 1)) && sameDay(entries.get(i).at(), entries.get(i + 1).at())) {
                        candidates.add(i);
                    }
                }
                if (candidates.isEmpty()) {
                    yield null;
                }
                int i = candidates.get(random.nextInt(candidates.size()));
                List<TimelineEntry> l = new ArrayList<>(entries);
                l.set(i, entries.get(i + 1));
                l.set(i + 1, entries.get(i));
                yield p.withTimeline(p.timeline().withEntries(l));
            }
            case TIMELINE_EDIT_TEXT -> {
                List<Integer> candidates = indexes(entries.size(), i -> !entries.get(i).text().isEmpty());
                if (candidates.isEmpty()) {
                    yield null;
                }
                int i = candidates.get(random.nextInt(candidates.size()));
                List<TimelineEntry> l = new ArrayList<>(entries);
                l.set(i, new TimelineEntry(entries.get(i).at(), sentence(), null));
                yield p.withTimeline(p.timeline().withEntries(l));
            }
            case TIMELINE_EDIT_TIME -> {
                List<Integer> candidates = indexes(entries.size(), i -> gap(entries, i) != null);
                if (candidates.isEmpty()) {
                    yield null;
                }
                int i = candidates.get(random.nextInt(candidates.size()));
                LocalTime[] g = gap(entries, i);
                LocalTime t = between(g[0], g[1]);
                if (t == null || t.equals(entries.get(i).at().time())) {
                    yield null;
                }
                List<TimelineEntry> l = new ArrayList<>(entries);
                l.set(i, entries.get(i).withAt(withTime(entries.get(i).at(), t)));
                yield p.withTimeline(p.timeline().withEntries(l));
            }
            case ACTION_ADD -> {
                if (p.actions().isEmpty()) {
                    yield null;
                }
                List<ActionItem> l = new ArrayList<>(p.actions());
                ActionItem like = l.get(random.nextInt(l.size()));
                ActionItem a = ActionItem.builder(title())
                        .owner(like.owner() == null ? null : pick(OWNERS))
                        .status(like.status() == null ? null : ActionStatus.OPEN)
                        .build();
                l.add(random.nextInt(l.size() + 1), a);
                yield p.withActions(l);
            }
            case ACTION_STATUS -> {
                if (p.actions().isEmpty()) {
                    yield null;
                }
                List<ActionItem> l = new ArrayList<>(p.actions());
                int i = random.nextInt(l.size());
                ActionStatus now = l.get(i).status();
                ActionStatus next = now == ActionStatus.DONE ? ActionStatus.OPEN : ActionStatus.DONE;
                l.set(i, l.get(i).withStatus(next));
                yield p.withActions(l);
            }
            case ACTION_OWNER -> {
                if (p.actions().isEmpty()) {
                    yield null;
                }
                List<ActionItem> l = new ArrayList<>(p.actions());
                int i = random.nextInt(l.size());
                String owner = pick(OWNERS);
                if (owner.equals(l.get(i).owner())) {
                    owner = owner + " Jr";
                }
                l.set(i, l.get(i).withOwner(owner));
                yield p.withActions(l);
            }
            case SECTION_EDIT -> {
                List<Integer> candidates = indexes(p.sections().size(), i -> !p.sections().get(i).body().isBlank());
                if (candidates.isEmpty()) {
                    yield null;
                }
                int i = candidates.get(random.nextInt(candidates.size()));
                List<Section> l = new ArrayList<>(p.sections());
                // prose of three sentences: a single short sentence could read as an item where the section
                // holds the text of an actions part that is not an item
                l.set(i, new Section(l.get(i).heading(), sentence() + " " + sentence() + " " + sentence()));
                yield p.withSections(l);
            }
            case SECTION_ADD -> {
                List<Section> l = new ArrayList<>(p.sections());
                l.add(random.nextInt(l.size() + 1), new Section("Follow-up " + (1 + random.nextInt(99)),
                        sentence() + " " + sentence() + " " + sentence()));
                yield p.withSections(l);
            }
            case METADATA -> {
                Metadata m = p.metadata();
                Metadata.Builder b = m.toBuilder();
                if (m.status() != null && random.nextBoolean()) {
                    b.status(m.status().equals("resolved") ? "monitoring" : "resolved");
                } else {
                    List<String> tags = new ArrayList<>(m.tags());
                    tags.add("edited-" + random.nextInt(1000));
                    b.tags(tags);
                }
                yield p.withMetadata(b.build());
            }
        };
    }

    private Postmortem addEntry(Postmortem p, List<TimelineEntry> entries) {
        List<Integer> candidates = indexes(entries.size(), i -> entries.get(i).at() != null && entries.get(i).at().hasTime());
        if (candidates.isEmpty()) {
            return null;
        }
        int i = candidates.get(random.nextInt(candidates.size()));
        TimelineEntry prev = entries.get(i);
        LocalTime from = prev.at().time();
        LocalTime to = null;
        for (int k = i + 1; k < entries.size() && to == null; k++) {
            Timestamp at = entries.get(k).at();
            if (at != null && at.hasTime()) {
                to = sameDay(prev.at(), at) && !at.time().isBefore(from) ? at.time() : from;
            }
        }
        LocalTime t = between(from, to == null ? from.plusMinutes(Math.min(30, 1439 - from.getHour() * 60 - from.getMinute()))
                : to);
        if (t == null) {
            return null;
        }
        List<TimelineEntry> l = new ArrayList<>(entries);
        l.add(i + 1, new TimelineEntry(withTime(prev.at(), t), sentence(), null));
        return p.withTimeline(p.timeline().withEntries(l));
    }

    /** The times of the neighbours of entry i on its day, when it has room to move between them. */
    private static LocalTime[] gap(List<TimelineEntry> entries, int i) {
        Timestamp at = entries.get(i).at();
        if (at == null || !at.hasTime()) {
            return null;
        }
        LocalTime lo = at.time();
        LocalTime hi = at.time();
        if (i > 0 && entries.get(i - 1).at() != null && entries.get(i - 1).at().hasTime()
                && sameDay(entries.get(i - 1).at(), at) && !entries.get(i - 1).at().time().isAfter(at.time())) {
            lo = entries.get(i - 1).at().time();
        }
        if (i + 1 < entries.size() && entries.get(i + 1).at() != null && entries.get(i + 1).at().hasTime()
                && sameDay(entries.get(i + 1).at(), at) && !entries.get(i + 1).at().time().isBefore(at.time())) {
            hi = entries.get(i + 1).at().time();
        }
        return Duration.between(lo, hi).toMinutes() >= 2 ? new LocalTime[] {lo, hi} : null;
    }

    private LocalTime between(LocalTime from, LocalTime to) {
        long gap = Duration.between(from, to).toMinutes();
        if (gap < 2) {
            return null;
        }
        return from.withSecond(0).withNano(0).plusMinutes(1 + random.nextInt((int) gap - 1));
    }

    private static boolean sameDay(Timestamp a, Timestamp b) {
        return a != null && b != null && Objects.equals(a.date(), b.date());
    }

    private static Timestamp withTime(Timestamp at, LocalTime t) {
        return new Timestamp(at.date(), t, at.offset(), at.zoneLabel());
    }

    private Timestamp shift(Timestamp at, int minutes) {
        int delta = random.nextBoolean() ? minutes : -minutes;
        int m = at.time().toSecondOfDay() / 60 + delta;
        if (m < 0 || m >= 24 * 60) {
            delta = -delta; // stay on the same day
        }
        return withTime(at, at.time().plusMinutes(delta));
    }

    private int minutes(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private String sentence() {
        StringBuilder sb = new StringBuilder("Edited:");
        int n = 3 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(pick(WORDS));
        }
        return sb.append('.').toString();
    }

    private String title() {
        return "Check the " + pick(WORDS) + " " + pick(WORDS) + " " + (100 + random.nextInt(900));
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<Integer> indexes(int size, java.util.function.IntPredicate ok) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (ok.test(i)) {
                out.add(i);
            }
        }
        return out;
    }
}
