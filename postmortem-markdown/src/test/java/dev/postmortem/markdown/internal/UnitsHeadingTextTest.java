package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Units#atxText}'s hand scans give what the ATX patterns they replace give. */
class UnitsHeadingTextTest {

    private static final Pattern ATX_OPEN = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern ATX_CLOSE = Pattern.compile("(?:^|\\s+)#+\\s*$");

    /** The heading text as the patterns give it, or null when the line does not open as an ATX heading. */
    static String reference(String line) {
        Matcher open = ATX_OPEN.matcher(line);
        if (!open.lookingAt()) {
            return null;
        }
        String t = line.substring(open.end());
        if (t.indexOf('#') >= 0) {
            t = ATX_CLOSE.matcher(t).replaceFirst("");
        }
        return t.strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title", "## Title ##", "###### Six", "####### Seven", "#Title", "#", "##", "# ", "#\t", "   # Three",
        "    # Four", "\t# Tab", " \t # Mixed", "# Title #", "# Title#", "# Title # ", "# Title ## #", "# #", "# # #",
        "# C# language", "# Title \\#", "# Title\u2028", "#\u2028", "# Title #\u2028", "# Title #\u0085", "# Title #\u2029 ",
        "# Title #\u2028\u2028", "#\u0085", "#\u00A0Title", "# Title #\u00A0", "# Title\u000B#\f", "# a#b #", "#x #",
        "# ##", "## ## ##", "#\r", "# Title #\r", "\u2028# x", "", " ", "x # y"})
    void sameAsThePatterns(String line) {
        assertEquals(reference(line), Units.atxText(line, 0, line.length()), () -> "line '" + line + "'");
        String padded = "ab\n" + line + "\ncd";
        assertEquals(reference(line), Units.atxText(padded, 3, 3 + line.length()), () -> "in text: '" + line + "'");
    }

    private static final String[] PIECES = {"#", "#", "##", "###", " ", " ", "  ", "\t", "\u000B", "\f", "\r", "x",
        "Title", "C#", "\\#", "\u0085", "\u2028", "\u2029", "\u00A0", "\u00E9"};

    @Test
    void sameAsThePatternsOnRandomLines() {
        Random random = new Random(314159L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = sb.toString();
            assertEquals(reference(line), Units.atxText(line, 0, line.length()), () -> "line '" + line + "'");
        }
    }
}
