package dev.postmortem.markdown;

/**
 * Thrown when a document cannot be read at all: an I/O error, or input larger than the parser's
 * {@linkplain PostmortemParser.Builder#maxDocumentSize(int) size limit}.
 *
 * <p>A document that is merely odd never causes this exception: the parser reads what it can and
 * reports the rest as {@linkplain ParseResult#diagnostics() diagnostics}.
 */
public class PostmortemParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @param cause   the underlying problem, or {@code null}
     */
    public PostmortemParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
