package dev.postmortem.cli.internal;

/** A file that could not be read or parsed; the message is the one line the user sees. */
final class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
