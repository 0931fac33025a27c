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
import tools.jackson.databind.DatabindException;

/**
 * Writes format version 1: properties in the fixed order of {@link Format}, no nulls, and no empty
 * lists, maps or sub-objects. Anything the format cannot carry is refused rather than written in a
 * form that would not read back.
 */
public final class Writing {

    private Writing() {
    }

    /**
     * Writes a whole postmortem document.
     *
     * @param pm the postmortem
     * @param g  the generator
     */
    public static void postmortem(Postmortem pm, JsonGenerator g) {
        g.writeStartObject(pm);
        g.writeNumberProperty("formatVersion", Format.VERSION);
        string(g, "title", pm.title());
        if (!pm.metadata().isEmpty()) {
            nested(g, "metadata", pm.metadata(), Writing::metadata);
        }
        if (!pm.summary().isEmpty()) {
            nested(g, "summary", pm.summary(), Writing::summary);
        }
        if (!pm.timeline().isEmpty()) {
            nested(g, "timeline", pm.timeline(), Writing::timeline);
        }
        string(g, "rootCause", pm.rootCause());
        string(g, "resolution", pm.resolution());
        string(g, "lessons", pm.lessons());
        array(g, "actions", pm.actions(), Writing::action);
        array(g, "sections", pm.sections(), Writing::section);
        array(g, "contributors", pm.contributors(), Writing::contributor);
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
        string(g, "id", m.id());
        string(g, "status", m.status());
        string(g, "severity", m.severity());
        date(g, "date", m.date());
        array(g, "authors", m.authors(), (s, q) -> q.writeString(s));
        array(g, "tags", m.tags(), (s, q) -> q.writeString(s));
        if (!m.extra().isEmpty()) {
            g.writeName("extra");
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
        timestamp(g, "start", s.start());
        timestamp(g, "end", s.end());
        Duration d = s.duration();
        if (d != null) {
            g.writeStringProperty("duration", d.toString());
        }
        string(g, "impact", s.impact());
        string(g, "rootCause", s.rootCause());
        string(g, "description", s.description());
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
        array(g, "entries", t.entries(), Writing::timelineEntry);
        string(g, "notes", t.notes());
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
        timestamp(g, "at", e.at());
        g.writeStringProperty("text", e.text());
        g.writeStringProperty("kind", e.kind().id());
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
        g.writeStringProperty("title", a.title());
        if (a.status() != null) {
            g.writeStringProperty("status", a.status().id());
        }
        string(g, "description", a.description());
        string(g, "owner", a.owner());
        date(g, "due", a.due());
        if (a.kind() != null) {
            g.writeStringProperty("kind", a.kind().id());
        }
        string(g, "link", a.link());
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
        g.writeStringProperty("heading", s.heading());
        if (!s.body().isEmpty()) {
            g.writeStringProperty("body", s.body());
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
        g.writeStringProperty("name", c.name());
        string(g, "url", c.url());
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
        g.writeString(t.toString());
    }

    private static void timestamp(JsonGenerator g, String name, Timestamp t) {
        if (t != null) {
            g.writeName(name);
            try {
                timestamp(t, g);
            } catch (JacksonException e) {
                throw e.prependPath(t, name);
            }
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate d) {
        if (d != null) {
            try {
                checkYear(g, d);
            } catch (JacksonException e) {
                throw e.prependPath(d, name);
            }
            g.writeStringProperty(name, d.toString());
        }
    }

    private static void checkYear(JsonGenerator g, LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw DatabindException.from(g, "cannot write date " + d + ": format version " + Format.VERSION
                    + " holds years 0000 to 9999");
        }
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static <T> void nested(JsonGenerator g, String name, T value, BiConsumer<T, JsonGenerator> writer) {
        g.writeName(name);
        try {
            writer.accept(value, g);
        } catch (JacksonException e) {
            throw e.prependPath(value, name);
        }
    }

    private static <T> void array(JsonGenerator g, String name, List<T> values, BiConsumer<T, JsonGenerator> writer) {
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
            throw e.prependPath(values, name);
        }
        g.writeEndArray();
    }
}
