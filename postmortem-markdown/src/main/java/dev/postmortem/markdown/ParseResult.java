package dev.postmortem.markdown;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.SourcePosition;
import dev.postmortem.core.validation.PostmortemValidator;
import dev.postmortem.markdown.internal.DocumentParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PostmortemParser} read from one document: the model, what it noticed while reading,
 * and where each value came from.
 *
 * <p>The parser's own diagnostics carry these rule ids (they are stable):
 * <table>
 *   <caption>Parser rule ids</caption>
 *   <tr><th>id</th><th>severity</th><th>meaning</th></tr>
 *   <tr><td>{@code unparsed-time}</td><td>warning</td><td>a start, end or date label whose value is not a
 *       readable time; the line is kept in the summary text</td></tr>
 *   <tr><td>{@code unparsed-duration}</td><td>warning</td><td>a duration label whose value is neither a
 *       duration nor a time range; the line is kept in the summary text</td></tr>
 *   <tr><td>{@code ambiguous-date}</td><td>warning</td><td>a date such as {@code 07/09/2023} that reads as
 *       day/month and as month/day; the date is left out rather than guessed</td></tr>
 *   <tr><td>{@code duplicate-value}</td><td>info</td><td>start, end or duration stated twice with different
 *       values; the first statement counts, the second stays in the text</td></tr>
 *   <tr><td>{@code kept-section}</td><td>info</td><td>a part not understood (an unknown heading, or text in an
 *       actions or contributors part that is not an item), kept verbatim as a section</td></tr>
 *   <tr><td>{@code front-matter}</td><td>warning</td><td>a leading {@code ---} block that is not YAML, or a
 *       metadata value of the wrong type (kept as text)</td></tr>
 *   <tr><td>{@code unclosed-fence}</td><td>info</td><td>a code fence never closed; the kept text closes it</td></tr>
 *   <tr><td>{@code parser-failure}</td><td>error</td><td>the parser could not handle the document; all of
 *       it is kept in one section (a bug: please report it)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseResult {

    /** The ids of the parser's own rules, in the order of the table above. */
    public static final List<String> RULE_IDS = List.of(DocumentParser.UNPARSED_TIME, DocumentParser.UNPARSED_DURATION,
            DocumentParser.AMBIGUOUS_DATE, DocumentParser.DUPLICATE_VALUE, DocumentParser.KEPT_SECTION,
            DocumentParser.FRONT_MATTER, DocumentParser.UNCLOSED_FENCE, DocumentParser.PARSER_FAILURE);

    private static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::position,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final Postmortem postmortem;
    private final List<Diagnostic> diagnostics;
    private final Map<String, SourcePosition> sourceMap;
    private final String source;
    private final Map<String, int[]> extents;

    ParseResult(String source, Postmortem postmortem, List<Diagnostic> diagnostics, Map<String, SourcePosition> sourceMap,
            Map<String, int[]> extents) {
        this.source = source;
        this.postmortem = postmortem;
        this.diagnostics = List.copyOf(diagnostics);
        this.sourceMap = sourceMap; // unmodifiable, worked out on first use (see DocumentParser)
        this.extents = extents;
    }

    /**
     * Returns the document exactly as it was given to the parser (line ends, byte-order mark and all);
     * {@link PostmortemEditor} writes edits into it.
     *
     * @return the source text, never null
     */
    public String source() {
        return source;
    }

    /**
     * The {@code [start, end)} offsets, into the source with line ends normalised to {@code \n}, that the
     * part at a model path was read from; for {@link PostmortemEditor}. Never expose the arrays.
     */
    Map<String, int[]> extents() {
        return extents;
    }

    /**
     * Returns the postmortem read from the document.
     *
     * @return the model, never null
     */
    public Postmortem postmortem() {
        return postmortem;
    }

    /**
     * Returns what the parser noticed while reading, each with its line and column, in document order.
     *
     * @return the parser's diagnostics (see the class description for their rule ids); empty when it
     *     understood everything
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns where each value of the model starts in the document, by model path
     * ({@code summary.duration}, {@code timeline.entries[3].at}, {@code actions[2].owner}).
     *
     * @return an unmodifiable map from model path to position
     */
    public Map<String, SourcePosition> sourceMap() {
        return sourceMap;
    }

    /**
     * Returns where the value at a model path came from; for a path with no entry of its own, the
     * position of the nearest enclosing path that has one ({@code actions[2].owner} falls back to
     * {@code actions[2]}, then to {@code actions}).
     *
     * @param modelPath a model path such as {@code timeline.entries[3].at}
     * @return the position, or empty when neither the path nor any enclosing path came from the document
     */
    public Optional<SourcePosition> positionOf(String modelPath) {
        Objects.requireNonNull(modelPath, "modelPath");
        String p = modelPath;
        while (!p.isEmpty()) {
            SourcePosition pos = sourceMap.get(p);
            if (pos != null) {
                return Optional.of(pos);
            }
            int dot = p.lastIndexOf('.');
            int bracket = p.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            if (cut <= 0) {
                break;
            }
            p = p.substring(0, cut);
        }
        return Optional.empty();
    }

    /**
     * Validates the postmortem and returns the parser's diagnostics together with the validator's,
     * each validation finding located through the {@linkplain #sourceMap() source map}, sorted by
     * line and column (findings without a position last).
     *
     * <pre>{@code
     * ParseResult result = PostmortemParser.builder().build().parse(markdown);
     * for (Diagnostic d : result.validate(PostmortemValidator.defaults())) {
     *     System.out.println(d);   // 7:15: error: the stated duration 3h differs ... [duration-mismatch]
     * }
     * }</pre>
     *
     * @param validator the validator to run
     * @return all diagnostics, sorted by position
     */
    public List<Diagnostic> validate(PostmortemValidator validator) {
        Objects.requireNonNull(validator, "validator");
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        for (Diagnostic d : validator.validate(postmortem)) {
            all.add(d.position() != null ? d : d.withPosition(positionOf(d.path()).orElse(null)));
        }
        all.sort(BY_POSITION);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "ParseResult[title=" + postmortem.title() + ", diagnostics=" + diagnostics.size() + "]";
    }
}
