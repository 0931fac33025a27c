package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Labels#of}'s hand-written scans give what its four patterns give ({@link LabelsTest#reference}), on the
 * edges the scans decide: markers, colons and blanks around them, line terminators that {@code .} does not take,
 * lengths in code points.
 */
class LabelsScanTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "**Impact:**", "**Impact**:", "**Impact** :", "**Impact :** ", "**Impact**", "__Impact__", "**Impact__",
        "__Impact:__ all users", "**Impact:** all users", "**Impact**: all users", "**Impact** : all users",
        "**Impact**:all users", "**Impact**:", "**Impact**: ", "**Impact** all users", "**Impact: all** users",
        "**Impact:**\u2028x", "**Impact:** a\u2028b", "**Impact:** \u2028", "**Impact**:\u0085", "**Impact**: \u0085x",
        "**Impact**:\u0085 x", "**Impact**:\rx", "**Impact**: x\r", "**Imp\nact**: x", "**Impact\n**: x",
        "**\nImpact**: x", "** Impact**: x", "**:**: x", "**: **x", "** :** x", "**:** x", "****: x", "***Impact**: x",
        "**Impact***: x", "**Imp_act**: x", "**Impact:**: x", "**Impact::** x", "**Impact: :** x", "**Impact**::x",
        "**Impact**\t:\tx", "**Impact\u000B:**\fx", "**Root Cause:** a: b", "**Timeline:**", "**The Timeline**",
        "**Timeline**:", "**Incident Timeline:** ", "**Timeline** \u2029", "**Time\u2029line**", "**Timeline:** \u2029",
        "**Summary of the incident:** it broke", "** **", "**a**", "**", "****", "**x**y**: z",
        "Impact: all users", "Impact:all users", "Impact :  all users", "Impact:", "Impact", "Impact :", " Impact: x",
        "  : x", ": x", "Impact: \u2028", "Impact: x\u0085", "Impact:\u0085", "Impact: \u0085", "Impact:\tx",
        "Impact\t: x", "Im(pact): x", "Impact (users): x", "Impact (users)", "Impact [users]", "Impact|x: y",
        "Root Cause: a: b", "Start Time: 14:00", "Date: 2024-05-02", "Duration:2h", "Duration:\u000B2h",
        "Timeline\u2028", "Time\nline", "Summary\r", "\u00C9t\u00E9: x", "Summ\u0301ary: x", "Impact\u00A0: x"})
    void sameAsThePatterns(String line) {
        assertEquals(LabelsTest.reference(line), Labels.of(line), () -> "line '" + line + "'");
    }

    @Test
    void sameAsThePatternsAroundTheirLengthLimits() {
        // names that classify whatever their length: parenthesised parts and emoji only make blanks
        for (int n = 0; n <= 130; n++) {
            for (String pad : new String[] {"x", "\uD83D\uDD25", " "}) {
                String inParens = "Timeline (" + pad.repeat(n) + ")";
                String emoji = pad.repeat(n) + " Impact";
                for (String name : new String[] {inParens, emoji}) {
                    for (String line : new String[] {name, name + ":", name + ": all users", name + " :\tall users",
                        "**" + name + "**", "**" + name + ":**", "**" + name + "**: all users", "**" + name + ":** all users",
                        "__" + name + "__ : x"}) {
                        assertEquals(LabelsTest.reference(line), Labels.of(line), () -> "line '" + line + "'");
                    }
                }
            }
        }
    }

    private static final String[] PIECES = {
        "Impact", "Root Cause", "Timeline", "Start Time", "Summary", "Lessons Learned", "Duration", "Resolution",
        "all users", "x", "14:00", "**", "**", "__", "*", "_", ":", ":", ": ", " :", "::", " ", "  ", "\t", "\u000B",
        "\f", "\r", "\n", "\u0085", "\u2028", "\u2029", "\u00A0", "(", ")", "[", "`", "|", "<", "\u00E9", "\u0301",
        "\uD83D\uDD25", "\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25",
        "words and more words and more words and even more words", "1.", "?", "-"};

    @Test
    void sameAsThePatternsOnRandomLines() {
        Random random = new Random(424242L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(3) == 0) {
                sb.append(random.nextBoolean() ? "**" : "__");
            }
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                sb.append(random.nextInt(6) == 0 ? piece.toUpperCase(Locale.ROOT) : piece);
            }
            String line = sb.toString();
            assertEquals(LabelsTest.reference(line), Labels.of(line), () -> "line '" + line + "'");
        }
    }
}
