package dev.postmortem.json.internal;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DatabindException;

/**
 * Writes format version 1: properties in the fixed order of {@link Format}, no nulls, and no empty
 * lists, maps or sub-objects. Anything the format cannot carry is refused rather than written in a
 * form that would not read back.
 */
public final class Writing {

    // Property names quoted once, as databind's own serializers hold them: cheaper to write than strings.
    private static final SerializableString FORMAT_VERSION = name("formatVersion");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString METADATA = name("metadata");
    private static final SerializableString SUMMARY = name("summary");
    private static final SerializableString TIMELINE = name("timeline");
    private static final SerializableString ROOT_CAUSE = name("rootCause");
    private static final SerializableString RESOLUTION = name("resolution");
    private static final SerializableString LESSONS = name("lessons");
    private static final SerializableString ACTIONS = name("actions");
    private static final SerializableString SECTIONS = name("sections");
    private static final SerializableString CONTRIBUTORS = name("contributors");
    private static final SerializableString ID = name("id");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString SEVERITY = name("severity");
    private static final SerializableString DATE = name("date");
    private static final SerializableString AUTHORS = name("authors");
    private static final SerializableString TAGS = name("tags");
    private static final SerializableString EXTRA = name("extra");
    private static final SerializableString START = name("start");
    private static final SerializableString END = name("end");
    private static final SerializableString DURATION = name("duration");
    private static final SerializableString IMPACT = name("impact");
    private static final SerializableString DESCRIPTION = name("description");
    private static final SerializableString ENTRIES = name("entries");
    private static final SerializableString NOTES = name("notes");
    private static final SerializableString AT = name("at");
    private static final SerializableString TEXT = name("text");
    private static final SerializableString KIND = name("kind");
    private static final SerializableString OWNER = name("owner");
    private static final SerializableString DUE = name("due");
    private static final SerializableString LINK = name("link");
    private static final SerializableString HEADING = name("heading");
    private static final SerializableString BODY = name("body");
    private static final SerializableString NAME = name("name");
    private static final SerializableString URL = name("url");

