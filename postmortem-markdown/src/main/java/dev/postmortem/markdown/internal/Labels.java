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
        Matcher m = BOLD_WHOLE.matcher(line);
        if (bold && m.matches()) {
            String inner = m.group(2).strip();
            if (inner.endsWith(":")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            SectionKind k = SectionKind.classifyHeading(inner);
            if (k != null) {
                return new Label(k, inner.strip(), line.length(), true);
            }
        }
        m = BOLD_LABEL.matcher(line);
        if (bold && m.matches() && (!m.group(3).isEmpty() || !m.group(4).isEmpty())) {
            SectionKind k = SectionKind.classify(m.group(2));
            if (k != null) {
                return new Label(k, m.group(2).strip(), m.start(5), true);
            }
        }
        m = PLAIN_WHOLE.matcher(line);
        if (m.matches() && hasLetters(m.group(1))) {
            SectionKind k = SectionKind.classify(m.group(1));
            if (k != null) {
                return new Label(k, m.group(1).strip(), line.length(), false);
            }
        }
        m = PLAIN_LABEL.matcher(line);
        if (line.indexOf(':') >= 0 && m.matches() && hasLetters(m.group(1))) {
            SectionKind k = SectionKind.classify(m.group(1));
            if (k != null) {
                return new Label(k, m.group(1).strip(), m.start(2), false);
            }
        }
        return null;
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
