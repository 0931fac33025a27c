package dev.postmortem.json.internal;

import dev.postmortem.json.PostmortemJsonException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** Turns Jackson's exceptions into the facade's one exception type. */
public final class Errors {

    private Errors() {
    }

    /**
     * Translates an exception met while reading or writing.
     *
     * @param e      the exception
     * @param parser the parser in use, for a position when the exception has none; or {@code null}
     * @param limits the limits in force, to name them in messages
     * @return the exception to throw
     */
    public static PostmortemJsonException translate(JacksonException e, JsonParser parser, Limits limits) {
        TokenStreamLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() < 1) && parser != null && !parser.isClosed()) {
            loc = parser.currentLocation();
        }
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        return new PostmortemJsonException(problem(e, limits), pointer(e.getPath()), line, column, e);
    }

    private static String problem(JacksonException e, Limits limits) {
        String original = e.getOriginalMessage();
        if (e instanceof FormatProblem) {
            return original;
        }
        if (e instanceof StreamConstraintsException) {
            return limitMessage(original, limits);
        }
        if (e instanceof JacksonIOException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "I/O error: " + cause;
        }
        if (e instanceof StreamReadException) {
            return "invalid JSON: " + original;
        }
        return original;
    }

    private static String limitMessage(String original, Limits limits) {
        // Name the builder option that raises a limit; never Jackson's own configuration API,
        // which users of the facade cannot reach.
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "the document nests deeper than the limit of " + limits.maxNestingDepth()
                    + " levels (maxNestingDepth; raise it with PostmortemJson.builder().maxNestingDepth(int))";
        }
        if (lower.contains("string value length")) {
            return "a string is longer than the limit of " + limits.maxStringLength()
                    + " characters (maxStringLength; raise it with PostmortemJson.builder().maxStringLength(int))";
        }
        if (lower.contains("document length")) {
            return "the document is longer than the limit of " + limits.maxDocumentLength()
                    + " characters or bytes (maxDocumentLength; raise it with"
                    + " PostmortemJson.builder().maxDocumentLength(long))";
        }
        if (lower.contains("number value length")) {
            return "a number is longer than the limit of " + StreamReadConstraints.defaults().getMaxNumberLength()
                    + " characters (a fixed limit: the format's only number is formatVersion)";
        }
        if (lower.contains("name length")) {
            return "a property name is longer than the limit of " + StreamReadConstraints.defaults().getMaxNameLength()
                    + " characters (a fixed limit: the format's property names are short)";
        }
        return "the document exceeds a read limit: " + original;
    }

    /**
     * Renders a Jackson reference chain as a JSON Pointer (RFC 6901).
     *
     * @param path the references, outermost first
     * @return the pointer, the empty string for none
     */
    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            sb.append('/');
            String name = ref.getPropertyName();
            if (name != null) {
                sb.append(name.replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                sb.append(ref.getIndex());
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /**
     * The read limits in force, for messages.
     *
     * @param maxNestingDepth   the nesting limit
     * @param maxStringLength   the string length limit
     * @param maxDocumentLength the document length limit
     */
    public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
    }
}
