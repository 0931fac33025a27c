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
import java.io.InputStream;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/** The stateless serializers and deserializers that make up the Jackson module. */
public final class Adapters {

    private Adapters() {
    }

    /**
     * Returns serializers for every model type the format writes.
     *
     * @return the serializers
     */
    public static SimpleSerializers serializers() {
        SimpleSerializers s = new SimpleSerializers();
        add(s, Postmortem.class, Writing::postmortem, pm -> false);
        add(s, Metadata.class, Writing::metadata, Metadata::isEmpty);
        add(s, Summary.class, Writing::summary, Summary::isEmpty);
        add(s, Timeline.class, Writing::timeline, Timeline::isEmpty);
        add(s, TimelineEntry.class, Writing::timelineEntry, e -> false);
        add(s, ActionItem.class, Writing::action, a -> false);
        add(s, Section.class, Writing::section, x -> false);
        add(s, Contributor.class, Writing::contributor, c -> false);
        add(s, Timestamp.class, Writing::timestamp, t -> false);
        add(s, EntryKind.class, (k, g) -> g.writeString(k.id()), k -> false);
        add(s, ActionStatus.class, (k, g) -> g.writeString(k.id()), k -> false);
        add(s, ActionKind.class, (k, g) -> g.writeString(k.id()), k -> false);
        return s;
    }

    /**
     * Returns deserializers for every model type the format reads.
     *
     * @return the deserializers
     */
    public static SimpleDeserializers deserializers() {
        SimpleDeserializers d = new SimpleDeserializers();
        add(d, Postmortem.class, Reading::postmortem);
        add(d, Metadata.class, Reading::metadata);
        add(d, Summary.class, Reading::summary);
        add(d, Timeline.class, Reading::timeline);
        add(d, TimelineEntry.class, Reading::timelineEntry);
        add(d, ActionItem.class, Reading::action);
        add(d, Section.class, Reading::section);
        add(d, Contributor.class, Reading::contributor);
        add(d, Timestamp.class, (p, c) -> Reading.timestamp(p));
        add(d, EntryKind.class, (p, c) -> Reading.entryKind(p));
        add(d, ActionStatus.class, (p, c) -> Reading.actionStatus(p));
        add(d, ActionKind.class, (p, c) -> Reading.actionKind(p));
        return d;
    }

    /**
     * Returns this module's version from the Maven metadata in its jar, or an unknown version when
     * run from classes outside a jar.
     *
     * @return the version
     */
    public static Version version() {
        try (InputStream in = Adapters.class.getResourceAsStream(
                "/META-INF/maven/dev.postmortem/postmortem-json/pom.properties")) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                return VersionUtil.parseVersion(props.getProperty("version"), "dev.postmortem", "postmortem-json");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through: a version is informative only
        }
        return Version.unknownVersion();
    }

    private static <T> void add(SimpleSerializers s, Class<T> type, BiConsumer<T, JsonGenerator> writer,
            Predicate<T> empty) {
        s.addSerializer(type, new ModelSerializer<>(type, writer, empty));
    }

    private static <T> void add(SimpleDeserializers d, Class<T> type,
            BiFunction<JsonParser, DeserializationContext, T> reader) {
        d.addDeserializer(type, new ModelDeserializer<>(type, reader));
    }

    private static final class ModelSerializer<T> extends StdSerializer<T> {
        private final BiConsumer<T, JsonGenerator> writer;
        private final Predicate<T> empty;

        ModelSerializer(Class<T> type, BiConsumer<T, JsonGenerator> writer, Predicate<T> empty) {
            super(type);
            this.writer = writer;
            this.empty = empty;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            writer.accept(value, g);
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, T value) {
            return value == null || empty.test(value);
        }
    }

    private static final class ModelDeserializer<T> extends StdDeserializer<T> {
        private final BiFunction<JsonParser, DeserializationContext, T> reader;

        ModelDeserializer(Class<T> type, BiFunction<JsonParser, DeserializationContext, T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            return reader.apply(p, ctxt);
        }
    }
}
