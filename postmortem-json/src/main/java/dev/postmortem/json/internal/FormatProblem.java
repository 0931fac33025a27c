package dev.postmortem.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A document that is well-formed JSON but not a valid postmortem document: the Jackson-side
 * exception our deserializers throw, so that users of the module on their own mapper get an
 * ordinary {@link tools.jackson.databind.DatabindException} with path and location.
 */
public final class FormatProblem extends DatabindException {

    private static final long serialVersionUID = 1L;

    private FormatProblem(JsonParser parser, String message, TokenStreamLocation location, Throwable cause) {
        super(parser, message, location, cause);
    }

    /**
     * Creates a problem found at the given place.
     *
     * @param parser   the parser
     * @param location where the offending token starts
     * @param message  what is wrong, without location
     * @return the exception, to be thrown
     */
    public static FormatProblem at(JsonParser parser, TokenStreamLocation location, String message) {
        return new FormatProblem(parser, message, location, null);
    }

    /**
     * Creates a problem found at the given place, caused by another exception.
     *
     * @param parser   the parser
     * @param location where the offending token starts
     * @param message  what is wrong, without location
     * @param cause    the cause
     * @return the exception, to be thrown
     */
    public static FormatProblem at(JsonParser parser, TokenStreamLocation location, String message, Throwable cause) {
        return new FormatProblem(parser, message, location, cause);
    }

    /**
     * Creates a problem at the parser's current token.
     *
     * @param parser  the parser
     * @param message what is wrong, without location
     * @return the exception, to be thrown
     */
    public static FormatProblem here(JsonParser parser, String message) {
        return new FormatProblem(parser, message, parser.currentTokenLocation(), null);
    }
}
