package dev.postmortem.json.internal;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import java.util.List;
import java.util.Map;

/** The property names of format version 1, per object, in the order they are written. */
public final class Format {

    /** The format version this library writes and reads. */
    public static final int VERSION = 1;

    static final List<String> ROOT_PROPERTIES = List.of("formatVersion", "title", "metadata", "summary", "timeline",
            "rootCause", "resolution", "lessons", "actions", "sections", "contributors");
    static final List<String> METADATA_PROPERTIES = List.of("id", "status", "severity", "date", "authors", "tags",
            "extra");
    static final List<String> SUMMARY_PROPERTIES = List.of("start", "end", "duration", "impact", "rootCause",
            "description");
    static final List<String> TIMELINE_PROPERTIES = List.of("entries", "notes");
    static final List<String> ENTRY_PROPERTIES = List.of("at", "text", "kind");
    static final List<String> ACTION_PROPERTIES = List.of("title", "status", "description", "owner", "due", "kind",
            "link");
    static final List<String> SECTION_PROPERTIES = List.of("heading", "body");
    static final List<String> CONTRIBUTOR_PROPERTIES = List.of("name", "url");

    private static final Map<Class<?>, List<String>> BY_TYPE = Map.of(
            Postmortem.class, ROOT_PROPERTIES,
            Metadata.class, METADATA_PROPERTIES,
            Summary.class, SUMMARY_PROPERTIES,
            Timeline.class, TIMELINE_PROPERTIES,
            TimelineEntry.class, ENTRY_PROPERTIES,
            ActionItem.class, ACTION_PROPERTIES,
            Section.class, SECTION_PROPERTIES,
            Contributor.class, CONTRIBUTOR_PROPERTIES);

    private static final Map<Class<?>, String[]> NAMES = Map.of(
            Postmortem.class, ROOT_PROPERTIES.toArray(String[]::new),
            Metadata.class, METADATA_PROPERTIES.toArray(String[]::new),
            Summary.class, SUMMARY_PROPERTIES.toArray(String[]::new),
            Timeline.class, TIMELINE_PROPERTIES.toArray(String[]::new),
            TimelineEntry.class, ENTRY_PROPERTIES.toArray(String[]::new),
            ActionItem.class, ACTION_PROPERTIES.toArray(String[]::new),
            Section.class, SECTION_PROPERTIES.toArray(String[]::new),
            Contributor.class, CONTRIBUTOR_PROPERTIES.toArray(String[]::new));

    private Format() {
    }

    /**
     * The property names of an object of the type, or null for a map, whose names are all its own.
     * An array, not a set: with at most 11 short names a scan is faster than hashing.
     */
    static String[] names(Class<?> type) {
        return NAMES.get(type);
    }

    /** The index of a name in {@link #names(Class)}, or -1. */
    static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> properties(Class<?> type) {
        return BY_TYPE.getOrDefault(type, List.of());
    }
}
