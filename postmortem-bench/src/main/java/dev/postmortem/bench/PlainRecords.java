package dev.postmortem.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON format version 1 as plain records, bound by a stock Jackson 3 {@link JsonMapper}: the
 * baseline of the JSON benchmarks.
 *
 * <p>Same property names and order as the format; timestamps and enum values stay strings (the
 * baseline does not check them), dates and durations use databind's built-in java.time support.
 * The mapper is as strict as {@code PostmortemJson} about unknown properties and leaves out nulls and
 * empty values; {@link #WRITER} indents like {@code PostmortemJson.create()}, so both sides read and
 * write the same text.
 */
public final class PlainRecords {

    /** The baseline mapper: Jackson defaults plus the format's strictness and output shape. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();

    /** Writes with the same pretty printer as {@code PostmortemJson}, so both sides write the same bytes. */
    public static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PlainRecords() {
    }

    /**
     * A whole document.
     *
     * @param formatVersion the format version
     * @param title         the title
     * @param metadata      the metadata
     * @param summary       the summary
     * @param timeline      the timeline
     * @param rootCause     the root cause
     * @param resolution    the resolution
     * @param lessons       the lessons
     * @param actions       the actions
     * @param sections      the other sections
     * @param contributors  the contributors
     */
    public record Doc(int formatVersion, String title, Meta metadata, Sum summary, Line timeline, String rootCause,
            String resolution, String lessons, List<Action> actions, List<Sec> sections, List<Person> contributors) {
    }

    /**
     * Metadata.
     *
     * @param id       id
     * @param status   status
     * @param severity severity
     * @param date     date
     * @param authors  authors
     * @param tags     tags
     * @param extra    other keys
     */
    public record Meta(String id, String status, String severity, LocalDate date, List<String> authors,
            List<String> tags, Map<String, String> extra) {
    }

    /**
     * Summary.
     *
     * @param start       start
     * @param end         end
     * @param duration    duration
     * @param impact      impact
     * @param rootCause   root cause
     * @param description description
     */
    public record Sum(String start, String end, Duration duration, String impact, String rootCause,
            String description) {
    }

    /**
     * Timeline.
     *
     * @param entries entries
     * @param notes   notes
     */
    public record Line(List<Entry> entries, String notes) {
    }

    /**
     * Timeline entry.
     *
     * @param at   timestamp
     * @param text text
     * @param kind kind
     */
    public record Entry(String at, String text, String kind) {
    }

    /**
     * Corrective action.
     *
     * @param title       title
     * @param status      status
     * @param description description
     * @param owner       owner
     * @param due         due date
     * @param kind        kind
     * @param link        link
     */
    public record Action(String title, String status, String description, String owner, LocalDate due, String kind,
            String link) {
    }

    /**
     * Other section.
     *
     * @param heading heading
     * @param body    body
     */
    public record Sec(String heading, String body) {
    }

    /**
     * Contributor.
     *
     * @param name name
     * @param url  url
     */
    public record Person(String name, String url) {
    }
}
