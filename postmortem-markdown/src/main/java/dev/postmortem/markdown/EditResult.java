package dev.postmortem.markdown;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.internal.LineDiff;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PostmortemEditor#apply(ParseResult, Postmortem)} wrote: the new
 * document, whether it kept the original's text outside the edited parts, and the difference.
 *
 * <p>Immutable and thread-safe.
 */
public final class EditResult {

    private final String original;
    private final String text;
    private final boolean preserved;
    private final String reason;
    private final Postmortem postmortem;

    EditResult(String original, String text, boolean preserved, String reason, Postmortem postmortem) {
        this.original = original;
        this.postmortem = postmortem;
        this.text = text;
        this.preserved = preserved;
        this.reason = reason;
    }

    /**
     * Returns the new document.
     *
     * @return the text; the original itself when nothing was edited
     */
    public String text() {
        return text;
    }

    /**
     * Returns what the new text reads as: the edited model, except that prose a changed value was
     * written in (a start time stated inside the summary's text) reads with the new value.
     *
     * @return the model parsed from {@link #text()}
     */
    public Postmortem postmortem() {
        return postmortem;
    }

    /**
     * Tells whether the document kept its own text: true when only the lines of edited parts changed
     * (and new parts' lines were added); false when it had to be written canonically.
     *
     * @return whether the original's text was kept
     */
    public boolean preserved() {
        return preserved;
    }

    /**
     * Returns why the document was written canonically.
     *
     * @return the reason, or empty when it was {@linkplain #preserved() preserved}
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Tells whether the text differs from the original.
     *
     * @return true when something changed
     */
    public boolean changed() {
        return !text.equals(original);
    }

    /**
     * Returns the change as a unified diff (three lines of context) of the original and the new text.
     *
     * @param originalName the name on the {@code ---} line, such as {@code a/postmortem.md}
     * @param newName      the name on the {@code +++} line
     * @return the diff, empty when no line changed
     */
    public String diff(String originalName, String newName) {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(newName, "newName");
        return LineDiff.unified(original, text, originalName, newName);
    }

    @Override
    public String toString() {
        return "EditResult[preserved=" + preserved + ", changed=" + changed() + "]";
    }
}
