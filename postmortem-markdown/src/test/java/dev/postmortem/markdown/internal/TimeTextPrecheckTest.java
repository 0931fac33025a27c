package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests {@link TimeText} runs before its zone patterns and its "noon" / "midnight" check never
 * say no where the pattern or check would match: they only save work.
 */
class TimeTextPrecheckTest {

    private static final String[] WORDS = {"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Alaska", "Hawaii",
        "West", "Western", "East", "South", "Southern", "North", "Northern", "Africa", "African", "Europe", "European",
        "Australia", "Australian", "Greenwich Mean", "Coordinated Universal", "British Summer", "Indian", "Israel", "Japan",
        "Korea", "China", "Singapore", "Moscow", "Standard", "Daylight", "Summer", "Time", "time", "UTC", "GMT", "utc",
        "gmt", "PST", "CET", "IST", "Z", "+", "-", "+05:30", "1", "12", "0130", ":", " ", "  ", "\t", "\n", "the", "team",
        "noon", "midnight", "Noon", "MIDNIGHT", "no", "not", "mid", "midday", "minutes", "n\u00f6on", "m\u0131dnight",
        "M\u0130DNIGHT", "\u212a", "\u0000", "\u0007", "x", "(", ")"};

    private static final String[] ZONE_HEADS = {"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Alaska", "Hawaii",
        "Western Europe", "East Africa", "Central European", "South Australian", "North Africa", "Africa", "Greenwich Mean",
        "Coordinated Universal", "British Summer", "Indian", "Israel", "Japan", "Korea", "China", "Singapore", "Moscow"};

