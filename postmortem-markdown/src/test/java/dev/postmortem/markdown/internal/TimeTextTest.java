package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link TimeText#colonParts} reads what {@link TimeText#TIME_COLON} matches. */
class TimeTextTest {

    private static final String ALPHABET = "0123456789::::....    \taApPmMmx";

    @Test
    void readsClockTimesAsThePatternDoes() {
        Random random = new Random(26112026L);
        int matched = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(18);
            for (int i = 0; i < length; i++) {
                sb.append(i < 5 && random.nextInt(4) > 0 ? "12:34".charAt(i) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            int pos = random.nextInt(3) == 0 ? random.nextInt(s.length()) : 0;
            int limit = random.nextInt(4) == 0 ? pos + random.nextInt(s.length() - pos + 1) : s.length();
            matched += check(s, pos, limit) ? 1 : 0;
        }
        assertTrue(matched > 20_000, "too few times: " + matched);
    }

    @Test
    void readsTheAwkwardOnesAsThePatternDoes() {
        for (String s : new String[] {"12:34:56.1234567890", "12:34:56.123456789", "12:34:56.123456789 pm", "12:34:567",
            "12:34:5", "12:345", "123:45", "1:23:45.1pm", "12:34 a.m.", "12:34  p. m.x", "12:34   pm", "12:34 a .m",
            "12:34a.mx", "12:34a.m.", "12:34 P.M", "12:34\tam", "12:34 am5", "9:05", "9:5", ":12", "12:34:56:78",
            "12:34.5", "12:34:56.", "12:34:56.x"}) {
            for (int limit = 0; limit <= s.length(); limit++) {
                check(s, 0, limit);
            }
        }
    }

    /** Compares the two readings; true when the pattern matched. */
    private static boolean check(String s, int pos, int limit) {
        Matcher m = TimeText.TIME_COLON.matcher(s).region(pos, limit);
        TimeText.ColonParts expected = m.lookingAt()
                ? new TimeText.ColonParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.end()) : null;
        assertEquals(expected, TimeText.colonParts(s, pos, limit), () -> "'" + s + "' from " + pos + " to " + limit);
        return expected != null;
    }

    @Test
    void aDateBeforeATimeInParenthesesAtAnOffsetNoZoneHasIsTheDateAlone() {
        TimeText.Stamp s = TimeText.stampAt("13.05.2024 (14:05+51:00 to 15:00)", 0, false);
        org.junit.jupiter.api.Assertions.assertNotNull(s);
        org.junit.jupiter.api.Assertions.assertEquals(dev.postmortem.core.Timestamp.parse("2024-05-13"), s.value());
        org.junit.jupiter.api.Assertions.assertEquals("13.05.2024".length(), s.end());
    }
}
