package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        "", " ", "   Summary   ", "Summary\u0000", "Sum\u0301mary", "Summary\u212A"})
    void sameAsTheReference(String text) {
        assertEquals(SectionKindTest.referenceClassify(text), SectionKind.classify(text), () -> "text '" + text + "'");
        String padded = "x: " + text + " :y";
        assertEquals(SectionKind.classify(text), SectionKind.classify(padded, 3, 3 + text.length()),
                () -> "part '" + text + "'");
    }

    private static final String[] PIECES = {
        "summary", "incident", "the", "of", "root", "cause", "timeline", "time", "line", "events", "impact", "start",
        "date", "and", "&", "/", "-", "?", "'", "(", ")", "(utc)", "1", "12", "123", "1.", "step", "part", "section",
        "h2", "h9", "iv.", " ", "  ", "\t", ":", ".", "!", "#", "*", "_", "\u00E9", "\u0301"};

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