    /** Mostly zone-like text: spelled-out zones, numeric offsets, capitals; else random words. */
    private static String randomText(Random random) {
        if (random.nextBoolean()) {
            String head = switch (random.nextInt(3)) {
                case 0 -> ZONE_HEADS[random.nextInt(ZONE_HEADS.length)] + (random.nextBoolean() ? "" : " Standard") + " Time";
                case 1 -> (random.nextBoolean() ? "UTC" : "GMT") + (random.nextBoolean() ? " + " : "-") + random.nextInt(14)
                        + (random.nextBoolean() ? "" : ":30");
                default -> WORDS[random.nextInt(WORDS.length)];
            };
            head = switch (random.nextInt(4)) {
                case 0 -> head.toUpperCase(Locale.ROOT);
                case 1 -> head.toLowerCase(Locale.ROOT);
                default -> head;
            };
            return " ".repeat(random.nextInt(4)) + head + (random.nextBoolean() ? "" : " " + WORDS[random.nextInt(WORDS.length)]);
        }
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int p = 0; p < parts; p++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            switch (random.nextInt(5)) {
                case 0 -> w = w.toUpperCase(Locale.ROOT);
                case 1 -> w = w.toLowerCase(Locale.ROOT);
                default -> {
                }
            }
            sb.append(w);
            if (random.nextInt(3) > 0) {
                sb.append(random.nextInt(4) == 0 ? "  " : " ");
            }
        }
        return sb.toString();
    }

    /** The first non-blank of up to three blanks from {@code pos}, as {@code zoneAt} finds where a label starts. */
    private static int first(String s, int pos) {
        int i = pos;
        while (i < s.length() && i - pos < 3 && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    @Test
    void zoneChecksNeverMissAMatch() {
        Random random = new Random(27112026L);
        int spelled = 0;
        int bare = 0;
        int numeric = 0;
        for (int n = 0; n < 200_000; n++) {
            String s = randomText(random);
            int pos = random.nextInt(s.length());
            int f = first(s, pos);
            char c = at(s, f);
            Matcher m = TimeText.SPELLED_ZONE.matcher(s).region(pos, s.length());
            if (m.lookingAt()) {
                spelled++;
                assertTrue(TimeText.maySpellZone(c, at(s, f + 1)), () -> "spelled zone in '" + s + "' from " + pos);
            }
            m = TimeText.BARE_ZONE.matcher(s).region(pos, s.length());
            if (m.lookingAt() && f < s.length() && Character.isLetter(c)) {
                bare++;
                assertTrue(TimeText.mayBeBareZone(c, at(s, f + 1)), () -> "bare zone in '" + s + "' from " + pos);
            }
            m = TimeText.BARE_NUMERIC_SPACED.matcher(s).region(pos, s.length());
            if (m.lookingAt()) {
                numeric++;
                assertTrue(TimeText.mayBeNumericZone(s, f), () -> "numeric zone in '" + s + "' from " + pos);
            }
        }
        assertTrue(spelled > 1_000 && bare > 1_000 && numeric > 100, spelled + " " + bare + " " + numeric);
    }

    @Test
    void timeWordCheckNeverMissesNoonOrMidnight() {
        Random random = new Random(28112026L);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            String s = randomText(random);
            for (int i = 0; i < s.length(); i++) {
                if (TimeText.timeWordAt(s, i)) {
                    found++;
                    int at = i;
                    assertTrue(TimeText.Prose.mayStartTimeWord(s, i, s.charAt(i)), () -> "'" + s + "' at " + at);
                }
            }
        }
        assertTrue(found > 10_000, "too few: " + found);
    }

    private static final String[] PROSE_WORDS = {"for", "For", "FOR", "from", "between", "started", "starting at", "began",
        "on", "at", "at about", "until", "till", "ended", "resolved", "restored", "lasted", "lasting", "down for",
        "outage of", "downtime of", "disruption", "commenced", "hours", "hour", "Hrs", "hr", "minutes", "MINS", "min",
        "mi", "ho", "h", "m", "the", "outage", "down", "unavailable", "2", "45", "1.5", "~3", "a total of", "approximately",
        "_x", "x1", "\u00e9t\u00e9", "\u0130", "\u212a", "\u00e0", "\u2019", "\u0301", "-", ",", ".", "(", "\t", "  ", "\n"};

    private static String randomProse(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(14);
        for (int p = 0; p < parts; p++) {
            String w = PROSE_WORDS[random.nextInt(PROSE_WORDS.length)];
            sb.append(random.nextInt(6) == 0 ? w.toUpperCase(Locale.ROOT) : w);
            if (random.nextInt(4) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The scan {@link TimeText.Prose#leads()} replaced (one branch per character): the reference it must give. */
    private static java.util.List<Integer> referenceWordStarts(String t) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        boolean afterWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean word = c < 0x80 ? Character.isLetterOrDigit(c) || c == '_' : Character.isLetterOrDigit(c);
            if (word && !afterWord && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                starts.add(i);
            }
            afterWord = word;
        }
        return starts;
    }

    @Test
    void leadsAreTheLeadWordsAtWordStarts() {
        Random random = new Random(27112027L);
        String[] leadWords = {"from", "between", "start", "beginning", "began", "commenc", "on", "occurred", "at", "conclud",
            "ending", "ended", "until", "till", "resolved", "restored", "recovered", "fixed", "last", "down for",
            "outage of", "downtime of", "disruption of", "for"};
        int leads = 0;
        for (int n = 0; n < 50_000; n++) {
            String s = randomProse(random);
            TimeText.Prose prose = TimeText.prose(s);
            java.util.List<Integer> expected = new java.util.ArrayList<>();
            for (int i : referenceWordStarts(s)) {
                for (String w : leadWords) {
                    if (i + w.length() <= s.length() && asciiCaseEquals(s, i, w)) {
                        expected.add(i);
                        break;
                    }
                }
            }
            java.util.List<Integer> actual = new java.util.ArrayList<>();
            for (int k = 0; k < prose.leadCount(); k++) {
                actual.add(prose.leads()[k]);
                assertTrue(prose.leadBits(k) != 0, () -> "no set for a lead in '" + s + "'");
            }
            leads += actual.size();
            org.junit.jupiter.api.Assertions.assertEquals(expected, actual, () -> "leads of '" + s + "'");
        }
        assertTrue(leads > 50_000, "too few: " + leads);
    }

    /** Whether {@code w} (lower-case ASCII) is at {@code i} up to bit 0x20, as the lead scan compares. */
    private static boolean asciiCaseEquals(String s, int i, String w) {
        for (int j = 0; j < w.length(); j++) {
            if ((s.charAt(i + j) | 0x20) != w.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The prose duration pattern's alternative with a lookahead, as in {@link TimeText}. */
    private static final java.util.regex.Pattern FOR_DURATION = java.util.regex.Pattern.compile(
            "(?i)\\bfor (?:a total of )?(?:approximately |about |around |roughly |nearly |~)?"
                    + "(?=\\S+\\s?(?:hours?|minutes?|hrs?|mins?)\\b.{0,40}\\b(?:outage|downtime|down|disruption|unavailable))");

    @Test
    void unitCheckNeverMissesAForDuration() {
        Random random = new Random(27112028L);
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = randomProse(random);
            TimeText.Prose prose = TimeText.prose(s);
            Matcher m = FOR_DURATION.matcher(s);
            while (m.find()) {
                matched++;
                int at = m.start();
                assertTrue(prose.mayHoldUnitFrom(at + 4), () -> "'" + s + "' at " + at);
            }
        }
        assertTrue(matched > 300, "too few: " + matched);
    }
}
