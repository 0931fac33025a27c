package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SectionKind}'s hand-written normalisation and its lookups give what the plain regular expressions give. */
class SectionKindTest {

    private static final Pattern DECORATION = Pattern.compile("[^\\p{L}\\p{N} &/?'-]+");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}[.)]?|[ivx]{1,4}[.)]|step \\d+|part \\d+|section \\d+|h[1-6])\\s+");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");

    /** Normalisation as a chain of regular expressions. */
    static String referenceNormalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = PARENS.matcher(t).replaceAll(" ");
        t = DECORATION.matcher(t).replaceAll(" ");
        t = WHITESPACE_RUN.matcher(t).replaceAll(" ").strip();
        t = NUMBERING.matcher(t).replaceFirst("");
        while (t.endsWith("?") || t.endsWith("/") || t.endsWith("-") || t.endsWith("'")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (t.startsWith("-") || t.startsWith("/")) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** Classification by trying each kind's pattern in turn. */
    static SectionKind referenceClassify(String text) {
        if (text == null || text.length() > 120) {
            return null;
        }
        String n = referenceNormalise(text);
        if (n.isEmpty()) {
            return null;
        }
        for (SectionKind k : SectionKind.values()) {
            if (k.pattern.matcher(n).matches()) {
                return k;
            }
        }
        return null;
    }

    private static final String[] PARTS = {
        "Summary", "incident", "executive", "overview", "of the", "outage", "Impact", "customer", "start", "time",
        "date", "and", "&", "end", "ended", "duration", "downtime", "timeline", "time line", "events", "sequence of",
        "root", "cause", "causes", "analysis", "resolution", "fix", "mitigation", "recovery", "corrective", "actions",
        "action items", "follow-up", "follow ups", "next steps", "to-dos", "lessons", "learned", "what went well",
        "takeaways", "contributors", "written by", "the", "what", "caused", "this", "issue?", "1.", "2)", "12", "IV.",
        "iv)", "Step 3", "part 2", "Section 4", "h2", "(UTC)", "(all times PT)", "(", ")", "**", "__", ":", "-", "/",
        "'", "?", "🔥", "📋", "\t", "\u00a0", "\u2003", "e\u0301", "\u00e9", "\u0130", "\u212a", "Ω", "٣", "Ⅻ", "½",
        "\ud83d", "#", "...", "`", "—", "–", "[x]"};

    @Test
    void normalisesAndClassifiesAsTheRegularExpressionsDo() {
        Random random = new Random(26112026L);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(7);
            for (int p = 0; p < parts; p++) {
                String part = PARTS[random.nextInt(PARTS.length)];
                if (random.nextInt(5) == 0) {
                    part = part.toUpperCase(Locale.ROOT);
                }
                sb.append(part).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            assertEquals(referenceNormalise(text), SectionKind.normalise(text), () -> "normalise '" + text + "'");
            assertEquals(referenceClassify(text), SectionKind.classify(text), () -> "classify '" + text + "'");
        }
    }

    @Test
    void classifiesNamesMadeOfThePatternsWordsAsThePatternsDo() {
        assertTrue(SectionKind.namesListed(), "every kind's names are listed");
        List<String> words = new ArrayList<>();
        for (SectionKind k : SectionKind.values()) {
            for (String w : k.pattern.pattern().split("[^a-z]+")) {
                if (!w.isEmpty() && !words.contains(w)) {
                    words.add(w);
                }
            }
        }
        String[] joins = {" ", " ", " ", " & ", " / ", "/", "-", ""};
        Random random = new Random(20261126L);
        int known = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder(words.get(random.nextInt(words.size())));
            for (int p = random.nextInt(6); p > 0; p--) {
                sb.append(joins[random.nextInt(joins.length)]).append(words.get(random.nextInt(words.size())));
            }
            if (random.nextInt(10) == 0) {
                sb.append(random.nextBoolean() ? "s" : "?");
            }
            String text = sb.toString();
            SectionKind expected = referenceClassify(text);
            known += expected != null ? 1 : 0;
            assertEquals(expected, SectionKind.classify(text), () -> "classify '" + text + "'");
        }
        assertTrue(known > 2_000, "too few names of a kind: " + known);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "## 1. Executive Summary 📋 | SUMMARY",
            "Timeline (all times UTC) | TIMELINE",
            "What caused this incident? | ROOT_CAUSE",
            "Root Cause & Resolution | ROOT_CAUSE_AND_RESOLUTION",
            "Follow-up Actions | ACTIONS",
            "Lessons Learned | LESSONS",
            "Start Time | START",
            "A Race Against Time | ",
            "Kudos | "})
    void classifiesCommonHeadings(String text, SectionKind expected) {
        assertEquals(expected, SectionKind.classify(text));
        assertEquals(referenceClassify(text), SectionKind.classify(text));
    }
}
