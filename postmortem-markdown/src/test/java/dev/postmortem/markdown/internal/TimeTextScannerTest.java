package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ZoneAbbreviations;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand scanners in {@link TimeText} read exactly what the regular expressions they replace read: each is run
 * against the pattern (copied here as it stood) at every position and with several region ends of random texts
 * made from the pieces that matter to it, and on edge cases written out.
 */
class TimeTextScannerTest {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s{1,3})?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern DATE_MDY = Pattern.compile(WEEKDAY + MONTH + "\\s{0,3}(\\d{1,2})" + ORD
            + "(?:\\s{0,3},){0,2}\\s{0,3}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_DMY = Pattern.compile(WEEKDAY + "(\\d{1,2})" + ORD + "\\s{1,3}(?:of\\s{1,3})?" + MONTH
            + ",?\\s{1,3}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_YEARLESS = Pattern.compile(WEEKDAY + "(?:" + MONTH + "\\s{1,3}(\\d{1,2})" + ORD
            + "|(\\d{1,2})" + ORD + "\\s{1,3}" + MONTH + ")(?![\\w])(?:,\\s{0,2}'?\\d{2}(?![\\d:]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_LEAD = Pattern.compile(
            "(?:~|≈|approx(?:\\.|imately)?|about|around|roughly|nearly|almost|some|just|a total of|total of|for|of)\\s{0,3}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF_HOUR = Pattern.compile("half\\s(?:an\\s)?hour(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_JOIN = Pattern.compile("\\s{0,3}(?:,|and|&)?\\s{0,3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?|a|an|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)\\s{0,2}(?:-\\s?)?(?:whole\\s|full\\s)?"
            + "(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN_ZONE = Pattern.compile("\\s{0,3}\\(\\s{0,2}([^()\\n]{1,40}?)\\s{0,2}\\)");
    private static final Pattern STAMP_DATE_GLUE = Pattern.compile(",?\\s{1,3}(?:on\\s{1,3})?");
    private static final Pattern DATE_TIME_GLUE = Pattern.compile(
            "(?:T|\\s{0,3},?\\s{0,3}(?:at\\s{1,3}|@\\s{0,2}|-\\s{1,2}|–\\s{1,2}|~\\s{0,2})?)");

    private static final String[] PIECES = {" ", " ", "  ", "   ", "    ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", ",", ".", "-",
        "–", "~", "≈", "@", "&", "(", ")", "+", ":", "'", "_", "T", "0", "1", "2", "5", "12", "13", "31", "99", "123", "1234",
        "12345", "2024", ".5", ".25", ".125", ".1234", "a", "A", "an", "AN", "one", "Two", "ten", "tend", "eleven", "fifteen",
        "forty", "forty-five", "FORTY-FIVE", "fifty", "fourteen", "half", "Half", "hour", "HOURS", "hours", "hr", "hrs", "h", "d",
        "day", "Days", "m", "min", "mins", "minute", "Minutes", "s", "sec", "secs", "second", "seconds", "ms", "hourly",
        "whole", "full", "WHOLE", "approx", "Approx.", "approximately", "approximation", "about", "around", "roughly", "nearly",
        "almost", "some", "just", "a total of", "total of", "for", "FOR", "of", "and", "AND", "andrew", "on", "On", "at", "At",
        "UTC", "GMT", "utc", "gmt", "Utc", "UTC+1", "GMT-05:00", "utc+0530", "UTC-5:3", "UTC+123", "Z", "PST", "CET", "ABCDE",
        "ABCDEF", "AB", "A1", "DB", "X_", "st", "nd", "rd", "th", "ST", "of", "OF", "jan", "January", "MAR", "March", "may",
        "june", "Sept", "sept.", "September", "Dec", "decided", "mon", "Monday", "tues", "Wednesday", "wedday", "satur",
        "Saturday", "sun", "Eastern", "EASTERN", "Centralern", "Greenwich", "coordinated", "Singapore", "Moscow", "Time", "ı",
        "\u212A", "ſ", "é", "\u0301", "x", "the"};

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** Runs {@code check} on random texts at every position, with the region ending at the text's end and before. */
    private static void everywhere(long seed, int texts, BiConsumer<String, int[]> check) {
        Random random = new Random(seed);
        for (int n = 0; n < texts; n++) {
            String s = randomText(random);
            for (int pos = 0; pos <= s.length(); pos++) {
                for (int limit : new int[] {s.length(), Math.min(s.length(), pos + random.nextInt(6))}) {
                    check.accept(s, new int[] {pos, limit});
                }
            }
        }
    }

    private static Matcher at(Pattern p, String s, int pos, int limit) {
        return p.matcher(s).region(pos, limit);
    }

    private static String where(String s, int[] at) {
        return "'" + s + "' at " + at[0] + " to " + at[1];
    }

    @Test
    void durationLeadIsThePattern() {
        everywhere(1, 20_000, (s, at) -> {
            Matcher m = at(DURATION_LEAD, s, at[0], at[1]);
            assertEquals(m.lookingAt() ? m.end() : -1, TimeText.durationLeadEnd(s, at[0], at[1]), () -> where(s, at));
        });
        assertEquals(6, TimeText.durationLeadEnd("approximation", 0, 13));
        assertEquals(8, TimeText.durationLeadEnd("APPROX. 5", 0, 9));
        assertEquals(-1, TimeText.durationLeadEnd("\u212Aabout", 0, 6));
    }

    @Test
    void halfHourAndJoinAreThePatterns() {
        everywhere(2, 20_000, (s, at) -> {
            Matcher half = at(HALF_HOUR, s, at[0], at[1]);
            assertEquals(half.lookingAt() ? half.end() : -1, TimeText.halfHourEnd(s, at[0], at[1]), () -> where(s, at));
            Matcher join = at(DURATION_JOIN, s, at[0], at[1]);
            assertTrue(join.lookingAt());
            assertEquals(join.end(), TimeText.durationJoinEnd(s, at[0], at[1]), () -> where(s, at));
        });
        assertEquals(12, TimeText.halfHourEnd("half an hour", 0, 12));
        assertEquals(-1, TimeText.halfHourEnd("half an hours", 0, 13));
        assertEquals(9, TimeText.halfHourEnd("Half\tHOUR.", 0, 10));
    }

    @Test
    void durationPartIsThePattern() {
        everywhere(3, 20_000, (s, at) -> {
            Matcher m = at(DURATION_PART, s, at[0], at[1]);
            TimeText.DurationPart part = new TimeText.DurationPart();
            boolean read = part.readAt(s, at[0], at[1]);
            assertEquals(m.lookingAt(), read, () -> where(s, at));
            if (read) {
                assertEquals(m.group(1), s.substring(part.numberStart, part.numberEnd), () -> where(s, at));
                assertEquals(m.group(2), s.substring(part.unitStart, part.unitEnd), () -> where(s, at));
                assertEquals(m.end(), part.unitEnd, () -> where(s, at));
                assertEquals(Character.isDigit(m.group(1).charAt(0)), part.digits, () -> where(s, at));
            }
        });
        TimeText.DurationPart part = new TimeText.DurationPart();
        assertTrue(part.readAt("forty-five minutes", 0, 18));
        assertEquals(45, part.wordValue);
        assertTrue(part.readAt("tend", 0, 4));
        assertEquals(10, part.wordValue);
        assertTrue(!part.readAt("12345 hours", 0, 11) && !part.readAt("1.2345 h", 0, 8) && !part.readAt("5 ms", 0, 4));
    }

    @Test
    void zoneScannersAreThePatterns() {
        everywhere(4, 20_000, (s, at) -> {
            int first = at[0];
            while (first < at[1] && first - at[0] < 3 && " \t\n\u000B\f\r".indexOf(s.charAt(first)) >= 0) {
                first++;
            }
            Matcher bare = at(TimeText.BARE_ZONE, s, at[0], at[1]);
            int end = TimeText.bareZoneEnd(s, first, at[1]);
            assertEquals(bare.lookingAt() ? bare.end() : -1, end, () -> where(s, at));
            if (end >= 0) {
                assertEquals(bare.group(1), s.substring(first, end));
            }
            Matcher paren = at(PAREN_ZONE, s, at[0], at[1]);
            boolean open = first < at[1] && s.charAt(first) == '(';
            if (open) {
                int close = TimeText.parenZoneClose(s, first, at[1]);
                assertEquals(paren.lookingAt() ? paren.end() : -1, close < 0 ? -1 : close + 1, () -> where(s, at));
                if (close >= 0) {
                    assertEquals(paren.group(1).strip(), s.substring(first + 1, close).strip());
                }
            } else {
                assertTrue(!paren.lookingAt(), () -> where(s, at));
            }
            Matcher spelled = at(TimeText.SPELLED_ZONE, s, at[0], at[1]);
            if (spelled.lookingAt()) {
                assertTrue(TimeText.maySpellZoneWord(s, first, at[1]), () -> where(s, at));
            }
        });
        assertEquals(-1, TimeText.parenZoneClose("(U\nC)", 0, 5));
        assertEquals(7, TimeText.parenZoneClose("(\nUTC\n\n)", 0, 8));
        assertEquals(6, TimeText.parenZoneClose("(\nUTC\n)", 0, 7));
        assertEquals(-1, TimeText.parenZoneClose("(" + "x".repeat(41) + ")", 0, 43));
        assertEquals(44, TimeText.parenZoneClose("(  " + "x".repeat(40) + " )", 0, 45));
    }

    @Test
    void gluesAreThePatterns() {
        everywhere(5, 20_000, (s, at) -> {
            Matcher glue = at(STAMP_DATE_GLUE, s, at[0], at[1]);
            assertEquals(glue.lookingAt() ? glue.end() : -1, TimeText.stampDateGlueEnd(s, at[0], at[1]), () -> where(s, at));
            Matcher dt = at(DATE_TIME_GLUE, s, at[0], at[1]);
            assertTrue(dt.lookingAt());
            assertEquals(dt.end(), TimeText.skipDateTimeGlue(s, at[0], at[1]), () -> where(s, at));
        });
    }

    @Test
    void dateChecksNeverMissAMatch() {
        everywhere(6, 20_000, (s, at) -> {
            int pos = at[0];
            int limit = at[1];
            if (pos >= limit) {
                return;
            }
            boolean digit = Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 0x80;
            for (Pattern p : new Pattern[] {DATE_MDY, DATE_DMY, DATE_YEARLESS}) {
                if (at(p, s, pos, limit).lookingAt()) {
                    if (digit) {
                        assertTrue(TimeText.monthAfterDay(s, pos, limit), () -> p + " " + where(s, at));
                    } else {
                        assertTrue(TimeText.nameAt(s, pos, limit) != 0, () -> p + " " + where(s, at));
                    }
                }
            }
        });
        assertEquals(TimeText.MONTH_NAME, TimeText.nameAt("Sept. 5", 0, 7));
        assertEquals(TimeText.WEEKDAY_NAME, TimeText.nameAt("WEDNESDAY", 0, 9));
        assertEquals(0, TimeText.nameAt("Monitoring", 0, 10));
        assertTrue(TimeText.monthAfterDay("5th of  March", 0, 13));
        assertTrue(!TimeText.monthAfterDay("123 March", 0, 9));
    }

    @Test
    void utcLabelIsThePattern() {
        Pattern utcLabel = Pattern.compile("(?:UTC|GMT|utc|gmt)(?:[+-]\\d{1,2}(?::?\\d{2})?)?");
        String[] tails = {"", "+", "-", "+1", "-12", "+123", "+1234", "+12345", "+1:30", "+12:30", "+123:30", "+1:3", "+1:300",
            ":30", "+:30", "+1::30", "+12:3a", "+a", "+1a", "+05:30", "-0530", "+5", "X", " ", "+ 1", "+1 "};
        for (String head : new String[] {"UTC", "GMT", "utc", "gmt"}) {
            for (String tail : tails) {
                String label = head + tail;
                assertEquals(utcLabel.matcher(label).matches(), TimeText.isUtcLabel(label), label);
            }
        }
    }

    @Test
    void offsetsAreTheTables() {
        for (String label : new String[] {"UTC", "GMT", "Z", "PST", "CET", "IST", "ABCDE", "utc", "Pst", "UTC+1", "GMT-05:30",
            "Pacific Standard Time", "pacific  standard time", " PST ", "XYZ", "UTC+19", "E", "", "\u212AST"}) {
            assertEquals(ZoneAbbreviations.offsetOf(label).orElse(null), TimeText.offsetOf(label), label);
        }
        for (String label : ZoneAbbreviations.table().keySet()) {
            assertEquals(ZoneAbbreviations.offsetOf(label).orElse(null), TimeText.offsetOf(label), label);
            assertEquals(ZoneAbbreviations.offsetOf(label.toLowerCase(Locale.ROOT)).orElse(null),
                    TimeText.offsetOf(label.toLowerCase(Locale.ROOT)), label);
        }
    }
}
