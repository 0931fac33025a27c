package dev.postmortem.markdown.internal;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * What the internal parser produced.
 *
 * @param postmortem  the model
 * @param diagnostics what it found while reading, in document order
 * @param sourceMap   model path to where its value starts
 * @param consumed    source ranges {@code [start, end)} read as structure (labels, times, recognised headings)
 *                    rather than kept as prose; for the word-preservation tests
 * @param text        the normalised text the offsets refer to
 * @param extents     model path to the {@code [start, end)} offsets its part was read from (parts of a
 *                    document and their values; see {@code DocumentParser})
 */
public record Parsed(Postmortem postmortem, List<Diagnostic> diagnostics, Map<String, SourcePosition> sourceMap,
        List<int[]> consumed, String text, Map<String, int[]> extents) {
}
