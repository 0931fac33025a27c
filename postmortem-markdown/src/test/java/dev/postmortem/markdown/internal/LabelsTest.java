package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Labels#of}'s pre-checks skip only lines its patterns cannot match. */
class LabelsTest {

    private static final Pattern BOLD_WHOLE = Pattern.compile("(\\*\\*|__)(.{1,100}?)\\1\\s*:?\\s*");
    private static final Pattern BOLD_LABEL = Pattern.compile("(\\*\\*|__)([^*_\\n]{1,60}?)\\s*(:?)\\s*\\1\\s*(:?)\\s*(\\S.*)");
    private static final Pattern PLAIN_LABEL = Pattern.compile("([^:*_`\\[\\]()<>|]{1,50}?)\\s*:\\s+(\\S.*)");
    private static final Pattern PLAIN_WHOLE = Pattern.compile("([^:*_`\\[\\]<>|]{1,60}?)\\s*:?");

    /** Label recognition with every pattern tried on every line. */
    static Labels.Label reference(String line) {
        if (line.length() > 2000) {
            return null;
        }
        boolean bold = line.startsWith("**") || line.startsWith("__");
        Matcher m = BOLD_WHOLE.matcher(line);
        if (bold && m.matches()) {
            String inner = m.group(2).strip();
            if (inner.endsWith(":")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            SectionKind k = SectionKind.classifyHeading(inner);
            if (k != null) {
                return new Labels.Label(k, inner.strip(), line.length(), true);
            }
        }
        m = BOLD_LABEL.matcher(line);
        if (bold && m.matches() && (!m.group(3).isEmpty() || !m.group(4).isEmpty())) {
            SectionKind k = SectionKind.classify(m.group(2));
            if (k != null) {
                return new Labels.Label(k, m.group(2).strip(), m.start(5), true);
            }
        }
        m = PLAIN_WHOLE.matcher(line);
        if (m.matches() && m.group(1).codePoints().anyMatch(Character::isLetter)) {
            SectionKind k = SectionKind.classify(m.group(1));
            if (k != null) {
                return new Labels.Label(k, m.group(1).strip(), line.length(), false);
            }
        }
        m = PLAIN_LABEL.matcher(line);
        if (line.indexOf(':') >= 0 && m.matches() && m.group(1).codePoints().anyMatch(Character::isLetter)) {
            SectionKind k = SectionKind.classify(m.group(1));
            if (k != null) {
                return new Labels.Label(k, m.group(1).strip(), m.start(2), false);
            }
        }
        return null;
    }

    private static final String[] PARTS = {
        "Impact", "Start", "Start Time", "End", "Duration", "Date", "Root Cause", "Summary", "Timeline", "Resolution",
        "Action Items", "Lessons Learned", "Contributors", "Detection", "the", "payments", "were", "down", "2 hours",
        "14:00 UTC", "2024-05-02", ":", ":", ": ", "**", "**", "__", "*", "_", "`", "[", "]", "(", ")", "<", ">", "|",
        " ", "  ", "\t", "\u000B", "\f", "\u00a0", "🔥", "é", "-", "—", "a very long stretch of words that goes on and on",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥",
        "𝐒𝐮𝐦𝐦𝐚𝐫𝐲"};

    @Test
    void recognisesWhatThePatternsRecognise() {
        Random random = new Random(2611L);
        for (int n = 0; n < 40_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(7);
            for (int p = 0; p < parts; p++) {
                String part = PARTS[random.nextInt(PARTS.length)];
                if (random.nextInt(6) == 0) {
                    part = part.toUpperCase(Locale.ROOT);
                }
                sb.append(part);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String line = random.nextBoolean() ? sb.toString().strip() : sb.toString();
            assertEquals(reference(line), Labels.of(line), () -> "line '" + line + "'");
        }
    }

    @Test
    void countsCodePointsAsThePatternsDo() {
        String fire = "🔥".repeat(28);
        for (String line : new String[] {fire + " Timeline", fire + " Timeline:", fire + "🔥🔥🔥 Timeline", fire + " Impact: all users",
            "🔥".repeat(22) + " Impact: all users", "🔥".repeat(30) + " Impact: all users"}) {
            assertEquals(reference(line), Labels.of(line), () -> "line '" + line + "'");
        }
    }
}
