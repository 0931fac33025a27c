package dev.postmortem.markdown;

import dev.postmortem.markdown.internal.DocumentParser;
import dev.postmortem.markdown.internal.Parsed;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Parses Markdown postmortems into the model, leniently, reporting where each value came from.
 *
 * <p>It reads the forms people write: headings at any level, or bold lines and plain label lines
 * instead of headings; sections under many names and in any order (summary, timeline, root cause,
 * resolution, corrective measures, lessons, contributors); start, end and duration as labels,
 * sentences or ranges; timelines as bullets, tables, plain lines, or grouped under dates, with 12- or
 * 24-hour clocks and zone labels; actions as numbered lists, task lists or tables. A leading YAML
 * front matter block becomes the metadata. It never invents a date or zone the document does not
 * state. What it does not understand is kept verbatim, as a section or in the nearest prose field, and
 * reported as a diagnostic; prose stays Markdown source text.
 *
 * <pre>{@code
 * PostmortemParser parser = PostmortemParser.builder()
 *         .maxDocumentSize(1_000_000)
 *         .build();
 * ParseResult result = parser.parse(Files.readString(Path.of("postmortem.md")));
 * Postmortem pm = result.postmortem();
 * result.positionOf("summary.duration").ifPresent(p -> System.out.println("duration at " + p));
 * }</pre>
 *
 * <p>Abuse limits, set on the builder: {@link Builder#maxDocumentSize(int) maxDocumentSize} (default
 * 4 MiB) refuses larger input with a {@link PostmortemParseException} naming the limit; parse time
 * grows linearly with the document (timeline entries, sections, table columns), so this limit bounds
 * it. {@link Builder#maxNesting(int) maxNesting} (default 256) reads lists and quotes nested deeper as
 * text, so no input recurses deeper than that. YAML front matter is read as plain data: tags construct
 * no objects and aliases are not expanded.
 *
 * <p>Immutable and thread-safe: build one and share it. Parsing a document that is merely odd
 * never throws; only unreadable input does (see {@link PostmortemParseException}). The rule ids of
 * the parser's diagnostics are listed on {@link ParseResult}.
 */
public final class PostmortemParser {

    /** Default {@linkplain Builder#maxDocumentSize(int) size limit}: 4 MiB of text. */
    public static final int DEFAULT_MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;
    /** Default {@linkplain Builder#maxNesting(int) nesting limit}. */
    public static final int DEFAULT_MAX_NESTING = 256;

    private final int maxDocumentSize;
    private final int maxNesting;
    private final DocumentParser parser;

    private PostmortemParser(Builder b) {
        this.maxDocumentSize = b.maxDocumentSize;
        this.maxNesting = b.maxNesting;
        this.parser = new DocumentParser(maxNesting);
    }

    /**
     * Starts a builder with the default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a document.
     *
     * @param markdown the Markdown text
     * @return the model, the parser's diagnostics and the source map
     * @throws PostmortemParseException if the text is longer than the size limit; the message names the
     *     limit and how to raise it
     */
    public ParseResult parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.length() > maxDocumentSize) {
            throw new PostmortemParseException("the document has " + markdown.length() + " characters, more than "
                    + limit(), null);
        }
        Parsed p = parser.parse(markdown);
        return new ParseResult(markdown, p.postmortem(), p.diagnostics(), p.sourceMap(), p.extents());
    }

    /**
     * Reads and parses a document. The reader is read to its end but not closed.
     *
     * @param reader the Markdown text
     * @return the model, the parser's diagnostics and the source map
     * @throws PostmortemParseException if reading fails or the text is longer than the size limit
     */
    public ParseResult parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) >= 0) {
                sb.append(buf, 0, n);
                if (sb.length() > maxDocumentSize) {
                    throw new PostmortemParseException("the document has more than " + limit(), null);
                }
            }
        } catch (IOException e) {
            throw new PostmortemParseException("the document could not be read: " + e.getMessage(), e);
        }
        return parse(sb.toString());
    }

    /** The part of a size error that names the limit and how to raise it. */
    private String limit() {
        return "maxDocumentSize of " + maxDocumentSize
                + " characters; raise it with PostmortemParser.builder().maxDocumentSize(int)";
    }

    /**
     * Returns the size limit in characters.
     *
     * @return the limit
     */
    public int maxDocumentSize() {
        return maxDocumentSize;
    }

    /**
     * Returns how deeply blocks (lists, quotes) may nest before deeper ones are read as text.
     *
     * @return the limit
     */
    public int maxNesting() {
        return maxNesting;
    }

    /** Configures a {@link PostmortemParser}; not thread-safe. Each option is checked when it is set. */
    public static final class Builder {
        private int maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
        private int maxNesting = DEFAULT_MAX_NESTING;

        private Builder() {
        }

        /**
         * Sets the largest document, in characters, that the parser accepts (default 4 MiB).
         *
         * @param chars the limit, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if the limit is less than 1
         */
        public Builder maxDocumentSize(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxDocumentSize must be >= 1, was " + chars);
            }
            this.maxDocumentSize = chars;
            return this;
        }

        /**
         * Sets how many blocks (lists, quotes) may be open inside each other; deeper markers are read as
         * text (default 256). Bounds the work a hostile document can cause.
         *
         * @param depth the limit, 2 or more
         * @return this builder
         * @throws IllegalArgumentException if the limit is less than 2
         */
        public Builder maxNesting(int depth) {
            if (depth < 2) {
                throw new IllegalArgumentException("maxNesting must be >= 2, was " + depth);
            }
            this.maxNesting = depth;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public PostmortemParser build() {
            return new PostmortemParser(this);
        }
    }
}
