package dev.postmortem.markdown;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.internal.DocumentEditor;
import java.util.Objects;

/**
 * Writes an edited postmortem back into the Markdown it was parsed from, changing only the lines of
 * what was edited.
 *
 * <p>Every part of the model that is unchanged keeps its text byte for byte: line ends (CRLF too),
 * trailing spaces, odd spacing and all; with no edit at all the result is the source itself. A changed
 * part is rewritten where it stands, in the document's own forms: a time keeps its clock and format
 * ({@code 9:15 AM} stays a 12-hour time, {@code October 7, 2024} stays a written-out date), a duration
 * its units, an action its checkbox or status word, a table row its cells. A removed part loses its
 * lines; a new timeline entry, action, section or contributor is written like its neighbour and placed
 * after it.
 *
 * <pre>{@code
 * ParseResult parsed = PostmortemParser.builder().build().parse(markdown);
 * Postmortem p = parsed.postmortem();
 * List<ActionItem> actions = new ArrayList<>(p.actions());
 * actions.set(0, actions.get(0).withStatus(ActionStatus.DONE));
 * EditResult result = PostmortemEditor.builder().build().apply(parsed, p.withActions(actions));
 * Files.writeString(path, result.text());   // only the first action's line changed
 * }</pre>
 *
 * <p>A value the parser found inside prose ("From 2:05 PM to 3:20 PM the checkout page...") is changed
 * where it is written, so that prose reads with the new value: {@link EditResult#postmortem()} is the
 * model the new text reads as.
 *
 * <p>The result is checked: it is parsed again and must read back as the edited model. When an edit
 * cannot be written in the document's own form (a part the parser found inside prose, a value added
 * where the document has no place for it), or the rewritten text would not read back, the whole
 * document is written canonically, as {@link PostmortemRenderer} does, and the result says so
 * ({@link EditResult#preserved()} is false, with {@link EditResult#reason()}). The same happens should
 * the in-place edit itself fail: a fault there never makes an edit fail. Either way, parsing
 * {@link EditResult#text()} gives the edited model (as far as the canonical form can carry it).
 *
 * <p>Immutable and thread-safe.
 */
public final class PostmortemEditor {

    private final PostmortemParser parser;
    private final DocumentEditor editor = new DocumentEditor();

    private PostmortemEditor(Builder b) {
        this.parser = b.parser;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes an edited model into the document it was parsed from.
     *
     * @param original what the parser read from the document (its source, model and where each part was)
     * @param edited   the edited model
     * @return the new text, and whether it kept the document's own text outside the edited parts
     * @throws PostmortemParseException if the new text is longer than the {@linkplain Builder#parser(PostmortemParser)
     *     parser}'s {@linkplain PostmortemParser#maxDocumentSize() size limit}, so that it cannot be checked
     */
    public EditResult apply(ParseResult original, Postmortem edited) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(edited, "edited");
        DocumentEditor.Outcome o = editor.edit(original.source(), original.postmortem(), original.extents(), edited,
                text -> parser.parse(text).postmortem());
        return new EditResult(original.source(), o.text(), o.preserved(), o.reason(), o.result());
    }

    /** Configures a {@link PostmortemEditor}; not thread-safe. */
    public static final class Builder {
        private PostmortemParser parser = PostmortemParser.builder().build();

        private Builder() {
        }

        /**
         * Sets the parser that checks the result (its size limits apply to the edited text); default
         * {@code PostmortemParser.builder().build()}. Use the parser that read the original.
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder parser(PostmortemParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Builds the editor.
         *
         * @return an immutable, thread-safe editor
         */
        public PostmortemEditor build() {
            return new PostmortemEditor(this);
        }
    }
}
