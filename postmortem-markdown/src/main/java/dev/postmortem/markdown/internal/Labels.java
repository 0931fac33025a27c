package dev.postmortem.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises label lines: {@code **Impact:**}, {@code Root Cause: ...}, {@code Timeline}, {@code **Incident Timeline:**}. */
final class Labels {

    private static final Pattern BOLD_WHOLE = Pattern.compile("(\\*\\*|__)(.{1,100}?)\\1\\s*:?\\s*");
    private static final Pattern BOLD_LABEL = Pattern.compile("(\\*\\*|__)([^*_\\n]{1,60}?)\\s*(:?)\\s*\\1\\s*(:?)\\s*(\\S.*)");
    private static final Pattern PLAIN_LABEL = Pattern.compile("([^:*_`\\[\\]()<>|]{1,50}?)\\s*:\\s+(\\S.*)");
    private static final Pattern PLAIN_WHOLE = Pattern.compile("([^:*_`\\[\\]<>|]{1,60}?)\\s*:?");

    private Labels() {
    }

    /** A recognised label line. */
    record Label(SectionKind kind, String name, int valueStart, boolean bold) {
        boolean hasValue(String line) {
            return valueStart < line.length();
        }
    }

    /**
     * Recognises a label line. The value start is an index into {@code line}, equal to its length when
     * the label stands alone.
     */
    static Label of(String line) {
        if (line.length() > 2000) {
            return null;
        }
        // both bold forms open with the marker; a plain label with a value needs a colon
        boolean bold = line.startsWith("**") || line.startsWith("__");
        if (bold && mayBeBoldWhole(line)) {
            Matcher m = BOLD_WHOLE.matcher(line);
            if (m.matches()) {
                String inner = m.group(2).strip();
                if (inner.endsWith(":")) {
                    inner = inner.substring(0, inner.length() - 1);
                }
                SectionKind k = SectionKind.classifyHeading(inner);
                if (k != null) {
                    return new Label(k, inner.strip(), line.length(), true);
                }
            }
        }
        if (bold && line.indexOf(':') >= 0) { // a bold label with a value has a colon inside or after the marker
            Matcher m = BOLD_LABEL.matcher(line);
            if (m.matches() && (!m.group(3).isEmpty() || !m.group(4).isEmpty())) {
                SectionKind k = SectionKind.classify(m.group(2));
                if (k != null) {
                    return new Label(k, m.group(2).strip(), m.start(5), true);
                }
            }
        }
        int wholeEnd = plainWholeEnd(line);
        if (wholeEnd > 0) {
            String name = line.substring(0, wholeEnd);
            if (hasLetters(name)) {
                SectionKind k = SectionKind.classify(name);
                if (k != null) {
                    return new Label(k, name.strip(), line.length(), false);
                }
            }
        }
        if (mayBePlainLabel(line)) {
            Matcher m = PLAIN_LABEL.matcher(line);
            if (m.matches() && hasLetters(m.group(1))) {
                SectionKind k = SectionKind.classify(m.group(1));
                if (k != null) {
                    return new Label(k, m.group(1).strip(), m.start(2), false);
                }
            }
        }
        return null;
    }

    /**
     * A cheap necessary condition for {@link #BOLD_WHOLE} to match: less trailing blanks, one colon and blanks
     * again, the line ends with its opening marker, with something between the two.
     */
    private static boolean mayBeBoldWhole(String line) {
        int end = line.length();
        while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == ':') {
            end--;
            while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
                end--;
            }
        }
        return end >= 5 && line.startsWith(line.substring(0, 2), end - 2);
    }

    /**
     * Where the name that {@link #PLAIN_WHOLE} captures ends, or -1 when it does not match with a name that is
     * not all blank. The pattern matches a line that, less one final colon, has none of its excluded
     * characters; its reluctant name is then that part less trailing blanks, and may be 60 code points long.
     */
    private static int plainWholeEnd(String line) {
        int end = line.endsWith(":") ? line.length() - 1 : line.length();
        int trimmed = end;
        while (trimmed > 0 && isRegexSpace(line.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed == 0 || trimmed > 60 && line.codePointCount(0, trimmed) > 60) {
            return -1;
        }
        for (int i = 0; i < end; i++) {
            if (":*_`[]<>|".indexOf(line.charAt(i)) >= 0) {
                return -1;
            }
        }
        return trimmed;
    }

    /**
     * A cheap necessary condition for {@link #PLAIN_LABEL} to match: the first colon has 1 to 50 code points
     * before it (less trailing blanks), none of them excluded, and a blank after it.
     */
    private static boolean mayBePlainLabel(String line) {
        int colon = line.indexOf(':');
        if (colon < 1 || colon + 1 >= line.length() || !isRegexSpace(line.charAt(colon + 1))) {
            return false;
        }
        int trimmed = colon;
        while (trimmed > 0 && isRegexSpace(line.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed == 0 || trimmed > 50 && line.codePointCount(0, trimmed) > 50) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            if ("*_`[]()<>|".indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
