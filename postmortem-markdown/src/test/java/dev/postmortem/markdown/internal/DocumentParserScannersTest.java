package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand scanners of {@link DocumentParser} give what the patterns they stand for give: checked against
 * those patterns (copied here as the reference) on random text made of the characters that matter to them,
 * and on examples. A failure names its seed; rerun it with {@code -Dscanners.seed=N}.
 */
class DocumentParserScannersTest {

    private static final Pattern GLYPH = Pattern.compile("^(?:[•·▪◦>]\\s*|[-–—*+](?=\\s|\\d)\\s*|o\\t)(?=\\S)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\)\\s*)?(?:(?:[-–—:|=~>,]|->|=>){1,3}\\s*)?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern FIELD = Pattern.compile(
            "(?:\\*\\*|__)?([A-Za-z][A-Za-z #/]{0,20}?)\\s*(?::(?:\\*\\*|__)|(?:\\*\\*|__):|:)\\s*(\\S.*)");
    private static final Pattern STATUS_GLYPH = Pattern.compile("(✅|✔️?|☑️?|☐|⬜|🔲|❌)\\s*");

    /** What the random texts are made of: glyphs, blanks of every kind \s knows and some it does not, marks, letters. */
    private static final String[] PIECES = {"•", "·", "▪", "◦", ">", "-", "–", "—", "*", "+", "o", "\t", " ", "  ", "\n",
        "\u000B", "\f", "\r", "\u00a0", "\u2003", "1", "42", ")", ":", "|", "=", "~", ",", "->", "=>", ".", "!", "?", "A",
        "É", "\ud835\udc00", "ǅ", "Ⓐ", "a", "x", "Owner", "due", "**", "__", "#", "/", "✅", "✔️", "☑", "❌", "🔲", "ok"};

    private static final long SEED = Long.getLong("scanners.seed", 20261127L);

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(9);
        for (int p = 0; p < parts; p++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> scannersAgreeWithTheirPatternsOnRandomText() {
        return IntStream.range(0, 8).mapToObj(round -> {
            long seed = SEED + round;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                Random random = new Random(seed);
                for (int i = 0; i < 25_000; i++) {
                    String t = randomText(random);
                    String where = "seed " + seed + ", text #" + i + " '" + t.replace("\n", "\\n") + "'";
                    int from = t.isEmpty() ? 0 : random.nextInt(t.length() + 1);

                    Matcher g = GLYPH.matcher(t.substring(from));
                    assertEquals(g.find() ? from + g.end() : -1, DocumentParser.glyphEnd(t, from), "glyph, " + where);

                    Matcher sep = SEPARATOR.matcher(t).region(from, t.length());
                    assertTrue(sep.lookingAt(), where);
                    assertEquals(sep.end(), DocumentParser.separatorEnd(t, from), "separator from " + from + ", " + where);

                    long breaks = SENTENCE_BREAK.matcher(t).results().count();
                    assertEquals(Math.min(breaks, 2), DocumentParser.sentenceBreaks(t, 2), "sentence breaks, " + where);

                    if (FIELD.matcher(t).matches()) {
                        assertTrue(DocumentParser.mayBeField(t), "field, " + where);
                    }
                    if (STATUS_GLYPH.matcher(t).lookingAt()) {
                        assertTrue(DocumentParser.mayBeStatusGlyph(t), "status glyph, " + where);
                    }
                }
            });
        });
    }

    /** Pieces of dates, times and decoration, for the date-alone check. */
    private static final String[] DATE_PIECES = {"March", "Mar.", "3", "3rd", "14", "2024", "2024-03-03", "03/03/2024",
        "3.3.2024", "Tuesday", "Tue,", "of", ",", " ", "  ", "\t", ":", ".", "**", "__", "`", "14:05", "9:40 AM", "noon",
        "UTC", "(", ")", "-", "at", "T10:00", "'24", "\u00a0"};

    @TestFactory
    Stream<DynamicTest> aDateAloneIsNeverTurnedDown() {
        return IntStream.range(0, 4).mapToObj(round -> {
            long seed = SEED + 100 + round;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                Random random = new Random(seed);
                int datesAlone = 0;
                for (int i = 0; i < 40_000; i++) {
                    StringBuilder sb = new StringBuilder();
                    int parts = 1 + random.nextInt(7);
                    for (int p = 0; p < parts; p++) {
                        sb.append(DATE_PIECES[random.nextInt(DATE_PIECES.length)]);
                        if (random.nextBoolean()) {
                            sb.append(' ');
                        }
                    }
                    String t = sb.toString();
                    TimeText.Stamp whole = TimeText.wholeStamp(t, true);
                    if (whole != null && whole.value().hasDate() && !whole.value().hasTime()) {
                        datesAlone++;
                        assertTrue(DocumentParser.mayBeDateAlone(t, 0), "seed " + seed + ", text #" + i + " '" + t + "'");
                    }
                }
                assertTrue(datesAlone > 100, "the texts hold dates alone: " + datesAlone);
            });
        });
    }

    @Test
    void examples() {
        assertEquals(2, DocumentParser.glyphEnd("• item", 0));
        assertEquals(-1, DocumentParser.glyphEnd("-item", 0), "a dash glyph needs a blank or digit after it");
        assertEquals(1, DocumentParser.glyphEnd("-5 errors", 0));
        assertEquals(-1, DocumentParser.glyphEnd("•   ", 0), "nothing after the glyph");
        assertEquals(2, DocumentParser.glyphEnd("o\tthird", 0));
        assertEquals(8, DocumentParser.separatorEnd("14:00 - Paged", 5));
        assertEquals(5, DocumentParser.separatorEnd("14:00Paged", 5));
        assertEquals(9, DocumentParser.separatorEnd("14:00 ->-> x", 5), "at most three marks");
        assertEquals(9, DocumentParser.separatorEnd("(14:00) :x", 6));
        assertEquals(1, DocumentParser.sentenceBreaks("Fix it. Then ship.", 5));
        assertEquals(0, DocumentParser.sentenceBreaks("Fix v1.2 and ship", 5));
        assertEquals(2, DocumentParser.sentenceBreaks("A. B. C. D.", 2), "stops counting at the limit");
        assertTrue(DocumentParser.mayBeField("**Owner:** Dana"));
        assertTrue(DocumentParser.mayBeField("Due date : 2026-01-01"));
        assertFalse(DocumentParser.mayBeField("Fix the cache (soon): now"));
        assertFalse(DocumentParser.mayBeField("- Owner: Dana"));
        assertTrue(DocumentParser.mayBeDateAlone("**March 3, 2024:**", 0));
        assertTrue(DocumentParser.mayBeDateAlone("- 2024-03-03.", 2));
        assertFalse(DocumentParser.mayBeDateAlone("March 3, 14:05", 0));
    }
}
