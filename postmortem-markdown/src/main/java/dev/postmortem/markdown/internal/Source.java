package dev.postmortem.markdown.internal;

import dev.postmortem.core.SourcePosition;
import java.util.Arrays;

/** The document text with line ends normalised to {@code \n}, and a line index over it. */
final class Source {

    private final String text;
    /** Where each line starts; only the first {@link #lineCount} are lines. */
    private final int[] lineStarts;
    private final int lineCount;

    Source(String text) {
        this.text = text;
        // sized for lines of about 32 characters, so that most documents need no copy while it fills
        int[] starts = new int[Math.max(16, text.length() >> 5)];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = starts;
        this.lineCount = n;
    }

    /** Normalises CRLF and CR line ends and drops a byte-order mark. */
    static String normalise(String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (s.indexOf('\0') >= 0) {
            s = s.replace('\0', '\uFFFD');
        }
        return s;
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineCount;
    }

    int lineStart(int line) {
        return lineStarts[line];
    }

    /** End of the line's text, before its line break. */
    int lineEnd(int line) {
        return line + 1 < lineCount ? lineStarts[line + 1] - 1 : text.length();
    }

    String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return i >= 0 ? i : -i - 2;
    }

    SourcePosition position(int offset) {
        int line = lineOf(Math.max(0, Math.min(offset, text.length())));
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }

    /** First non-blank offset of a line, or its end. */
    int contentStart(int line) {
        int i = lineStart(line);
        int end = lineEnd(line);
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of a line without trailing blanks. */
    int trimmedEnd(int line) {
        int start = lineStart(line);
        int i = lineEnd(line);
        while (i > start && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    boolean isBlankLine(int line) {
        return contentStart(line) == lineEnd(line);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Whether {@code c} is what {@code \\s} of {@link java.util.regex.Pattern} matches (without
     * UNICODE_CHARACTER_CLASS): the hand scanners that stand for patterns use it.
     */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