    private Writing() {
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /**
     * Writes a whole postmortem document.
     *
     * @param pm the postmortem
     * @param g  the generator
     */
    public static void postmortem(Postmortem pm, JsonGenerator g) {
        g.writeStartObject(pm);
        g.writeName(FORMAT_VERSION);
        g.writeNumber(Format.VERSION);
        string(g, TITLE, pm.title());
        if (!pm.metadata().isEmpty()) {
            nested(g, METADATA, pm.metadata(), Writing::metadata);
        }
        if (!pm.summary().isEmpty()) {
            nested(g, SUMMARY, pm.summary(), Writing::summary);
        }
        if (!pm.timeline().isEmpty()) {
            nested(g, TIMELINE, pm.timeline(), Writing::timeline);
        }
        string(g, ROOT_CAUSE, pm.rootCause());
        string(g, RESOLUTION, pm.resolution());
        string(g, LESSONS, pm.lessons());
        array(g, ACTIONS, pm.actions(), Writing::action);
        array(g, SECTIONS, pm.sections(), Writing::section);
        array(g, CONTRIBUTORS, pm.contributors(), Writing::contributor);
        g.writeEndObject();
    }

    /**
     * Writes a metadata object.
     *
     * @param m the metadata
     * @param g the generator
     */
    public static void metadata(Metadata m, JsonGenerator g) {
        g.writeStartObject(m);
        string(g, ID, m.id());
        string(g, STATUS, m.status());
        string(g, SEVERITY, m.severity());
        date(g, DATE, m.date());
        array(g, AUTHORS, m.authors(), (s, q) -> q.writeString(s));
        array(g, TAGS, m.tags(), (s, q) -> q.writeString(s));
        if (!m.extra().isEmpty()) {
            g.writeName(EXTRA);
            g.writeStartObject(m.extra());
            for (Map.Entry<String, String> e : m.extra().entrySet()) {
                g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Writes a summary object.
     *
     * @param s the summary
     * @param g the generator
     */
    public static void summary(Summary s, JsonGenerator g) {
        g.writeStartObject(s);
        timestamp(g, START, s.start());
        timestamp(g, END, s.end());
        Duration d = s.duration();
        if (d != null) {
            g.writeName(DURATION);
            g.writeString(d.toString());
        }
        string(g, IMPACT, s.impact());
        string(g, ROOT_CAUSE, s.rootCause());
        string(g, DESCRIPTION, s.description());
        g.writeEndObject();
    }

    /**
     * Writes a timeline object.
     *
     * @param t the timeline
     * @param g the generator
     */
    public static void timeline(Timeline t, JsonGenerator g) {
        g.writeStartObject(t);
        array(g, ENTRIES, t.entries(), Writing::timelineEntry);
        string(g, NOTES, t.notes());
        g.writeEndObject();
    }

    /**
     * Writes a timeline entry object; the kind is always written, inferred or not, so that readers
     * in other languages need not infer it.
     *
     * @param e the entry
     * @param g the generator
     */
    public static void timelineEntry(TimelineEntry e, JsonGenerator g) {
        g.writeStartObject(e);
        timestamp(g, AT, e.at());
        g.writeName(TEXT);
        g.writeString(e.text());
        g.writeName(KIND);
        g.writeString(e.kind().id());
        g.writeEndObject();
    }

    /**
     * Writes a corrective action object.
     *
     * @param a the action
     * @param g the generator
     */
    public static void action(ActionItem a, JsonGenerator g) {
        g.writeStartObject(a);
        string(g, TITLE, a.title());
        if (a.status() != null) {
            string(g, STATUS, a.status().id());
        }
        string(g, DESCRIPTION, a.description());
        string(g, OWNER, a.owner());
        date(g, DUE, a.due());
        if (a.kind() != null) {
            string(g, KIND, a.kind().id());
        }
        string(g, LINK, a.link());
        g.writeEndObject();
    }

    /**
     * Writes a kept section object; an empty body is left out.
     *
     * @param s the section
     * @param g the generator
     */
    public static void section(Section s, JsonGenerator g) {
        g.writeStartObject(s);
        string(g, HEADING, s.heading());
        if (!s.body().isEmpty()) {
            string(g, BODY, s.body());
        }
        g.writeEndObject();
    }

    /**
     * Writes a contributor object.
     *
     * @param c the contributor
     * @param g the generator
     */
    public static void contributor(Contributor c, JsonGenerator g) {
        g.writeStartObject(c);
        string(g, NAME, c.name());
        string(g, URL, c.url());
        g.writeEndObject();
    }

    /**
     * Writes a timestamp as its ISO-8601 text form.
     *
     * @param t the timestamp
     * @param g the generator
     */
    public static void timestamp(Timestamp t, JsonGenerator g) {
        if (t.date() != null) {
            checkYear(g, t.date());
        }
        // The text straight into the generator: Timestamp.toString() and the java.time types' own
        // toString() build several strings per timestamp, a fifth of the write time.
        char[] b = IsoText.scratch();
        int n = IsoText.timestamp(t, b);
        if (n >= 0) {
            g.writeString(b, 0, n);
        } else {
            g.writeString(t.toString());
        }
    }

    private static void timestamp(JsonGenerator g, SerializableString name, Timestamp t) {
        if (t != null) {
            g.writeName(name);
            try {
                timestamp(t, g);
            } catch (JacksonException e) {
                throw e.prependPath(t, name.getValue());
            }
        }
    }

    private static void date(JsonGenerator g, SerializableString name, LocalDate d) {
        if (d != null) {
            try {
                checkYear(g, d);
            } catch (JacksonException e) {
                throw e.prependPath(d, name.getValue());
            }
            g.writeName(name);
            char[] b = IsoText.scratch();
            g.writeString(b, 0, IsoText.date(d, b, 0));
        }
    }

    private static void checkYear(JsonGenerator g, LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw DatabindException.from(g, "cannot write date " + d + ": format version " + Format.VERSION
                    + " holds years 0000 to 9999");
        }
    }

    private static void string(JsonGenerator g, SerializableString name, String value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value);
        }
    }

    private static <T> void nested(JsonGenerator g, SerializableString name, T value,
            BiConsumer<T, JsonGenerator> writer) {
        g.writeName(name);
        try {
            writer.accept(value, g);
        } catch (JacksonException e) {
            throw e.prependPath(value, name.getValue());
        }
    }

    private static <T> void array(JsonGenerator g, SerializableString name, List<T> values,
            BiConsumer<T, JsonGenerator> writer) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray(values, values.size());
        try {
            for (int i = 0; i < values.size(); i++) {
                try {
                    writer.accept(values.get(i), g);
                } catch (JacksonException e) {
                    throw e.prependPath(values, i);
                }
            }
        } catch (JacksonException e) {
            throw e.prependPath(values, name.getValue());
        }
        g.writeEndArray();
    }
}
