package dev.postmortem.json;

import dev.postmortem.core.Postmortem;
import dev.postmortem.json.internal.Errors;
import dev.postmortem.json.internal.Format;
import dev.postmortem.json.internal.FormatProblem;
import dev.postmortem.json.internal.Reading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes postmortems as JSON, format version 1.
 *
 * <pre>{@code
 * PostmortemJson json = PostmortemJson.builder()
 *         .pretty(true)                  // the default; false writes one line
 *         .maxDocumentLength(1_000_000)  // refuse larger input
 *         .build();
 * String text = json.write(postmortem);
 * Postmortem back = json.read(text);     // equals postmortem
 * }</pre>
 *
 * <p>Reading is strict: malformed JSON, a value of the wrong type, a {@code null}, a missing
 * required property, an unknown property (unless {@linkplain Builder#ignoreUnknownProperties(boolean)
 * ignored}), a bad timestamp, date or duration, and a {@code formatVersion} other than 1 are each a
 * {@link PostmortemJsonException} naming the JSON Pointer of the value and its line and column. No
 * other exception is thrown for bad input.
 *
 * <h2>The format</h2>
 *
 * <p>One JSON object; properties are written in the order below, values that are absent, empty
 * lists and maps, and sub-objects that state nothing are left out, and {@code null} is never
 * written. Reading accepts properties in any order and takes anything left out as absent or empty.
 * The JSON Schema of the format is {@link #schema()}.
 * <ol>
 *   <li>{@code formatVersion}: the integer 1, required</li>
 *   <li>{@code title}: string</li>
 *   <li>{@code metadata}: object of {@code id}, {@code status}, {@code severity} (strings),
 *       {@code date} (ISO date, {@code 2024-03-22}), {@code authors}, {@code tags} (arrays of
 *       strings), {@code extra} (object of string values, in document order)</li>
 *   <li>{@code summary}: object of {@code start}, {@code end} (timestamps), {@code duration}
 *       (ISO-8601 duration, {@code PT2H30M}), {@code impact}, {@code rootCause},
 *       {@code description} (strings)</li>
 *   <li>{@code timeline}: object of {@code entries} (array of objects of {@code at} (timestamp),
 *       {@code text} (string, required), {@code kind} (entry kind)) and {@code notes} (string)</li>
 *   <li>{@code rootCause}, {@code resolution}, {@code lessons}: Markdown strings</li>
 *   <li>{@code actions}: array of objects of {@code title} (string, required, not blank),
 *       {@code status} ({@code open}, {@code in_progress}, {@code done}, {@code wont_do}),
 *       {@code description}, {@code owner} (strings), {@code due} (ISO date), {@code kind}
 *       ({@code mitigate}, {@code prevent}, {@code detect}, {@code process}, {@code other}),
 *       {@code link} (string)</li>
 *   <li>{@code sections}: array of objects of {@code heading} (string, required, not blank) and
 *       {@code body} (Markdown string; left out when empty)</li>
 *   <li>{@code contributors}: array of objects of {@code name} (string, required, not blank) and
 *       {@code url} (string)</li>
 * </ol>
 *
 * <p>A timestamp is the ISO-8601 text of {@link dev.postmortem.core.Timestamp#toString()}, holding
 * only what the document stated: {@code "14:00"}, {@code "2024-03-22"},
 * {@code "2024-03-22T14:00Z"}, {@code "22:20-08:00[PST]"}. An entry kind is one of
 * {@code detection}, {@code escalation}, {@code action}, {@code misleading}, {@code mitigation},
 * {@code resolution}, {@code other}; it is always written, and a reader that finds none infers it
 * from the text. Enum values are read in lower case only.
 *
 * <h2>Limits</h2>
 *
 * <p>Input is bounded by {@linkplain Builder#maxNestingDepth(int) nesting depth} (default
 * {@value #DEFAULT_MAX_NESTING_DEPTH}), {@linkplain Builder#maxStringLength(int) string length}
 * (default {@value #DEFAULT_MAX_STRING_LENGTH} characters) and
 * {@linkplain Builder#maxDocumentLength(long) document length} (default
 * {@value #DEFAULT_MAX_DOCUMENT_LENGTH} characters, or bytes for an {@code InputStream}).
 *
 * <p>Instances are immutable and thread-safe; build one and share it. Methods never close the
 * readers, streams and writers they are given.
 */
public final class PostmortemJson {

    /** The format version this library writes, and the highest it reads. */
    public static final int FORMAT_VERSION = Format.VERSION;
    /** The default {@linkplain Builder#maxNestingDepth(int) nesting limit}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default {@linkplain Builder#maxStringLength(int) string length limit}, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** The default {@linkplain Builder#maxDocumentLength(long) document length limit}. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000L;

    /** The deepest nesting of a postmortem document: root, timeline, entries, entry. */
    private static final int FORMAT_DEPTH = 4;
    private static final String SCHEMA_RESOURCE = "postmortem-v1.schema.json";

    private final JsonMapper mapper;
    private final ObjectWriter writer;
    /**
     * Creates the parsers: without Jackson's duplicate detection, which the mapper's setting then asks
     * our readers to do, cheaper (see {@code Reading}).
     */
    private final ObjectReader parsing;
    private final Errors.Limits limits;

    private PostmortemJson(Builder b) {
        this.limits = new Errors.Limits(b.maxNestingDepth, b.maxStringLength, b.maxDocumentLength);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(b.maxNestingDepth)
                        .maxStringLength(b.maxStringLength)
                        .maxDocumentLength(b.maxDocumentLength)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new PostmortemModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !b.ignoreUnknownProperties)
                // read() checks for trailing content itself, to report it in the format's words
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.parsing = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.writer = b.pretty ? mapper.writer().with(prettyPrinter()) : mapper.writer();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Two-space indents, "name": value, one array element per line, and "\n" on every platform.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new EndingPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /**
     * Ends the document with a line break after its closing brace, inside the generator's buffer:
     * appending it to the finished string copied the whole document once more.
     */
    private static final class EndingPrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        EndingPrettyPrinter(DefaultPrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new EndingPrettyPrinter(this);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) {
            super.writeEndObject(g, nrOfEntries);
            if (_nesting == 0) {
                g.writeRaw('\n');
            }
        }
    }

    /**
     * Starts a builder with the defaults: pretty output, strict reading, default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an instance with the default settings.
     *
     * @return the instance
     */
    public static PostmortemJson create() {
        return builder().build();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of format version 1, as shipped in this jar at
     * {@code dev/postmortem/json/postmortem-v1.schema.json}. Every document {@link #write(Postmortem)}
     * produces validates against it.
     *
     * @return the schema's JSON text
     */
    public static String schema() {
        return SchemaHolder.TEXT;
    }

    /**
     * Reads a postmortem from JSON text.
     *
     * @param json the document
     * @return the postmortem
     * @throws PostmortemJsonException if the text is not a valid postmortem document
     */
    public Postmortem read(String json) {
        Objects.requireNonNull(json, "json");
        return read(() -> parsing.createParser(json));
    }

    /**
     * Reads a postmortem from a character stream, which is read to the end of the document but not
     * closed.
     *
     * @param json the document
     * @return the postmortem
     * @throws PostmortemJsonException if the input is not a valid postmortem document or cannot be read
     */
    public Postmortem read(Reader json) {
        Objects.requireNonNull(json, "json");
        return read(() -> parsing.createParser(json));
    }

    /**
     * Reads a postmortem from a byte stream in UTF-8 (UTF-16 and UTF-32 are detected), which is
     * read to the end of the document but not closed.
     *
     * @param json the document
     * @return the postmortem
     * @throws PostmortemJsonException if the input is not a valid postmortem document or cannot be read
     */
    public Postmortem read(InputStream json) {
        Objects.requireNonNull(json, "json");
        return read(() -> parsing.createParser(json));
    }

    private Postmortem read(Supplier<JsonParser> open) {
        JsonParser p = null;
        try {
            p = open.get();
            JsonToken first = p.nextToken();
            if (first == null) {
                throw FormatProblem.at(p, p.currentLocation(), "empty document, expected a postmortem JSON object");
            }
            if (first != JsonToken.START_OBJECT) {
                throw FormatProblem.here(p, "expected a postmortem JSON object, found " + Reading.describe(first));
            }
            Postmortem pm = mapper.readValue(p, Postmortem.class);
            if (p.nextToken() != null) {
                throw FormatProblem.here(p, "unexpected content after the postmortem object");
            }
            return pm;
        } catch (JacksonException e) {
            throw Errors.translate(e, p, limits);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (JacksonException e) {
                    // closing a parser that does not own its source releases buffers only
                }
            }
        }
    }

    /**
     * Writes a postmortem as JSON text, pretty or compact as built.
     *
     * @param postmortem the postmortem
     * @return the document; pretty output ends with a line break, compact output is one line without
     * @throws PostmortemJsonException if the postmortem holds a value the format cannot carry (a date
     *                                 outside the years 0000 to 9999)
     */
    public String write(Postmortem postmortem) {
        Objects.requireNonNull(postmortem, "postmortem");
        try {
            // Jackson's own buffers: a StringWriter (a synchronized StringBuffer that grows by copying)
            // cost a third of the write time.
            // Pretty output gets its final line break from the pretty printer.
            return writer.writeValueAsString(postmortem);
        } catch (JacksonException e) {
            throw Errors.translate(e, null, limits);
        }
    }

    /**
     * Writes a postmortem as JSON text to a character stream, which is flushed but not closed.
     *
     * @param postmortem the postmortem
     * @param out        where to write
     * @throws PostmortemJsonException if writing fails or the postmortem holds a value the format
     *                                 cannot carry
     */
    public void write(Postmortem postmortem, Writer out) {
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(out, "out");
        try {
            writer.writeValue(out, postmortem);
            out.flush();
        } catch (JacksonException e) {
            throw Errors.translate(e, null, limits);
        } catch (IOException e) {
            throw new PostmortemJsonException("I/O error: " + e, "", -1, -1, e);
        }
    }

    /**
     * Writes a postmortem as UTF-8 JSON to a byte stream, which is flushed but not closed.
     *
     * @param postmortem the postmortem
     * @param out        where to write
     * @throws PostmortemJsonException if writing fails or the postmortem holds a value the format
     *                                 cannot carry
     */
    public void write(Postmortem postmortem, OutputStream out) {
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(out, "out");
        try {
            writer.writeValue(out, postmortem);
            out.flush();
        } catch (JacksonException e) {
            throw Errors.translate(e, null, limits);
        } catch (IOException e) {
            throw new PostmortemJsonException("I/O error: " + e, "", -1, -1, e);
        }
    }

    /** Loads the schema once, on first use. */
    private static final class SchemaHolder {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = PostmortemJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
            }
        }
    }

    /**
     * Configures a {@link PostmortemJson}; not thread-safe, reusable. Each option is checked when
     * set.
     */
    public static final class Builder {
        private boolean pretty = true;
        private boolean ignoreUnknownProperties;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

        private Builder() {
        }

        /**
         * Chooses pretty output (two-space indents, one property or element per line, a final line
         * break), the default, or compact output on one line.
         *
         * @param value true for pretty, false for compact
         * @return this builder
         */
        public Builder pretty(boolean value) {
            this.pretty = value;
            return this;
        }

        /**
         * Chooses whether reading skips properties the format does not define instead of failing
         * on them; off by default. Everything else stays strict.
         *
         * @param value true to skip unknown properties
         * @return this builder
         */
        public Builder ignoreUnknownProperties(boolean value) {
            this.ignoreUnknownProperties = value;
            return this;
        }

        /**
         * Sets how deeply objects and arrays may nest in input, default
         * {@value PostmortemJson#DEFAULT_MAX_NESTING_DEPTH}. A postmortem document nests 4 levels
         * (document, timeline, entries, entry); deeper input can only come from unknown properties.
         *
         * @param value the limit, at least 4
         * @return this builder
         * @throws IllegalArgumentException if the value is below 4
         */
        public Builder maxNestingDepth(int value) {
            if (value < FORMAT_DEPTH) {
                throw new IllegalArgumentException("maxNestingDepth must be >= " + FORMAT_DEPTH
                        + " (the format nests " + FORMAT_DEPTH + " levels), was " + value);
            }
            this.maxNestingDepth = value;
            return this;
        }

        /**
         * Sets the longest string value input may hold, in characters, default
         * {@value PostmortemJson#DEFAULT_MAX_STRING_LENGTH}. Markdown sections are strings, so this
         * bounds the longest section.
         *
         * @param value the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder maxStringLength(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxStringLength must be >= 1, was " + value);
            }
            this.maxStringLength = value;
            return this;
        }

        /**
         * Sets the longest document input may be, in characters for text and in bytes for an
         * {@code InputStream}, default {@value PostmortemJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
         *
         * @param value the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder maxDocumentLength(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxDocumentLength must be >= 1, was " + value);
            }
            this.maxDocumentLength = value;
            return this;
        }

        /**
         * Builds the immutable, thread-safe instance.
         *
         * @return the instance
         */
        public PostmortemJson build() {
            return new PostmortemJson(this);
        }
    }
}
