package dev.postmortem.json.internal;

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
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;

/**
 * Reads format version 1 from a token stream, strictly: every problem is a {@link FormatProblem}
 * at the offending token, and every exception leaving a nested value gets that value's property
 * name or index prepended to its path, so the path names the exact place.
 */
public final class Reading {

    /** Four digits, a month and a day: what {@link LocalDate#toString()} writes for years 0000 to 9999. */
    private static final EntryKind[] ENTRYKIND_VALUES = EntryKind.values();
    private static final ActionStatus[] ACTIONSTATUS_VALUES = ActionStatus.values();
    private static final ActionKind[] ACTIONKIND_VALUES = ActionKind.values();
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A non-negative ISO-8601 duration as {@link Duration#toString()} writes it, days allowed. */
    static final Pattern DURATION = Pattern.compile(
            "P(?!$)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d{1,9})?S)?)?");

    private Reading() {
    }

    // ---------------------------------------------------------------- root

    /**
     * Reads a postmortem document; the parser is at its start token.
     *
     * @param p    the parser
     * @param ctxt the context, for the unknown-property setting
     * @return the postmortem
     */
    public static Postmortem postmortem(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        RootFields f = new RootFields();
        readObject(p, ctxt, Postmortem.class, f, Reading::rootProperty);
        if (f.pendingUnknown != null) {
            throw f.pendingUnknown;
        }
        if (!f.versionSeen) {
            throw FormatProblem.at(p, start, "missing required property 'formatVersion' (this library writes "
                    + Format.VERSION + ")");
        }
        try {
            return new Postmortem(f.title, f.metadata, f.summary, f.timeline, f.rootCause, f.resolution, f.lessons,
                    f.actions, f.sections, f.contributors);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw FormatProblem.at(p, start, "not a valid postmortem: " + e.getMessage(), e);
        }
    }

    private static final class RootFields implements Deferring {
        boolean versionSeen;
        FormatProblem pendingUnknown;

        @Override
        public boolean mayDefer() {
            // A newer format may add properties before its formatVersion: report the version,
            // which explains them, rather than the first of them.
            return !versionSeen;
        }

        @Override
        public void defer(FormatProblem unknown) {
            if (pendingUnknown == null) {
                pendingUnknown = unknown;
            }
        }

        String title;
        Metadata metadata;
        Summary summary;
        Timeline timeline;
        String rootCause;
        String resolution;
        String lessons;
        List<ActionItem> actions;
        List<Section> sections;
        List<Contributor> contributors;
    }

    private static boolean rootProperty(RootFields f, String name, JsonParser p, DeserializationContext ctxt) {
        switch (name) {
            case "formatVersion":
                formatVersion(p);
                f.versionSeen = true;
                if (f.pendingUnknown != null) {
                    throw f.pendingUnknown;
                }
                return true;
            case "title":
                f.title = string(p);
                return true;
            case "metadata":
                f.metadata = metadata(p, ctxt);
                return true;
            case "summary":
                f.summary = summary(p, ctxt);
                return true;
            case "timeline":
                f.timeline = timeline(p, ctxt);
                return true;
            case "rootCause":
                f.rootCause = string(p);
                return true;
            case "resolution":
                f.resolution = string(p);
                return true;
            case "lessons":
                f.lessons = string(p);
                return true;
            case "actions":
                f.actions = array(p, q -> action(q, ctxt));
                return true;
            case "sections":
                f.sections = array(p, q -> section(q, ctxt));
                return true;
            case "contributors":
                f.contributors = array(p, q -> contributor(q, ctxt));
                return true;
            default:
                return false;
        }
    }

    private static void formatVersion(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, "an integer");
        }
        BigInteger v = p.getBigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(Format.VERSION)) > 0) {
            throw FormatProblem.here(p, "formatVersion " + v + " is newer than this library reads (version "
                    + Format.VERSION + "); use a newer postmortem-json to read it");
        }
        if (!v.equals(BigInteger.valueOf(Format.VERSION))) {
            throw FormatProblem.here(p, "formatVersion must be " + Format.VERSION + ", was " + v);
        }
    }

    // ---------------------------------------------------------------- metadata

    private static final class MetadataFields {
        final Metadata.Builder b = Metadata.builder();
    }

    /**
     * Reads a metadata object.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the metadata
     */
    public static Metadata metadata(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        MetadataFields f = readObject(p, ctxt, Metadata.class, new MetadataFields(), (m, name, q, c) -> {
            switch (name) {
                case "id" -> m.b.id(string(q));
                case "status" -> m.b.status(string(q));
                case "severity" -> m.b.severity(string(q));
                case "date" -> m.b.date(date(q));
                case "authors" -> m.b.authors(array(q, Reading::stringElement));
                case "tags" -> m.b.tags(array(q, Reading::stringElement));
                case "extra" -> m.b.extra(stringMap(q, c));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return build(p, start, "metadata", f.b::build);
    }

    // ---------------------------------------------------------------- summary

    private static final class SummaryFields {
        final Summary.Builder b = Summary.builder();
    }

    /**
     * Reads a summary object.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the summary
     */
    public static Summary summary(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        SummaryFields f = readObject(p, ctxt, Summary.class, new SummaryFields(), (s, name, q, c) -> {
            switch (name) {
                case "start" -> s.b.start(timestamp(q));
                case "end" -> s.b.end(timestamp(q));
                case "duration" -> s.b.duration(duration(q));
                case "impact" -> s.b.impact(string(q));
                case "rootCause" -> s.b.rootCause(string(q));
                case "description" -> s.b.description(string(q));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return build(p, start, "summary", f.b::build);
    }

    // ---------------------------------------------------------------- timeline

    private static final class TimelineFields {
        String notes;
        List<TimelineEntry> entries;
    }

    /**
     * Reads a timeline object.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the timeline
     */
    public static Timeline timeline(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        TimelineFields f = readObject(p, ctxt, Timeline.class, new TimelineFields(), (t, name, q, c) -> {
            switch (name) {
                case "entries" -> t.entries = array(q, e -> timelineEntry(e, c));
                case "notes" -> t.notes = string(q);
                default -> {
                    return false;
                }
            }
            return true;
        });
        return build(p, start, "timeline", () -> new Timeline(f.notes, f.entries));
    }

    private static final class EntryFields {
        Timestamp at;
        String text;
        EntryKind kind;
    }

    /**
     * Reads a timeline entry object; a missing kind is inferred from the text.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the entry
     */
    public static TimelineEntry timelineEntry(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        EntryFields f = readObject(p, ctxt, TimelineEntry.class, new EntryFields(), (e, name, q, c) -> {
            switch (name) {
                case "at" -> e.at = timestamp(q);
                case "text" -> e.text = string(q);
                case "kind" -> e.kind = entryKind(q);
                default -> {
                    return false;
                }
            }
            return true;
        });
        requireProperty(p, start, f.text, "text");
        try {
            return new TimelineEntry(f.at, f.text, f.kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(p, start, "timeline entry", e);
        }
    }

    // ---------------------------------------------------------------- actions, sections, contributors

    private static final class ActionFields {
        String title;
        final ActionItem.Builder b = ActionItem.builder(null);
    }

    /**
     * Reads a corrective action object.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the action
     */
    public static ActionItem action(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        ActionFields f = readObject(p, ctxt, ActionItem.class, new ActionFields(), (a, name, q, c) -> {
            switch (name) {
                case "title" -> a.title = nonBlankString(q);
                case "status" -> a.b.status(actionStatus(q));
                case "description" -> a.b.description(string(q));
                case "owner" -> a.b.owner(string(q));
                case "due" -> a.b.due(date(q));
                case "kind" -> a.b.kind(actionKind(q));
                case "link" -> a.b.link(string(q));
                default -> {
                    return false;
                }
            }
            return true;
        });
        requireProperty(p, start, f.title, "title");
        return build(p, start, "action", () -> f.b.title(f.title).build());
    }

    private static final class SectionFields {
        String heading;
        String body = "";
    }

    /**
     * Reads a kept section object; a missing body is empty.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the section
     */
    public static Section section(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        SectionFields f = readObject(p, ctxt, Section.class, new SectionFields(), (s, name, q, c) -> {
            switch (name) {
                case "heading" -> s.heading = nonBlankString(q);
                case "body" -> s.body = string(q);
                default -> {
                    return false;
                }
            }
            return true;
        });
        requireProperty(p, start, f.heading, "heading");
        return build(p, start, "section", () -> new Section(f.heading, f.body));
    }

    private static final class ContributorFields {
        String name;
        String url;
    }

    /**
     * Reads a contributor object.
     *
     * @param p    the parser at its start
     * @param ctxt the context
     * @return the contributor
     */
    public static Contributor contributor(JsonParser p, DeserializationContext ctxt) {
        TokenStreamLocation start = p.currentTokenLocation();
        ContributorFields f = readObject(p, ctxt, Contributor.class, new ContributorFields(), (k, name, q, c) -> {
            switch (name) {
                case "name" -> k.name = nonBlankString(q);
                case "url" -> k.url = string(q);
                default -> {
                    return false;
                }
            }
            return true;
        });
        requireProperty(p, start, f.name, "name");
        return build(p, start, "contributor", () -> new Contributor(f.name, f.url));
    }

    // ---------------------------------------------------------------- scalar values

    /**
     * Reads a partial-precision timestamp from a string.
     *
     * @param p the parser at the value
     * @return the timestamp
     */
    public static Timestamp timestamp(JsonParser p) {
        String text = string(p);
        try {
            return Timestamp.parse(text);
        } catch (IllegalArgumentException e) {
            String detail = e.getMessage();
            String prefix = "not an ISO-8601 partial timestamp: '" + text + "'";
            if (detail == null || detail.equals(prefix)) {
                // Malformed: not the text form at all (the JSON Schema's timestamp pattern accepts the same texts).
                throw FormatProblem.here(p, "invalid timestamp '" + text + "': expected ISO-8601 with only the stated "
                        + "parts, such as 14:00, 2024-03-22, 2024-03-22T14:00Z or 22:20-08:00[PST]");
            }
            // Well-formed but meaningless: a 25th hour, an offset its zone label contradicts.
            if (detail.startsWith(prefix + ": ")) {
                detail = detail.substring(prefix.length() + 2);
            }
            throw FormatProblem.at(p, p.currentTokenLocation(), "invalid timestamp '" + text + "': " + detail, e);
        }
    }

    private static Duration duration(JsonParser p) {
        String text = string(p);
        if (DURATION.matcher(text).matches()) {
            try {
                return Duration.parse(text);
            } catch (DateTimeException e) {
                throw FormatProblem.at(p, p.currentTokenLocation(), "invalid duration '" + text + "': " + e.getMessage(), e);
            }
        }
        throw FormatProblem.here(p, "invalid duration '" + text
                + "': expected a non-negative ISO-8601 duration such as PT2H30M or P1DT4H");
    }

    private static LocalDate date(JsonParser p) {
        String text = string(p);
        LocalDate fast = IsoText.parseDate(text);
        if (fast != null) {
            return fast;
        }
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw FormatProblem.at(p, p.currentTokenLocation(), "invalid date '" + text + "': " + e.getMessage(), e);
            }
        }
        throw FormatProblem.here(p, "invalid date '" + text + "': expected an ISO-8601 date such as 2024-03-22");
    }

    /**
     * Reads a timeline entry kind from its lower-case id.
     *
     * @param p the parser at the value
     * @return the kind
     */
    public static EntryKind entryKind(JsonParser p) {
        return enumId(p, ENTRYKIND_VALUES, EntryKind::id, "timeline entry kind");
    }

    /**
     * Reads an action status from its lower-case id.
     *
     * @param p the parser at the value
     * @return the status
     */
    public static ActionStatus actionStatus(JsonParser p) {
        return enumId(p, ACTIONSTATUS_VALUES, ActionStatus::id, "action status");
    }

    /**
     * Reads an action kind from its lower-case id.
     *
     * @param p the parser at the value
     * @return the kind
     */
    public static ActionKind actionKind(JsonParser p) {
        return enumId(p, ACTIONKIND_VALUES, ActionKind::id, "action kind");
    }

    private static <E> E enumId(JsonParser p, E[] values, Function<E, String> id, String what) {
        String text = string(p);
        // Exact match only: the format's ids are lower-case, as the schema says.
        for (E e : values) {
            if (id.apply(e).equals(text)) {
                return e;
            }
        }
        List<String> ids = new ArrayList<>(values.length);
        for (E e : values) {
            ids.add(id.apply(e));
        }
        throw FormatProblem.here(p, "unknown " + what + " '" + text + "', expected one of " + String.join(", ", ids));
    }

    private static String string(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, "a string");
        }
        return p.getString();
    }

    private static String stringElement(JsonParser p) {
        return string(p);
    }

    private static String nonBlankString(JsonParser p) {
        String s = string(p);
        if (s.isBlank()) {
            throw FormatProblem.here(p, "must not be blank");
        }
        return s;
    }

    // ---------------------------------------------------------------- structure

    @FunctionalInterface
    private interface PropertyReader<S> {
        /** Reads the value of a property at the current token; false if the name is unknown. */
        boolean read(S state, String name, JsonParser p, DeserializationContext ctxt);
    }

    private static <S> S readObject(JsonParser p, DeserializationContext ctxt, Class<?> type, S state,
            PropertyReader<S> reader) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.PROPERTY_NAME) {
            throw wrongType(p, "an object");
        }
        String[] known = Format.names(type);
        boolean checkDuplicates = checksDuplicates(p, ctxt);
        long seen = 0;
        Set<String> seenOthers = null;
        for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            int index = known == null ? -1 : Format.indexOf(known, name);
            if (checkDuplicates) {
                if (index >= 0) {
                    if ((seen & 1L << index) != 0) {
                        throw duplicate(p, name);
                    }
                    seen |= 1L << index;
                } else {
                    if (seenOthers == null) {
                        seenOthers = new HashSet<>();
                    }
                    if (!seenOthers.add(name)) {
                        throw duplicate(p, name);
                    }
                }
            }
            // Where the name is matters only when it is unknown; a location per property was a sixth of
            // what reading allocated.
            TokenStreamLocation nameLocation = known == null || index >= 0 ? null : p.currentTokenLocation();
            try {
                p.nextToken();
                if (!reader.read(state, name, p, ctxt)) {
                    if (failOnUnknown(ctxt)) {
                        FormatProblem unknown = unknownProperty(p, nameLocation != null ? nameLocation
                                : p.currentTokenLocation(), name, Format.properties(type));
                        if (!(state instanceof Deferring d && d.mayDefer())) {
                            throw unknown;
                        }
                        unknown.prependPath(type, name);
                        ((Deferring) state).defer(unknown);
                    }
                    skip(p, checkDuplicates);
                }
            } catch (JacksonException e) {
                throw e.prependPath(type, name);
            }
        }
        return state;
    }

    /**
     * Tells whether the readers must find duplicate property names themselves: when the mapper asks
     * for {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} but the parser does not do it.
     * {@code PostmortemJson} reads that way: Jackson's own detection fills a hash set for every
     * object of three or more properties, a tenth of the reading time, where a bit per known name
     * does. On a user's mapper both settings agree, and Jackson does it or nobody does, as before.
     */
    private static boolean checksDuplicates(JsonParser p, DeserializationContext ctxt) {
        return ctxt.getConfig().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                && !p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * The error Jackson's duplicate detection raises, at the place it would: the parser is at the
     * repeated name, and Jackson reports the position right after its closing quote. (The name is
     * taken as written without backslash escapes; a name written with them is placed as many columns
     * early as its escapes are longer than the characters they stand for.)
     */
    private static StreamReadException duplicate(JsonParser p, String name) {
        TokenStreamLocation at = p.currentTokenLocation();
        TokenStreamLocation after;
        if (at.getByteOffset() >= 0) {
            // The UTF-8 byte parser counts columns in bytes.
            int length = utf8Length(name) + 2;
            after = new TokenStreamLocation(at.contentReference(), at.getByteOffset() + length, -1L,
                    at.getLineNr(), at.getColumnNr() + length);
        } else {
            int length = name.length() + 2;
            after = new TokenStreamLocation(at.contentReference(), -1L,
                    at.getCharOffset() < 0 ? -1L : at.getCharOffset() + length, at.getLineNr(), at.getColumnNr() + length);
        }
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"", after);
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Skips the value at the current token, as {@link JsonParser#skipChildren()} does, finding
     * duplicate names in the objects it skips when asked to: Jackson's own detection looked into them too.
     */
    private static void skip(JsonParser p, boolean checkDuplicates) {
        JsonToken t = p.currentToken();
        if (!checkDuplicates || t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        // Iterative: the nesting limit may be set high. One name set per open object, null per open array.
        List<Set<String>> open = new ArrayList<>();
        open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) {
                return;
            }
            switch (t) {
                case PROPERTY_NAME -> {
                    String name = p.currentName();
                    if (!open.get(open.size() - 1).add(name)) {
                        throw duplicate(p, name);
                    }
                }
                case START_OBJECT -> open.add(new HashSet<>());
                case START_ARRAY -> open.add(null);
                case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
                default -> {
                    // a scalar value
                }
            }
        }
    }

    private static <T> List<T> array(JsonParser p, Function<JsonParser, T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(p, "an array");
        }
        List<T> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            try {
                list.add(element.apply(p));
            } catch (JacksonException e) {
                throw e.prependPath(list, list.size());
            }
        }
        return list;
    }

    private static Map<String, String> stringMap(JsonParser p, DeserializationContext ctxt) {
        Map<String, String> map = new LinkedHashMap<>();
        readObject(p, ctxt, Map.class, map, (m, name, q, c) -> {
            m.put(name, string(q));
            return true;
        });
        return map;
    }

    private static boolean failOnUnknown(DeserializationContext ctxt) {
        return ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** State of an object that may hold an unknown-property problem back for a while. */
    private interface Deferring {
        /** Tells whether an unknown property may be reported later rather than now. */
        boolean mayDefer();

        /** Takes the problem to report later. */
        void defer(FormatProblem unknown);
    }

    private static FormatProblem unknownProperty(JsonParser p, TokenStreamLocation at, String name, List<String> known) {
        return FormatProblem.at(p, at, "unknown property '" + name + "', expected one of " + String.join(", ", known));
    }

    private static void requireProperty(JsonParser p, TokenStreamLocation start, Object value, String name) {
        if (value == null) {
            throw FormatProblem.at(p, start, "missing required property '" + name + "'");
        }
    }

    private static <T> T build(JsonParser p, TokenStreamLocation start, String what,
            java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(p, start, what, e);
        }
    }

    private static FormatProblem invalid(JsonParser p, TokenStreamLocation start, String what, RuntimeException e) {
        return FormatProblem.at(p, start, "not a valid " + what + ": " + e.getMessage(), e);
    }

    private static FormatProblem wrongType(JsonParser p, String expected) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return FormatProblem.here(p, "expected " + expected + ", found null (leave an absent value out instead)");
        }
        return FormatProblem.here(p, "expected " + expected + ", found " + describe(t));
    }

    /**
     * Describes a token for a message: "a string", "an object", ...
     *
     * @param t the token, or {@code null} for end of input
     * @return the description
     */
    public static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
