package dev.postmortem.markdown;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.internal.MarkdownWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a postmortem as canonical Markdown that {@link PostmortemParser} reads back to the same model.
 *
 * <p>The canonical form: YAML front matter for the metadata; the title as {@code # Title}; then, each
 * only when it has content and always in this order, {@code ## Summary} (with {@code **Start:**},
 * {@code **End:**}, {@code **Duration:**} lines, the free summary text, {@code **Impact:**} and
 * {@code **Root cause:**}), {@code ## Timeline} (notes, then bullets {@code - **14:00 UTC** - text},
 * the date as a {@code ### 2024-03-22} heading whenever it changes), {@code ## Root cause},
 * {@code ## Resolution}, {@code ## Lessons learned}, {@code ## Corrective actions} (a numbered list,
 * each action's fields as {@code - **Owner:** name} bullets), the kept sections in their order, and
 * {@code ## Contributors}. Prose is written exactly as the model holds it.
 *
 * <pre>{@code
 * PostmortemRenderer renderer = PostmortemRenderer.builder().build();
 * String markdown = renderer.render(postmortem);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PostmortemRenderer {

    private final MarkdownWriter writer = new MarkdownWriter();

    private PostmortemRenderer() {
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders a postmortem.
     *
     * @param postmortem the postmortem
     * @return canonical Markdown, ending with a line break
     */
    public String render(Postmortem postmortem) {
        Objects.requireNonNull(postmortem, "postmortem");
        return writer.write(postmortem);
    }

    /**
     * Renders a postmortem to an appendable, such as a {@link java.io.Writer}; it is not flushed or closed.
     *
     * @param postmortem the postmortem
     * @param out        where to write
     * @throws UncheckedIOException if writing fails
     */
    public void render(Postmortem postmortem, Appendable out) {
        Objects.requireNonNull(out, "out");
        String text = render(postmortem);
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the rendered postmortem could not be written", e);
        }
    }

    /** Configures a {@link PostmortemRenderer}; not thread-safe. */
    public static final class Builder {

        private Builder() {
        }

        /**
         * Builds the renderer.
         *
         * @return an immutable, thread-safe renderer
         */
        public PostmortemRenderer build() {
            return new PostmortemRenderer();
        }
    }
}
