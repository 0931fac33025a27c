package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SectionKind#classify}'s lookup of ASCII text without making strings gives what normalising with the
 * regular expressions and trying the patterns gives ({@link SectionKindTest#referenceClassify}), also for a
 * part of a text.
 */
class SectionKindLookupTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Summary", "1 Summary", "1. Summary", "12 Summary", "12. Summary", "123 Summary", "1.2 Summary", "1) Summary",
        "1", "12", "1 ", "Step 3 Timeline", "Step 3: Timeline", "step timeline", "Step 33x Timeline", "Step Timeline",
        "Section 12 Impact", "Section Impact", "Part 2 Lessons", "Part 2", "part two lessons", "H2 Summary",
        "h7 Summary", "H1", "h2summary", "iv. Summary", "IV) Summary", "x. Summary", "Summary?", "Summary ?",
        "Summary??", "Summary - ", "Summary -?'/", "Summary ' ?", "- Summary", "/ - Summary", "-/Summary", "- -",
        "?", "-", "/", "'", "Summary (draft)", "Summary (draft", "Summary draft)", "(draft) Summary", "Sum(x)mary",
        "Summary (\u00E9t\u00E9)", "Summary (x) (y)", "((Summary))", "Root Cause & Resolution", "Root Cause&Resolution",
        "Root  Cause", "Root\tCause", "Root_Cause", "Root-Cause", "ROOT CAUSE", "What caused this incident?",
        "What caused this incident ?", "Timeline:", "Time line", "Time-line", "Follow-ups", "Follow ups", "To-Dos",
        "to do", "Lessons learnt", "Impact!", "**Impact**", "#Impact", "2. Impact 🔥", "Impact \u00E9", "\u00C9v\u00E9nements",
        "", " ", "   Summary   ", "Summary\u0000", "Sum\u0301mary", "Summary\u212A", "\uD83D\uDCCB Summary",
        "\uD83D\uDD25 Timeline \uD83D\uDD25", "Root Cause \u2014 Analysis", "Impact\u2026", "\u2022 Impact", "\u2705 Action Items",
        "\u26A0\uFE0F Impact", "\uD83D\uDC68\u200D\uD83D\uDCBB Contributors", "\u2776 Summary", "\u2460 Summary",
        "What\u2019s next", "Lessons \u201Clearned\u201D", "Summary (\u2014)", "Summary (\u00E9)", "Time\u2010line",
        "\uD83D Summary", "Summary \uDCCB", "\uD83C\uDDFA\uD83C\uDDF8 Timeline", "\uD83E\uDEFF Impact", "Impact \uD83E\uDF00"})
    void sameAsTheReference(String text) {
        assertEquals(SectionKindTest.referenceClassify(text), SectionKind.classify(text), () -> "text '" + text + "'");
        String padded = "x: " + text + " :y";
        assertEquals(SectionKind.classify(text), SectionKind.classify(padded, 3, 3 + text.length()),
                () -> "part '" + text + "'");
    }

    @Test
    void everyListedNameAndItsNeighboursAsTheReference() throws ReflectiveOperationException {
        java.lang.reflect.Field field = SectionKind.class.getDeclaredField("NAMES");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        java.util.Map<String, SectionKind> names = (java.util.Map<String, SectionKind>) field.get(null);
        assertTrue(names.size() > 1000, "names: " + names.size());
        for (String name : names.keySet()) {
            assertEquals(names.get(name), SectionKind.classify(name), name);
            for (String text : new String[] {"2. " + name, "Step 4 " + name, name + " ?", "- " + name, name + " x",
                "x " + name, name.toUpperCase(Locale.ROOT) + " (draft)", name + name, name.replace(' ', '_')}) {
                assertEquals(SectionKindTest.referenceClassify(text), SectionKind.classify(text), text);
            }
        }
    }

    @Test
    void inertCharactersChangeNothingButMakeBlanks() {
        StringBuilder inert = new StringBuilder();
        for (int cp = 0x80; cp <= 0x1FFFF; cp++) {
            char[] chars = Character.toChars(cp);
            if (SectionKind.inertLength(chars, 0, chars.length) == chars.length) {
                inert.appendCodePoint(cp);
            }
        }
        assertTrue(inert.length() > 2000, "inert characters: " + inert.length());
        inert.codePoints().forEach(cp -> {
            String x = new String(Character.toChars(cp));
            String where = "U+" + Integer.toHexString(cp);
            assertEquals(x, x.toLowerCase(Locale.ROOT), where);
            assertFalse(Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                    || Character.getType(cp) == Character.OTHER_NUMBER, where);
            for (char a = 0; a < 0x80; a++) {
                for (String s : new String[] {a + x, x + a, x + x}) {
                    assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), where + " next to " + (int) a);
                }
            }
            assertEquals("", SectionKind.normalise(x), where);
        });
    }

    private static final String[] PIECES = {
        "summary", "incident", "the", "of", "root", "cause", "timeline", "time", "line", "events", "impact", "start",
        "date", "and", "&", "/", "-", "?", "'", "(", ")", "(utc)", "1", "12", "123", "1.", "step", "part", "section",
        "h2", "h9", "iv.", " ", "  ", "\t", ":", ".", "!", "#", "*", "_", "\u00E9", "\u0301", "\u2014", "\u2019",
        "\u2022", "\u2026", "\u2705", "\u26A0\uFE0F", "\u200D", "\uD83D\uDD25", "\uD83D\uDCCB", "\uD83D", "\u2776",
        "\u212A"};

    @Test
    void sameAsTheReferenceOnRandomTexts() {
        Random random = new Random(777L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(6); p >= 0; p--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                sb.append(random.nextInt(5) == 0 ? piece.toUpperCase(Locale.ROOT) : piece);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            assertEquals(SectionKindTest.referenceClassify(text), SectionKind.classify(text), () -> "text '" + text + "'");
        }
    }
}
