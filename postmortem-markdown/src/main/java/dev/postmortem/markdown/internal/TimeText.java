package dev.postmortem.markdown.internal;

import dev.postmortem.core.Timestamp;
import dev.postmortem.core.ZoneAbbreviations;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the times, dates, zones and durations people put in postmortems.
 *
 * <p>Everything here works on one short piece of text at a time, with bounded regular expressions,
 * so that a hostile line cannot make parsing slow.
 */
final class TimeText {

    /** Longest text any of the readers looks at; longer input is cut there. */
    static final int MAX_SCAN = 400;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s{1,3})?";
    private static final String ORD = "(?:st|nd|rd|th)?";

    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])");
    private static final Pattern DATE_MDY = Pattern.compile(WEEKDAY + MONTH + "\\s{0,3}(\\d{1,2})" + ORD
            + "(?:\\s{0,3},){0,2}\\s{0,3}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_DMY = Pattern.compile(WEEKDAY + "(\\d{1,2})" + ORD + "\\s{1,3}(?:of\\s{1,3})?" + MONTH
            + ",?\\s{1,3}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_NUM = Pattern.compile("(\\d{1,2})([/.-]|,\\s?)(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern DATE_YEARLESS = Pattern.compile(WEEKDAY + "(?:" + MONTH + "\\s{1,3}(\\d{1,2})" + ORD
            + "|(\\d{1,2})" + ORD + "\\s{1,3}" + MONTH + ")(?![\\w])(?:,\\s{0,2}'?\\d{2}(?![\\d:]))?", Pattern.CASE_INSENSITIVE);

    private static final String AMPM = "(?:\\s{0,2}([aApP])\\.?\\s?[mM](?![a-zA-Z])\\.?)";
    /** {@code 14:05}, {@code 2:05:30.5}, {@code 2:05 p.m.}: read by {@link #colonParts}, which gives what it matches. */
    static final Pattern TIME_COLON = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(?!\\d)" + AMPM + "?");
    private static final Pattern TIME_HOUR = Pattern.compile("(\\d{1,2})" + AMPM);
    private static final Pattern TIME_DOT_AMPM = Pattern.compile("(\\d{1,2})\\.(\\d{2})" + AMPM);
    private static final Pattern TIME_DOT = Pattern.compile("(\\d{2})\\.(\\d{2})(?![\\d.%])");
    private static final Pattern TIME_HRS = Pattern.compile("(\\d{2})(\\d{2})\\s?(?:hrs?|hours)(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_WORD = Pattern.compile("(noon|midnight)(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS_SUFFIX = Pattern.compile("\\s{0,2}(?:hours|hrs|h)(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);

    private static final Pattern PAREN_OPEN = Pattern.compile("\\s{0,3}\\(\\s{0,2}(?=\\d)");
    private static final Pattern PAREN_CLOSE = Pattern.compile("\\s{0,2}\\)");
    static final Pattern BARE_NUMERIC_SPACED = Pattern.compile(
            "\\s{0,3}((?:UTC|GMT)(?:\\s{1,2}[+-]\\s{0,2}|[+-]\\s{1,2})\\d{1,2}(?::?\\d{2})?)(?![\\d:])");
    private static final Pattern ISO_OFFSET = Pattern.compile("(Z|[+-]\\d{2}:\\d{2})(?![\\d:])");
    private static final Pattern PAREN_ZONE = Pattern.compile("\\s{0,3}\\(\\s{0,2}([^()\\n]{1,40}?)\\s{0,2}\\)");
    static final Pattern BARE_ZONE = Pattern.compile("\\s{0,3}((?:UTC|GMT|utc|gmt)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[A-Z]{2,5})(?![\\w+-])");
    static final Pattern SPELLED_ZONE = Pattern.compile("\\s{1,3}((?:(?:Eastern|Pacific|Central|Mountain|Atlantic|Alaska|Hawaii|"
            + "(?:West|East|Central|South|North)(?:ern)?\\s(?:Africa|African|Europe|European|Australia|Australian)|Africa|African|"
            + "Greenwich Mean|Coordinated Universal|British Summer|Indian|Israel|Japan|Korea|China|Singapore|Moscow)"
            + "(?:\\s(?:Standard|Daylight|Summer))?\\s(?:Time|time)))(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE_LIKE_WORDS = Pattern.compile("[A-Za-z][A-Za-z .'-]{0,38}\\b(?:time|Time|TIME)");
    private static final Pattern ZONE_CAPS = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:UTC|GMT|utc|gmt)\\s{0,2}[+-]\\s{0,2}\\d{1,2}(?::?\\d{2})?");
    /** Zone labels without a known offset that are still written bare: they are unambiguous as zones. */
    private static final Set<String> BARE_UNKNOWN = Set.of("PT", "ET", "CT", "MT", "IST", "BST", "EEST", "SAST", "AEST");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("fifty", 50));
    private static final String NUMBER = "(\\d{1,4}(?:\\.\\d{1,3})?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|forty-five|fifty)";
    private static final String UNIT = "(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)";
    private static final Pattern DURATION_PART = Pattern.compile(NUMBER + "\\s{0,2}(?:-\\s?)?(?:whole\\s|full\\s)?" + UNIT + "(?![a-zA-Z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF_HOUR = Pattern.compile("half\\s(?:an\\s)?hour(?![a-zA-Z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_JOIN = Pattern.compile("\\s{0,3}(?:,|and|&)?\\s{0,3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_LEAD = Pattern.compile(
            "(?:~|≈|approx(?:\\.|imately)?|about|around|roughly|nearly|almost|some|just|a total of|total of|for|of)\\s{0,3}",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STAMP_DATE_GLUE = Pattern.compile(",?\\s{1,3}(?:on\\s{1,3})?");
    private static final Pattern DATE_TIME_GLUE = Pattern.compile(
            "(?:T|\\s{0,3},?\\s{0,3}(?:at\\s{1,3}|@\\s{0,2}|-\\s{1,2}|–\\s{1,2}|~\\s{0,2})?)");
    private static final Pattern UTC_LABEL = Pattern.compile("(?:UTC|GMT|utc|gmt)(?:[+-]\\d{1,2}(?::?\\d{2})?)?");
    private static final Pattern DURATION_TAIL = Pattern.compile("(?i)(?:\\(.*\\)|of (?:downtime|outage)|long|in total|total)");

    private TimeText() {
    }

    /** A timestamp read from a piece of text. */
    record Stamp(Timestamp value, int start, int end, boolean ambiguousDate, String yearlessDate) {
    }

    /** A piece of text that looked like a time but could not be read. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    // ---------------------------------------------------------------- timestamps

    /**
     * Reads a timestamp that starts exactly at {@code from}: a date, a time, or both, with a zone.
     *
     * @param keyPosition true where the text is a timeline key, so that looser forms ({@code 15.25}) count
     */
    static Stamp stampAt(String s, int from, boolean keyPosition) {
        int limit = Math.min(s.length(), from + MAX_SCAN);
        if (from >= limit || !mayStartStamp(s, from, limit) || !hasDigit(s, from, limit) && !timeWordAt(s, from)) {
            return null; // every date and time needs a digit, except "noon" and "midnight" at the very start
        }
        LocalDate date = null;
        boolean ambiguous = false;
        String yearless = null;
        int pos = from;
        DateMatch dm = dateAt(s, pos, limit);
        if (dm != null) {
            date = dm.date;
            ambiguous = dm.ambiguous;
            yearless = dm.yearless;
            pos = dm.end;
            int afterDate = skipDateTimeGlue(s, pos, limit);
            boolean paren = false;
            if (charAt(s, skipSpaces(s, afterDate, limit, 3), limit) == '(') {
                Matcher open = PAREN_OPEN.matcher(s).region(afterDate, limit);
                if (open.lookingAt()) {
                    paren = true;
                    afterDate = open.end();
                }
            }
            TimeMatch tm = timeAt(s, afterDate, limit, keyPosition);
            if (tm != null && paren) {
                Stamp inner = finish(s, from, tm, date, ambiguous, yearless, limit, false);
                // no inner stamp ("(14:05+51:00": an offset no zone has) or no closing parenthesis: the date alone
                Matcher close = inner == null ? null : PAREN_CLOSE.matcher(s).region(inner.end(), limit);
                if (close == null || !close.lookingAt()) {
                    return date == null ? null : new Stamp(Timestamp.ofDate(date), from, pos, ambiguous, null);
                }
                return new Stamp(inner.value(), from, close.end(), inner.ambiguousDate(), inner.yearlessDate());
            }
            if (tm == null) {
                if (date == null) {
                    return null;
                }
                return new Stamp(Timestamp.ofDate(date), from, pos, ambiguous, null);
            }
            return finish(s, from, tm, date, ambiguous, yearless, limit, false);
        }
        TimeMatch tm = timeAt(s, pos, limit, keyPosition);
        if (tm == null) {
            return null;
        }
        return finish(s, from, tm, null, false, null, limit, true);
    }

    /**
     * Remembers the last {@link #stampAt} read, by the very string (not an equal one), position and mode: a
     * timeline line is read whole ({@link #wholeStamp}) and then as an entry key, both from its start, and the
     * second read is then free. For one parse at a time: not thread-safe.
     */
    static final class StampMemo {
        private String text;
        private int from;
        private boolean keyPosition;
        private Stamp stamp;

        Stamp stampAt(String s, int at, boolean key) {
            if (s != text || at != from || key != keyPosition) {
                stamp = TimeText.stampAt(s, at, key); // a pure function of the three: the result can be reused
                text = s;
                from = at;
                keyPosition = key;
            }
            return stamp;
        }
    }

    private static Stamp finish(String s, int from, TimeMatch tm, LocalDate date, boolean ambiguous, String yearless,
            int limit, boolean dateMayFollow) {
        int pos = tm.end;
        ZoneOffset offset = null;
        String label = null;
        boolean isoOffset = false;
        char next = charAt(s, pos, limit);
        Matcher iso = tm.colon && (next == 'Z' || next == '+' || next == '-') ? ISO_OFFSET.matcher(s).region(pos, limit) : null;
        if (iso != null && iso.lookingAt()) {
            try {
                offset = ZoneOffset.of(iso.group(1).equals("Z") ? "Z" : iso.group(1));
            } catch (DateTimeException e) {
                return null; // "23:43+51:00": no such offset, so not a time this parser can read
            }
            isoOffset = true;
            pos = iso.end();
        } else {
            ZoneMatch zm = zoneAt(s, pos, limit);
            if (zm != null) {
                label = zm.label;
                pos = zm.end;
            }
        }
        if (date == null && yearless == null && dateMayFollow && (charAt(s, pos, limit) == ',' || Source.isRegexSpace(charAt(s, pos, limit)))) {
            int glue = stampDateGlueEnd(s, pos, limit);
            if (glue >= 0) {
                DateMatch after = dateAt(s, glue, limit);
                if (after != null && after.date != null) {
                    date = after.date;
                    pos = after.end;
                } else if (after != null && after.ambiguous) {
                    ambiguous = true;
                    pos = after.end;
                }
            }
        }
        Timestamp ts;
        if (isoOffset) {
            ts = new Timestamp(date, tm.time, offset, null);
        } else {
            ts = label == null ? new Timestamp(date, tm.time, null, null) : new Timestamp(date, tm.time, offsetOf(label), label);
        }
        return new Stamp(ts, from, pos, ambiguous, yearless);
    }

    /**
     * The offset {@code ZoneAbbreviations.offsetOf(label).orElse(null)} gives, as {@link Timestamp#withZoneLabel}
     * looks it up: for a label of ASCII capitals only (as most are), straight from the table, since such a label
     * is its own upper case, holds no blank and is no numeric label.
     */
    static ZoneOffset offsetOf(String label) {
        boolean capitals = !label.isEmpty();
        for (int i = 0; i < label.length() && capitals; i++) {
            capitals = label.charAt(i) >= 'A' && label.charAt(i) <= 'Z';
        }
        return capitals ? ZoneAbbreviations.table().get(label) : ZoneAbbreviations.offsetOf(label).orElse(null);
    }

    /**
     * Where {@link #STAMP_DATE_GLUE} (an optional ",", one to three blanks, optionally "on" and one to three
     * blanks) ends from {@code p}, or -1 where it does not match.
     */
    static int stampDateGlueEnd(String s, int p, int limit) {
        int i = charAt(s, p, limit) == ',' ? p + 1 : p;
        int end = skipSpaces(s, i, limit, 3);
        if (end == i) {
            return -1; // without the "," the blank would have to be where it is: not a blank either
        }
        if (charAt(s, end, limit) == 'o' && charAt(s, end + 1, limit) == 'n' && Source.isRegexSpace(charAt(s, end + 2, limit))) {
            end = skipSpaces(s, end + 2, limit, 3);
        }
        return end;
    }

    /**
     * Where {@link #DATE_TIME_GLUE} ends from {@code pos}; it always matches, everything in it being optional,
     * so it takes what its first reading takes: "T"; or up to three blanks, an optional ",", up to three blanks,
     * then optionally "at" and one to three blanks, "@" and up to two, "-" or "–" and one or two, or "~" and up
     * to two.
     */
    static int skipDateTimeGlue(String s, int pos, int limit) {
        if (charAt(s, pos, limit) == 'T') {
            return pos + 1;
        }
        int i = skipSpaces(s, pos, limit, 3);
        if (charAt(s, i, limit) == ',') {
            i++;
        }
        i = skipSpaces(s, i, limit, 3);
        char c = charAt(s, i, limit);
        if (c == 'a' && charAt(s, i + 1, limit) == 't' && Source.isRegexSpace(charAt(s, i + 2, limit))) {
            return skipSpaces(s, i + 2, limit, 3);
        }
        if (c == '@' || c == '~') {
            return skipSpaces(s, i + 1, limit, 2);
        }
        if ((c == '-' || c == '–') && Source.isRegexSpace(charAt(s, i + 1, limit))) {
            return skipSpaces(s, i + 1, limit, 2);
        }
        return i;
    }

    private record DateMatch(LocalDate date, int end, boolean ambiguous, String yearless) {
    }

    private static DateMatch dateAt(String s, int pos, int limit) {
        if (pos >= limit) {
            return null;
        }
        // Each form is tried only where its first characters can match: ISO and numeric dates open with
        // digits and a separator, "March 5, 2024" with a weekday or month name, "5th March" with digits and
        // an ordinal suffix or a blank.
        char first = s.charAt(pos);
        boolean digit = isDigit(first);
        if (!digit && (!mayStartStamp(s, pos, limit) || nameAt(s, pos, limit) == 0)) {
            return null; // a date written with letters opens with a whole weekday or month name
        }
        char afterNumber = digit ? charAt(s, isDigit(charAt(s, pos + 1, limit)) ? pos + 2 : pos + 1, limit) : 0;
        boolean dayFirst = !digit || (Source.isRegexSpace(afterNumber) || "sSnNrRtT".indexOf(afterNumber) >= 0) && monthAfterDay(s, pos, limit);
        Matcher m;
        if (digit && isDigit(charAt(s, pos + 1, limit)) && isDigit(charAt(s, pos + 2, limit))
                && isDigit(charAt(s, pos + 3, limit)) && (charAt(s, pos + 4, limit) == '-' || charAt(s, pos + 4, limit) == '/')) {
            m = DATE_ISO.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                return d == null ? null : new DateMatch(d, m.end(), false, null);
            }
        }
        if (!digit) {
            m = DATE_MDY.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalDate d = date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
                return d == null ? null : new DateMatch(d, m.end(), false, null);
            }
        }
        if (dayFirst) {
            m = DATE_DMY.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalDate d = date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
                return d == null ? null : new DateMatch(d, m.end(), false, null);
            }
        }
        if (digit && "/.-,".indexOf(afterNumber) >= 0) {
            m = DATE_NUM.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                String year = m.group(4);
                LocalDate d;
                if (a > 12 && b <= 12) {
                    d = date(year, String.valueOf(b), String.valueOf(a));
                } else if (b > 12 && a <= 12) {
                    d = date(year, String.valueOf(a), String.valueOf(b));
                } else if (a == b) {
                    d = date(year, String.valueOf(a), String.valueOf(b));
                } else {
                    return new DateMatch(null, m.end(), true, null);
                }
                return d == null ? null : new DateMatch(d, m.end(), false, null);
            }
        }
        if (!dayFirst) {
            return null;
        }
        m = DATE_YEARLESS.matcher(s).region(pos, limit);
        if (m.lookingAt()) {
            String mon = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            int d = Integer.parseInt(day);
            if (month(mon) > 0 && d >= 1 && d <= 31) {
                return new DateMatch(null, m.end(), false, s.substring(pos, m.end()));
            }
        }
        return null;
    }

    /** {@link #nameAt}: the word is a weekday name, as {@link #WEEKDAY} reads it (with or without "day"). */
    static final int WEEKDAY_NAME = 1;
    /** {@link #nameAt}: the word is a month name, as {@link #MONTH} reads it (without the optional "."). */
    static final int MONTH_NAME = 2;

    /** Weekday and month names as {@link #nameCode} encodes them, sorted, with their kinds in {@link #NAME_KINDS}. */
    private static final long[] NAME_CODES;
    private static final int[] NAME_KINDS;

    static {
        Map<Long, Integer> kinds = new java.util.TreeMap<>();
        for (String day : new String[] {"mon", "tue", "tues", "wed", "wednes", "thu", "thur", "thurs", "fri", "sat", "satur",
            "sun"}) {
            addKind(kinds, nameCode(day, 0, day.length()), WEEKDAY_NAME);
            addKind(kinds, nameCode(day + "day", 0, day.length() + 3), WEEKDAY_NAME);
        }
        for (String month : new String[] {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
            "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december"}) {
            addKind(kinds, nameCode(month, 0, month.length()), MONTH_NAME);
        }
        NAME_CODES = new long[kinds.size()];
        NAME_KINDS = new int[kinds.size()];
        int k = 0;
        for (Map.Entry<Long, Integer> e : kinds.entrySet()) {
            NAME_CODES[k] = e.getKey();
            NAME_KINDS[k++] = e.getValue();
        }
    }

    // The tables of this class are built with plain loops rather than streams and lambdas: they are built when
    // the first document is read, where each lambda and stream shape costs class spinning at start-up.

    private static void addKind(Map<Long, Integer> kinds, long code, int kind) {
        Integer old = kinds.get(code);
        kinds.put(code, old == null ? kind : old | kind);
    }

    /** The {@link #nameCode}s of the words, sorted. */
    private static long[] sortedCodes(String... words) {
        long[] codes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            codes[i] = nameCode(words[i], 0, words[i].length());
        }
        Arrays.sort(codes);
        return codes;
    }

    /** The longest weekday or month name: "wednesday", "september". */
    private static final int LONGEST_NAME = 9;

    /**
     * The ASCII letters {@code s[from, to)} (at most 12) as a number, ignoring case: five bits a letter, so that
     * words of different letters or lengths differ.
     */
    private static long nameCode(String s, int from, int to) {
        long code = 0;
        for (int i = from; i < to; i++) {
            code = code << 5 | ((s.charAt(i) | 0x20) - 'a' + 1);
        }
        return code;
    }

    /** The end of the run of ASCII letters from {@code pos}, stopping at {@code limit}. */
    private static int letterRunEnd(String s, int pos, int limit) {
        int i = pos;
        while (i < limit && isAsciiLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the word of ASCII letters at {@code pos} (all of the run of them, up to {@code limit}) is a weekday
     * name ({@link #WEEKDAY_NAME}) or a month name ({@link #MONTH_NAME}) in any ASCII case, as the date patterns
     * read them; 0 for neither (or no letter). In every date pattern a name is followed by no ASCII letter, and
     * their case-blind matching is ASCII only, so a date written with a name can start only at such a word.
     */
    static int nameAt(String s, int pos, int limit) {
        int end = letterRunEnd(s, pos, limit);
        if (end == pos || end - pos > LONGEST_NAME) {
            return 0;
        }
        int k = Arrays.binarySearch(NAME_CODES, nameCode(s, pos, end));
        return k >= 0 ? NAME_KINDS[k] : 0;
    }

    /**
     * A necessary condition for {@link #DATE_DMY} or the day-first form of {@link #DATE_YEARLESS} to match at
     * {@code pos}, a digit: one or two digits, an optional ordinal suffix ("st", "nd", "rd", "th" in any ASCII
     * case), one to three blanks, optionally "of" and one to three blanks, then a whole month name (see
     * {@link #nameAt}).
     */
    static boolean monthAfterDay(String s, int pos, int limit) {
        int i = pos;
        while (i < limit && isDigit(s.charAt(i))) {
            i++;
        }
        if (i - pos > 2) {
            return false;
        }
        if (isOrdinal(charAt(s, i, limit), charAt(s, i + 1, limit))) {
            i += 2;
        }
        int word = skipSpaces(s, i, limit, 3);
        if (word == i) {
            return false;
        }
        if (letterRunEnd(s, word, limit) == word + 2 && (s.charAt(word) | 0x20) == 'o' && (s.charAt(word + 1) | 0x20) == 'f') {
            int month = skipSpaces(s, word + 2, limit, 3);
            return month > word + 2 && (nameAt(s, month, limit) & MONTH_NAME) != 0;
        }
        return (nameAt(s, word, limit) & MONTH_NAME) != 0;
    }

    /** Whether two characters are an ordinal suffix as {@link #ORD} reads it: "st", "nd", "rd" or "th", any ASCII case. */
    private static boolean isOrdinal(char a, char b) {
        if (!isAsciiLetter(a) || !isAsciiLetter(b)) {
            return false;
        }
        char x = (char) (a | 0x20);
        char y = (char) (b | 0x20);
        return x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h';
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private record TimeMatch(LocalTime time, int end, boolean colon) {
    }

    private static TimeMatch timeAt(String s, int pos, int limit, boolean keyPosition) {
        if (pos >= limit) {
            return null;
        }
        if (!isDigit(s.charAt(pos))) {
            return timeWordAt(s, pos) ? timeWord(s, pos, limit) : null;
        }
        // Each digit form is tried only where the character after its one or two hour digits fits it.
        boolean twoDigits = isDigit(charAt(s, pos + 1, limit));
        char after = charAt(s, twoDigits ? pos + 2 : pos + 1, limit);
        Matcher m;
        if (after == ':') {
            ColonParts parts = colonParts(s, pos, limit);
            if (parts != null) {
                return colonTime(s, parts, limit);
            }
        }
        if (after == '.') {
            m = TIME_DOT_AMPM.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalTime t = time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, 0, m.group(3));
                return t == null ? null : new TimeMatch(t, m.end(), false);
            }
        }
        if (Source.isRegexSpace(after) || after == 'a' || after == 'A' || after == 'p' || after == 'P') {
            m = TIME_HOUR.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalTime t = time(Integer.parseInt(m.group(1)), 0, 0, 0, m.group(2));
                return t == null ? null : new TimeMatch(t, m.end(), false);
            }
        }
        if (twoDigits && isDigit(after) && isDigit(charAt(s, pos + 3, limit))) {
            m = TIME_HRS.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalTime t = time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, 0, null);
                return t == null ? null : new TimeMatch(t, m.end(), false);
            }
        }
        if (keyPosition && twoDigits && after == '.') {
            m = TIME_DOT.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                LocalTime t = time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, 0, null);
                return t == null ? null : new TimeMatch(t, m.end(), false);
            }
        }
        return null;
    }

    /** "noon" or "midnight" at {@code pos}, as {@link #TIME_WORD} reads them. */
    private static TimeMatch timeWord(String s, int pos, int limit) {
        Matcher m = TIME_WORD.matcher(s).region(pos, limit);
        if (m.lookingAt()) {
            LocalTime t = m.group(1).equalsIgnoreCase("noon") ? LocalTime.NOON : LocalTime.MIDNIGHT;
            return new TimeMatch(t, m.end(), false);
        }
        return null;
    }

    /** The time {@link #TIME_COLON} matched, with an hours suffix ("14:00 hrs") taken in. */
    private static TimeMatch colonTime(String s, ColonParts m, int limit) {
        int h = Integer.parseInt(m.hour());
        int min = Integer.parseInt(m.minute());
        int sec = m.second() == null ? 0 : Integer.parseInt(m.second());
        int nanos = m.fraction() == null ? 0 : Integer.parseInt((m.fraction() + "00000000").substring(0, 9));
        LocalTime t = time(h, min, sec, nanos, m.ampm());
        if (t == null) {
            return null;
        }
        int end = m.end();
        if (m.ampm() == null && (charAt(s, skipSpaces(s, end, limit, 2), limit) | 0x20) == 'h') {
            Matcher suffix = HOURS_SUFFIX.matcher(s).region(end, limit);
            if (suffix.lookingAt()) {
                end = suffix.end();
            }
        }
        return new TimeMatch(t, end, m.ampm() == null && end == m.end());
    }

    /** The groups of a {@link #TIME_COLON} match (null where a group took no part) and where it ends. */
    record ColonParts(String hour, String minute, String second, String fraction, String ampm, int end) {
    }

    /**
     * Reads a clock time at {@code pos} as {@code TIME_COLON.matcher(s).region(pos, limit).lookingAt()} does,
     * without the pattern: one or two hour digits, a colon, two minute digits, then seconds (with a fraction
     * of up to nine digits) only where no digit follows them, no digit after the whole, and an optional
     * a.m./p.m. Null when the pattern does not match.
     */
    static ColonParts colonParts(String s, int pos, int limit) {
        if (!isDigit(charAt(s, pos, limit))) {
            return null;
        }
        int hourEnd = isDigit(charAt(s, pos + 1, limit)) ? pos + 2 : pos + 1;
        int minute = hourEnd + 1;
        if (charAt(s, hourEnd, limit) != ':' || !isDigit(charAt(s, minute, limit)) || !isDigit(charAt(s, minute + 1, limit))) {
            return null;
        }
        int end = minute + 2;
        String second = null;
        String fraction = null;
        if (charAt(s, end, limit) == ':' && isDigit(charAt(s, end + 1, limit)) && isDigit(charAt(s, end + 2, limit))) {
            int secondEnd = end + 3;
            int fractionEnd = -1;
            if (charAt(s, secondEnd, limit) == '.' && isDigit(charAt(s, secondEnd + 1, limit))) {
                int f = secondEnd + 1;
                while (f - secondEnd - 1 < 9 && isDigit(charAt(s, f, limit))) {
                    f++;
                }
                if (!isDigit(charAt(s, f, limit))) {
                    fractionEnd = f; // more than nine digits: no fraction, and the seconds end at the "."
                }
            }
            if (fractionEnd >= 0) {
                second = s.substring(end + 1, end + 3);
                fraction = s.substring(secondEnd + 1, fractionEnd);
                end = fractionEnd;
            } else if (!isDigit(charAt(s, secondEnd, limit))) {
                second = s.substring(end + 1, end + 3);
                end = secondEnd;
            }
        }
        if (second == null && isDigit(charAt(s, end, limit))) {
            return null;
        }
        String ampm = null;
        int blanks = 0;
        while (blanks < 2 && Source.isRegexSpace(charAt(s, end + blanks, limit))) {
            blanks++;
        }
        char letter = charAt(s, end + blanks, limit);
        if (letter == 'a' || letter == 'A' || letter == 'p' || letter == 'P') {
            int q = end + blanks + 1;
            if (charAt(s, q, limit) == '.') {
                q++;
            }
            if (Source.isRegexSpace(charAt(s, q, limit))) {
                q++;
            }
            char m = charAt(s, q, limit);
            if ((m == 'm' || m == 'M') && !isAsciiLetter(charAt(s, q + 1, limit))) {
                q++;
                if (charAt(s, q, limit) == '.') {
                    q++;
                }
                ampm = String.valueOf(letter);
                end = q;
            }
        }
        return new ColonParts(s.substring(pos, hourEnd), s.substring(minute, minute + 2), second, fraction, ampm, end);
    }

    private static LocalTime time(int h, int min, int sec, int nanos, String ampm) {
        if (min > 59 || sec > 59) {
            return null;
        }
        if (ampm != null) {
            boolean pm = ampm.equalsIgnoreCase("p");
            if (h == 0 || h > 12) {
                // "13:00 PM" or "00:30 AM": the 24-hour reading is the only one possible
                if (h > 23) {
                    return null;
                }
            } else if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        if (h > 23) {
            return null;
        }
        return LocalTime.of(h, min, sec, nanos);
    }

    private record ZoneMatch(String label, int end) {
    }

    private static ZoneMatch zoneAt(String s, int pos, int limit) {
        if (pos >= limit) {
            return null;
        }
        // Every form starts after at most three blanks, with "(", a letter, or (spelled out) after a blank.
        int first = skipSpaces(s, pos, limit, 3);
        char c = charAt(s, first, limit);
        if (c == '(') {
            int close = parenZoneClose(s, first, limit);
            if (close >= 0) {
                String label = s.substring(first + 1, close).strip(); // the group, stripped as the blanks around it
                if (isZoneLike(label)) {
                    return new ZoneMatch(label, close + 1);
                }
            }
            return null;
        }
        if (!isAsciiLetter(c)) {
            return null;
        }
        // The name starts at first (blanks are no letters); each form is tried only where its first two
        // letters can match.
        char second = charAt(s, first + 1, limit);
        Matcher m;
        if (first > pos && maySpellZone(c, second) && maySpellZoneWord(s, first, limit)) {
            m = SPELLED_ZONE.matcher(s).region(pos, limit);
            if (m.lookingAt()) {
                return new ZoneMatch(m.group(1), m.end());
            }
        }
        if (mayBeNumericZone(s, first)) {
            m = BARE_NUMERIC_SPACED.matcher(s).region(pos, limit);
            if (m.lookingAt() && ZoneAbbreviations.isKnown(m.group(1))) {
                return new ZoneMatch(m.group(1), m.end());
            }
        }
        if (mayBeBareZone(c, second)) {
            int end = bareZoneEnd(s, first, limit);
            if (end >= 0) {
                String label = s.substring(first, end);
                if (isBareLabel(label)) {
                    return new ZoneMatch(label, end);
                }
            }
        }
        return null;
    }

    /**
     * Where the zone label that {@link #BARE_ZONE} reads ends, its blanks skipped to {@code first}; -1 where the
     * pattern does not match. Its alternatives in order: {@code UTC}, {@code GMT}, {@code utc} or {@code gmt} with
     * an optional offset ({@code +5}, {@code -05:30}, {@code +0530}), of which each reading is tried, longest
     * first, as the pattern backtracks; else a run of 2 to 5 capitals, which must be the whole run (a capital
     * after it would fail the lookahead). After the label: no ASCII letter, digit, "_", "+" or "-".
     */
    static int bareZoneEnd(String s, int first, int limit) {
        if (s.startsWith("UTC", first) || s.startsWith("GMT", first) || s.startsWith("utc", first) || s.startsWith("gmt", first)) {
            int b = first + 3;
            if (b <= limit) {
                char sign = charAt(s, b, limit);
                if ((sign == '+' || sign == '-') && isDigit(charAt(s, b + 1, limit))) {
                    for (int hourDigits = isDigit(charAt(s, b + 2, limit)) ? 2 : 1; hourDigits >= 1; hourDigits--) {
                        int d = b + 1 + hourDigits;
                        if (charAt(s, d, limit) == ':' && isDigit(charAt(s, d + 1, limit)) && isDigit(charAt(s, d + 2, limit))
                                && endsZone(s, d + 3, limit)) {
                            return d + 3;
                        }
                        if (isDigit(charAt(s, d, limit)) && isDigit(charAt(s, d + 1, limit)) && endsZone(s, d + 2, limit)) {
                            return d + 2;
                        }
                        if (endsZone(s, d, limit)) {
                            return d;
                        }
                    }
                }
                if (endsZone(s, b, limit)) {
                    return b;
                }
            }
        }
        int end = first;
        while (end < limit && s.charAt(end) >= 'A' && s.charAt(end) <= 'Z') {
            end++;
        }
        return end - first >= 2 && end - first <= 5 && endsZone(s, end, limit) ? end : -1;
    }

    /** The lookahead {@code (?![\\w+-])} after a bare zone label at {@code i}: true at {@code limit}. */
    private static boolean endsZone(String s, int i, int limit) {
        char c = charAt(s, i, limit);
        return !(isAsciiLetter(c) || isDigit(c) || c == '_' || c == '+' || c == '-');
    }

    /**
     * Where {@link #PAREN_ZONE} ends its match less one (its ")"), for a "(" at {@code open} (after the blanks it
     * skips); -1 where it does not match. Its group, with up to two blanks on each side, is one to forty
     * characters other than "(", ")" and a line feed, so the ")" is the first one after the "(", with no "("
     * between; the pattern then matches when some split of what the parentheses hold into up to two blanks,
     * the group and up to two blanks gives a group of that kind.
     */
    static int parenZoneClose(String s, int open, int limit) {
        int close = -1;
        for (int i = open + 1; i < limit && i <= open + 45; i++) {
            char c = s.charAt(i);
            if (c == ')') {
                close = i;
                break;
            }
            if (c == '(') {
                return -1;
            }
        }
        if (close < 0) {
            return -1;
        }
        int from = open + 1;
        int leading = 0;
        while (leading < 2 && from + leading < close && Source.isRegexSpace(s.charAt(from + leading))) {
            leading++;
        }
        int trailing = 0;
        while (trailing < 2 && close - 1 - trailing >= from && Source.isRegexSpace(s.charAt(close - 1 - trailing))) {
            trailing++;
        }
        for (int l = 0; l <= leading; l++) {
            for (int t = 0; t <= trailing; t++) {
                int a = from + l;
                int b = close - t;
                if (b - a >= 1 && b - a <= 40 && noLineFeed(s, a, b)) {
                    return close;
                }
            }
        }
        return -1;
    }

    /** Whether {@code s[from, to)} holds no line feed. */
    private static boolean noLineFeed(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * The first words of the names {@link #SPELLED_ZONE} reads, as {@link #nameCode} encodes them, sorted: the
     * names are ASCII letters matched case-blind in ASCII only, and each first word is followed by a blank.
     */
    private static final long[] SPELLED_ZONE_WORDS = sortedCodes(new String[] {"eastern", "pacific", "central", "mountain",
        "atlantic", "alaska", "hawaii", "west", "western", "east", "south", "southern", "north", "northern", "centralern",
        "africa", "african", "greenwich", "coordinated", "british", "indian", "israel", "japan", "korea", "china",
        "singapore", "moscow"});

    /**
     * A necessary condition for {@link #SPELLED_ZONE} to match a name at {@code first}: the whole run of ASCII
     * letters there is the first word of one of its names, and a blank follows it.
     */
    static boolean maySpellZoneWord(String s, int first, int limit) {
        int end = letterRunEnd(s, first, limit);
        return end - first <= 11 && Source.isRegexSpace(charAt(s, end, limit))
                && Arrays.binarySearch(SPELLED_ZONE_WORDS, nameCode(s, first, end)) >= 0;
    }

    /**
     * The first two letters, lower case, of the names {@link #SPELLED_ZONE} opens with ("Eastern", "Pacific",
     * "Central", "Mountain", "Atlantic", "Alaska", "Hawaii", "West", "South", "North", "Africa", "Greenwich",
     * "Coordinated", "British", "Indian", "Israel", "Japan", "Korea", "China", "Singapore", "Moscow").
     */
    private static final String[] SPELLED_ZONE_STARTS = {"ea", "pa", "ce", "mo", "at", "al", "ha", "we", "so", "no", "af",
        "gr", "co", "br", "in", "is", "ja", "ko", "ch", "si"};

    /**
     * A cheap necessary condition for {@link #SPELLED_ZONE} to match a name starting with {@code c} (an ASCII
     * letter) and {@code second}: its case folding is ASCII only, so both must be one of the start pairs in any
     * case (setting bit 0x20 lowers them; for a few other characters it may say yes, which costs only a match).
     */
    static boolean maySpellZone(char c, char second) {
        char a = (char) (c | 0x20);
        char b = (char) (second | 0x20);
        for (String start : SPELLED_ZONE_STARTS) {
            if (start.charAt(0) == a && start.charAt(1) == b) {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition for {@link #BARE_NUMERIC_SPACED} to match a label at {@code first}: it opens with UTC or GMT. */
    static boolean mayBeNumericZone(String s, int first) {
        return s.startsWith("UTC", first) || s.startsWith("GMT", first);
    }

    /**
     * A necessary condition for {@link #BARE_ZONE} to match a label opening with {@code c} and {@code second}:
     * two capitals ({@code UTC}, {@code GMT} or 2 to 5 capitals), or {@code ut} / {@code gm} in lower case.
     */
    static boolean mayBeBareZone(char c, char second) {
        return c >= 'A' && c <= 'Z' && second >= 'A' && second <= 'Z' || c == 'u' && second == 't' || c == 'g' && second == 'm';
    }

    /** Whether a zone label is written without parentheses: the parser reads it back bare. */
    static boolean isBareLabel(String label) {
        if ((label.startsWith("UTC") || label.startsWith("GMT") || label.startsWith("utc") || label.startsWith("gmt"))
                && isUtcLabel(label)) {
            return offsetOf(label) != null; // ZoneAbbreviations.isKnown
        }
        if (isZoneCaps(label)) {
            return ZoneAbbreviations.table().containsKey(label) || BARE_UNKNOWN.contains(label);
        }
        return false;
    }

    /**
     * Whether a label that opens with {@code UTC}, {@code GMT}, {@code utc} or {@code gmt} is all of it or has an
     * offset after it, as {@link #UTC_LABEL} matches it whole: a sign, then one to four digits ({@code \\d{1,2}}
     * and then optionally two more) or one or two digits, ":" and two digits.
     */
    static boolean isUtcLabel(String label) {
        int n = label.length();
        if (n == 3) {
            return true;
        }
        if (label.charAt(3) != '+' && label.charAt(3) != '-') {
            return false;
        }
        int colon = label.indexOf(':', 4);
        for (int i = 4; i < n; i++) {
            if (i != colon && !isDigit(label.charAt(i))) {
                return false;
            }
        }
        int digits = n - 4;
        return colon < 0 ? digits >= 1 && digits <= 4 : (colon == 5 || colon == 6) && n - colon - 1 == 2;
    }

    /** Whether a text in parentheses after a time (or in a timeline heading) names a zone. */
    static boolean isZoneLike(String text) {
        if (text.isEmpty() || text.length() > 40 || text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
            return false;
        }
        if (ZoneAbbreviations.isKnown(text)) {
            return true;
        }
        return isZoneCaps(text) || NUMERIC_ZONE.matcher(text).matches()
                || ZONE_LIKE_WORDS.matcher(text).matches();
    }

    /** Reads a whole text as one timestamp, allowing surrounding punctuation; null when it is not one. */
    static Stamp wholeStamp(String text, boolean keyPosition) {
        return wholeStamp(text, keyPosition, null);
    }

    /** {@link #wholeStamp(String, boolean)}, reading the stamp through a memo (when not null). */
    static Stamp wholeStamp(String text, boolean keyPosition, StampMemo memo) {
        String t = stripDecoration(text);
        if (t.isEmpty() || t.length() > MAX_SCAN) {
            return null;
        }
        Stamp st = memo != null ? memo.stampAt(t, 0, keyPosition) : stampAt(t, 0, keyPosition);
        if (st == null) {
            return null;
        }
        for (int i = st.end(); i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return null; // the rest does not strip to nothing (no whitespace lies outside the basic plane)
            }
        }
        return st;
    }

    /** Drops emphasis markers, a trailing colon or full stop and surrounding blanks. */
    static String stripDecoration(String text) {
        String t = text.strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            if ((t.startsWith("**") && t.endsWith("**") && t.length() >= 4)
                    || (t.startsWith("__") && t.endsWith("__") && t.length() >= 4)) {
                t = t.substring(2, t.length() - 2).strip();
                changed = true;
            } else if (t.length() >= 2 && t.startsWith("`") && t.endsWith("`")) {
                t = t.substring(1, t.length() - 1).strip();
                changed = true;
            } else if (t.endsWith(":") || t.endsWith(".") && !endsWithAmPm(t)) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }

    /** Whether a one-line text ends with "a.m." or "p.m.", as {@code .*[ap]\\.m\\.$} matches it. */
    private static boolean endsWithAmPm(String t) {
        if (!t.endsWith("a.m.") && !t.endsWith("p.m.")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // "." does not match a line terminator
            }
        }
        return true;
    }

    /** Whether a text is 2 to 5 ASCII capitals, as {@link #ZONE_CAPS} matches. */
    private static boolean isZoneCaps(String text) {
        if (text.length() < 2 || text.length() > 5) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a date or time can start at {@code pos}: with a digit, or with the first three letters of a
     * weekday or month name, or "noon" or "midnight" (ASCII letters, any case, as the patterns read them).
     */
    private static boolean mayStartStamp(String s, int pos, int limit) {
        char c = s.charAt(pos);
        if (isDigit(c)) {
            return true;
        }
        if (pos + 3 > limit) {
            return false;
        }
        // Three ASCII letters, as the patterns and the check for "noon" or "midnight" read them: a name that
        // Unicode case folding alone would match (such as "ſun") can start no date or time either.
        char b = s.charAt(pos + 1);
        char d = s.charAt(pos + 2);
        if (!isAsciiLetter(c) || !isAsciiLetter(b) || !isAsciiLetter(d)) {
            return false;
        }
        return NAME_START_CODES.get(((c | 0x20) - 'a') << 10 | ((b | 0x20) - 'a') << 5 | ((d | 0x20) - 'a'));
    }

    /** The first three letters of every weekday and month name, and of "noon" and "midnight". */
    private static final String[] NAME_STARTS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar",
        "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "noo", "mid"};

    /** {@link #NAME_STARTS} as bits: three letters, lower case, {@code a} to {@code z} as 0 to 25, five bits each. */
    private static final java.util.BitSet NAME_START_CODES = new java.util.BitSet(1 << 15);

    static {
        for (String name : NAME_STARTS) {
            NAME_START_CODES.set((name.charAt(0) - 'a') << 10 | (name.charAt(1) - 'a') << 5 | (name.charAt(2) - 'a'));
        }
    }

    /** The character at {@code i}, or 0 at or after {@code limit}. */
    private static char charAt(String s, int i, int limit) {
        return i < limit ? s.charAt(i) : 0;
    }

    /** Skips up to {@code max} characters that {@code \\s} matches. */
    private static int skipSpaces(String s, int pos, int limit, int max) {
        int i = pos;
        while (i < limit && i - pos < max && Source.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What {@code \\d} matches. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether {@code s[from, to)} holds an ASCII digit (the only kind {@code \\d} matches). */
    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether "noon" or "midnight" (any case) starts at {@code pos}: the only times written without a digit. */
    static boolean timeWordAt(String s, int pos) {
        if (pos < 0 || pos >= s.length() || ((s.charAt(pos) | 0x20) != 'n' && (s.charAt(pos) | 0x20) != 'm')) {
            return false; // only "n" and "N" fold to "n" in a case-blind comparison, only "m" and "M" to "m"
        }
        return s.regionMatches(true, pos, "noon", 0, 4) || s.regionMatches(true, pos, "midnight", 0, 8);
    }

    // ---------------------------------------------------------------- ranges

    /** Start and end of an incident window, with the text span they came from. */
    record Range(Stamp start, Stamp end) {
    }

    private static final Pattern RANGE_LEAD = Pattern.compile(
            "(?i)\\b(from|between|starting at|started at|start(?:ed|ing)? (?:on|at)|beginning at|began at|commencing at|commenced at)\\s{1,3}");
    private static final Pattern RANGE_JOIN = Pattern.compile(
            "(?i)\\s{0,3}(?:-|–|—|to|until|till|through|at|and(?: ended| ending| was resolved| resolved| concluding| concluded)?(?: at| on| by| around| about)?"
                    + "|,? ?(?:and )?(?:end(?:ed|ing)|conclud(?:ed|ing)) (?:at|on))\\s{0,3}");

    /**
     * Finds a window in a sentence: "from X to Y", "between X and Y", "started at X and ended at Y",
     * or, with {@code bare}, a plain "X - Y".
     */
    static Range findRange(String s, boolean bare) {
        return new Prose(s).range(bare);
    }

    /** {@link #findRange} of a prepared text. */
    private static Range findRange(Prose p, boolean bare) {
        String t = p.forTimes;
        if (!p.mayHoldTime()) {
            return null;
        }
        // A lead must start at or before the last digit or time word: stampAt finds nothing after them.
        int bound = p.timeBound() + 1;
        for (int lead = RANGE_LEADS.next(t, p, 0, bound); lead >= 0; lead = RANGE_LEADS.next(t, p, lead, bound)) {
            Range r = rangeAt(t, lead);
            if (r != null) {
                return r;
            }
        }
        if (bare) {
            for (int i = 0; i < bound; i++) {
                if (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) {
                    char c = t.charAt(i);
                    if (Character.isDigit(c) || Character.isLetter(c)) {
                        Range r = rangeAt(t, i);
                        if (r != null) {
                            return r;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Range rangeAt(String t, int pos) {
        Stamp a = stampAt(t, pos, false);
        if (a == null || !a.value().hasTime()) {
            return null;
        }
        Matcher join = RANGE_JOIN.matcher(t).region(a.end(), Math.min(t.length(), a.end() + 40));
        if (!join.lookingAt()) {
            return null;
        }
        Stamp b = stampAt(t, join.end(), false);
        if (b == null || !b.value().hasTime()) {
            return null;
        }
        Timestamp start = a.value();
        Timestamp end = b.value();
        // A zone or date written once for the range holds for both ends.
        if (start.zoneLabel() == null && start.offset() == null && end.zoneLabel() != null) {
            start = new Timestamp(start.date(), start.time(), offsetOf(end.zoneLabel()), end.zoneLabel()); // withZoneLabel
        } else if (end.zoneLabel() == null && end.offset() == null && start.zoneLabel() != null) {
            end = new Timestamp(end.date(), end.time(), offsetOf(start.zoneLabel()), start.zoneLabel()); // withZoneLabel
        }
        if (end.date() == null && start.date() != null && !end.time().isBefore(start.time())) {
            end = end.withDate(start.date());
        }
        if (start.date() == null && end.date() != null && !end.time().isBefore(start.time())) {
            // "10:00 AM - 2:00 PM UTC, February 26, 2025": the trailing date holds for both
            start = start.withDate(end.date());
        }
        return new Range(new Stamp(start, a.start(), a.end(), a.ambiguousDate(), null),
                new Stamp(end, b.start(), b.end(), b.ambiguousDate(), null));
    }

    private static final Pattern PROSE_START = Pattern.compile(
            "(?i)\\b(?:on|commencing at|commenced at|starting at|started at|start(?:ed|ing)? on|beginning at|began at|occurred at"
                    + "|at approximately|at around|at about|at)\\s{1,3}");
    private static final Pattern PROSE_END = Pattern.compile(
            "(?i)\\b(?:concluding at|concluded at|ending at|ended at|until|till|resolved at|restored at|recovered at|fixed at)\\s{1,3}");

    /** Finds a lone start ("On May 10, 2024 at 2:00 AM, ...") or end ("... concluding at 10:51 PM") in prose. */
    static Stamp proseStamp(String s, boolean end) {
        return new Prose(s).stamp(end);
    }

    /** {@link #proseStamp} of a prepared text. */
    private static Stamp proseStamp(Prose p, boolean end) {
        String t = p.forTimes;
        if (!p.mayHoldTime()) {
            return null;
        }
        Leads leads = end ? PROSE_END_LEADS : PROSE_START_LEADS;
        int bound = p.timeBound() + 1; // as in findRange
        for (int lead = leads.next(t, p, 0, bound); lead >= 0; lead = leads.next(t, p, lead, bound)) {
            Stamp st = stampAt(t, lead, false);
            if (st != null && st.value().hasTime()) {
                return st;
            }
        }
        return null;
    }

    /** A full date written shortly before {@code pos} in the same sentence ("On November 5, 2023, between ..."). */
    static LocalDate dateBefore(String t, int pos) {
        int from = Math.max(0, pos - 80);
        String window = t.substring(from, pos);
        if (window.contains(". ")) {
            from += window.lastIndexOf(". ") + 2;
        }
        if (!hasDigit(t, from, pos)) {
            return null; // every full date has digits
        }
        for (int i = from; i < pos; i++) {
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            DateMatch d = dateAt(t, i, pos);
            if (d != null && d.date != null) {
                return d.date;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- durations

    /** A duration read from text, with where it was found. */
    record Span(Duration value, int start, int end) {
    }

    /** Reads a duration starting at {@code pos} ("2 hours 30 minutes", "1hour 30mins", "2.5 hours"). */
    static Span durationAt(String s, int pos) {
        int limit = Math.min(s.length(), pos + MAX_SCAN);
        int p = pos;
        for (int lead = durationLeadEnd(s, p, limit); lead > p; lead = durationLeadEnd(s, p, limit)) {
            p = lead;
        }
        int half = halfHourEnd(s, p, limit);
        if (half >= 0) {
            return new Span(Duration.ofMinutes(30), pos, half);
        }
        long seconds = 0;
        int end = -1;
        double fraction = 0;
        int parts = 0;
        DurationPart part = new DurationPart();
        int cursor = p;
        while (cursor < limit) {
            if (!part.readAt(s, cursor, limit)) {
                break;
            }
            Double n = part.digits ? number(s.substring(part.numberStart, part.numberEnd)) : (Double) (double) part.wordValue;
            if (n == null) {
                break;
            }
            char unit = (char) (s.charAt(part.unitStart) | 0x20);
            double factor = switch (unit) {
                case 'd' -> 86_400;
                case 'h' -> 3_600;
                case 'm' -> 60;
                default -> 1;
            };
            if (part.unitEnd - part.unitStart == 1 && (unit == 'm' || unit == 's' || unit == 'd') && parts == 0 && !part.digits) {
                break;
            }
            fraction += n * factor;
            parts++;
            end = part.unitEnd;
            cursor = durationJoinEnd(s, end, limit);
        }
        if (parts == 0) {
            return null;
        }
        seconds = Math.round(fraction);
        return new Span(Duration.ofSeconds(seconds), pos, end);
    }

    /** The words {@link #DURATION_LEAD} opens with after "~", "≈" and "approx", in its order. */
    private static final String[] DURATION_LEAD_WORDS = {"about", "around", "roughly", "nearly", "almost", "some", "just",
        "a total of", "total of", "for", "of"};

    /**
     * Where {@code DURATION_LEAD.matcher(s).region(p, limit).lookingAt()} ends its match, or -1 where it does not
     * match: the first of its alternatives that is at {@code p} ("~", "≈", "approx" with an optional "." or
     * "imately", then the {@link #DURATION_LEAD_WORDS}; ASCII letters in any case), then up to three blanks.
     */
    static int durationLeadEnd(String s, int p, int limit) {
        char c = charAt(s, p, limit);
        int end = -1;
        if (c == '~' || c == '≈') {
            end = p + 1;
        } else if (wordAt(s, p, limit, "approx")) {
            end = p + 6;
            if (charAt(s, end, limit) == '.') {
                end++;
            } else if (wordAt(s, end, limit, "imately")) {
                end += 7;
            }
        } else if (isAsciiLetter(c)) {
            for (String w : DURATION_LEAD_WORDS) {
                if (wordAt(s, p, limit, w)) {
                    end = p + w.length();
                    break;
                }
            }
        }
        return end < 0 ? -1 : skipSpaces(s, end, limit, 3);
    }

    /**
     * Where {@link #HALF_HOUR} ("half", a blank, optionally "an" and a blank, "hour", then no ASCII letter; any
     * ASCII case) matches from {@code p}, or -1.
     */
    static int halfHourEnd(String s, int p, int limit) {
        if (!wordAt(s, p, limit, "half") || !Source.isRegexSpace(charAt(s, p + 4, limit))) {
            return -1;
        }
        int hour = p + 5;
        if (wordAt(s, hour, limit, "an") && Source.isRegexSpace(charAt(s, hour + 2, limit))) {
            hour += 3; // were "hour" not to follow, it would not follow without the "an " either
        }
        return wordAt(s, hour, limit, "hour") && !isAsciiLetter(charAt(s, hour + 4, limit)) ? hour + 4 : -1;
    }

    /**
     * Where {@link #DURATION_JOIN} (up to three blanks, optionally ",", "and" in any ASCII case or "&amp;", up to
     * three blanks) ends from {@code p}; it always matches.
     */
    static int durationJoinEnd(String s, int p, int limit) {
        int i = skipSpaces(s, p, limit, 3);
        char c = charAt(s, i, limit);
        if (c == ',' || c == '&') {
            i++;
        } else if (wordAt(s, i, limit, "and")) {
            i += 3;
        }
        return skipSpaces(s, i, limit, 3);
    }

    /** The number words of {@link #NUMBER}, in its order, with their values in {@link #NUMBER_WORD_VALUES}. */
    private static final String[] NUMBER_WORD_ALTERNATIVES = {"a", "an", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "forty-five", "fifty"};
    private static final int[] NUMBER_WORD_VALUES = new int[NUMBER_WORD_ALTERNATIVES.length];

    static {
        for (int i = 0; i < NUMBER_WORD_ALTERNATIVES.length; i++) {
            NUMBER_WORD_VALUES[i] = NUMBER_WORDS.get(NUMBER_WORD_ALTERNATIVES[i]);
        }
    }

    /** The units of {@link #UNIT}, as {@link #nameCode} encodes them, sorted. */
    private static final long[] UNIT_CODES = sortedCodes(new String[] {"day", "days", "d", "hour", "hours", "hr", "hrs", "h",
        "minute", "minutes", "min", "mins", "m", "second", "seconds", "sec", "secs", "s"});

    /**
     * One part of a duration, "2 hours" or "an hour", read as {@link #DURATION_PART} reads it with
     * {@code lookingAt} in a region ending at {@code limit}: its groups and where it ends.
     */
    static final class DurationPart {
        /** Whether the number is written in digits; else it is the word {@link #wordValue} stands for. */
        boolean digits;
        int wordValue;
        /** Group 1: the number. */
        int numberStart;
        int numberEnd;
        /** Group 2: the unit; the match ends where it ends. */
        int unitStart;
        int unitEnd;

        /**
         * Reads a part at {@code p}; false where the pattern does not match. The number is one to four digits with
         * an optional fraction of one to three digits (a longer run of digits leaves a digit where the rest must
         * start, so the pattern fails) or, tried in the pattern's order, one of the number words in any ASCII case;
         * then what {@link #unitAfter} reads.
         */
        boolean readAt(String s, int p, int limit) {
            char c = charAt(s, p, limit);
            numberStart = p;
            if (isDigit(c)) {
                int i = p;
                while (i < limit && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i - p > 4) {
                    return false;
                }
                if (charAt(s, i, limit) == '.') {
                    int f = i + 1;
                    while (f < limit && isDigit(s.charAt(f))) {
                        f++;
                    }
                    if (f == i + 1 || f - i - 1 > 3) {
                        return false; // no unit can follow the "." or the digits the fraction leaves
                    }
                    i = f;
                }
                digits = true;
                numberEnd = i;
                return unitAfter(s, i, limit);
            }
            if (!isAsciiLetter(c)) {
                return false;
            }
            digits = false;
            for (int w = 0; w < NUMBER_WORD_ALTERNATIVES.length; w++) {
                String word = NUMBER_WORD_ALTERNATIVES[w];
                if (wordAt(s, p, limit, word) && unitAfter(s, p + word.length(), limit)) {
                    numberEnd = p + word.length();
                    wordValue = NUMBER_WORD_VALUES[w];
                    return true;
                }
            }
            return false;
        }

        /**
         * Reads the rest of a part after its number at {@code q}: up to two blanks, an optional "-" with an
         * optional blank, optionally "whole" or "full" (any ASCII case) and a blank, then a unit, which (followed
         * by no ASCII letter, and matched ASCII case-blind) must be the whole run of ASCII letters there. Each
         * step takes all it can: taking less leaves a blank or a "-" or a word where the next step cannot match.
         */
        private boolean unitAfter(String s, int q, int limit) {
            int i = skipSpaces(s, q, limit, 2);
            if (charAt(s, i, limit) == '-') {
                i++;
                if (Source.isRegexSpace(charAt(s, i, limit))) {
                    i++;
                }
            }
            if (wordAt(s, i, limit, "whole") && Source.isRegexSpace(charAt(s, i + 5, limit))) {
                i += 6;
            } else if (wordAt(s, i, limit, "full") && Source.isRegexSpace(charAt(s, i + 4, limit))) {
                i += 5;
            }
            int end = letterRunEnd(s, i, limit);
            if (end == i || end - i > 7 || Arrays.binarySearch(UNIT_CODES, nameCode(s, i, end)) < 0) {
                return false;
            }
            unitStart = i;
            unitEnd = end;
            return true;
        }
    }

    /**
     * Whether {@code word} (lower-case ASCII) is at {@code p} before {@code limit}, as a case-insensitive pattern
     * reads it: its letters in either ASCII case, anything else exactly.
     */
    static boolean wordAt(String s, int p, int limit, String word) {
        int len = word.length();
        if (p < 0 || p + len > limit) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            char w = word.charAt(j);
            char c = s.charAt(p + j);
            if (c != w && !(w >= 'a' && w <= 'z' && c == w - 32)) {
                return false;
            }
        }
        return true;
    }

    private static Double number(String text) {
        Integer word = NUMBER_WORDS.get(text.toLowerCase(Locale.ROOT));
        if (word != null) {
            return word.doubleValue();
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads a whole text as a duration, allowing a qualifier in front and punctuation behind. */
    static Duration wholeDuration(String text) {
        String t = stripDecoration(text);
        Span d = durationAt(t, 0);
        if (d == null) {
            return null;
        }
        String rest = t.substring(d.end()).strip();
        return rest.isEmpty() || DURATION_TAIL.matcher(rest).matches() ? d.value() : null;
    }

    /** Finds the first duration anywhere in a text. */
    static Span findDuration(String text) {
        String t = text.length() > MAX_SCAN * 3 ? text.substring(0, MAX_SCAN * 3) : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && (Character.isDigit(c) || Character.isLetter(c))) {
                Span d = durationAt(t, i);
                if (d != null && d.value().getSeconds() > 0) {
                    return d;
                }
            }
        }
        return null;
    }

    private static final Pattern PROSE_DURATION = Pattern.compile(
            "(?i)\\b(lasted|lasting|lasts|down for|outage of|downtime of|disruption of|for (?:a total of )?(?:approximately |about |around |roughly |nearly |~)?"
                    + "(?=\\S+\\s?(?:hours?|minutes?|hrs?|mins?)\\b.{0,40}\\b(?:outage|downtime|down|disruption|unavailable)))");

    /** Finds a duration stated in prose: "lasted for 2 hours", "down for 45 minutes". */
    static Span proseDuration(String text) {
        return new Prose(text).duration();
    }

    /** {@link #proseDuration} of a prepared text. */
    private static Span proseDuration(Prose p) {
        String t = p.forDurations;
        int n = t.length();
        for (int lead = PROSE_DURATION_LEADS.next(t, p, 0, n); lead >= 0; lead = PROSE_DURATION_LEADS.next(t, p, lead, n)) {
            // PROSE_DURATION_SKIP: up to three blanks, then optionally "for" and one to three blanks
            int from = skipSpaces(t, lead, n, 3);
            if (t.startsWith("for", from) && Source.isRegexSpace(charAt(t, from + 3, n))) {
                from = skipSpaces(t, from + 3, n, 3);
            }
            Span d = durationAt(t, from);
            if (d != null && d.value().getSeconds() > 0) {
                return d;
            }
        }
        return null;
    }

    private static final Leads RANGE_LEADS = new Leads(0, RANGE_LEAD, new String[] {"from", "between", "starting at",
        "started at", "started on", "starting on", "start on", "start at", "beginning at", "began at", "commencing at",
        "commenced at"}, true, "from", "between", "start", "beginning", "began", "commenc");
    private static final Leads PROSE_START_LEADS = new Leads(1, PROSE_START, new String[] {"on", "commencing at", "commenced at",
        "starting at", "started at", "started on", "starting on", "start on", "beginning at", "began at", "occurred at",
        "at approximately", "at around", "at about", "at"}, true, "on", "commenc", "start", "beginning", "began", "occurred", "at");
    private static final Leads PROSE_END_LEADS = new Leads(2, PROSE_END, new String[] {"concluding at", "concluded at",
        "ending at", "ended at", "until", "till", "resolved at", "restored at", "recovered at", "fixed at"}, true,
        "conclud", "ending", "ended", "until", "till", "resolved", "restored", "recovered", "fixed");
    /** Its last alternative, "for " with a lookahead, is left to the pattern. */
    private static final Leads PROSE_DURATION_LEADS = new Leads(3, PROSE_DURATION, new String[] {"lasted", "lasting", "lasts",
        "down for", "outage of", "downtime of", "disruption of"}, false, "last", "down for", "outage of", "downtime of",
        "disruption of", "for");
    private static final Leads[] ALL_LEADS = {RANGE_LEADS, PROSE_START_LEADS, PROSE_END_LEADS, PROSE_DURATION_LEADS};

    /**
     * The words of all the {@link Leads} by their first letter ({@code a} to {@code z}), each with the bit of
     * every Leads it belongs to in {@link #LEAD_WORD_BITS}: what {@link Prose#leads()} looks for in one pass.
     */
    private static final String[][] LEAD_WORDS = new String[26][];
    private static final int[][] LEAD_WORD_BITS = new int[26][];
    /**
     * For each first and second letter ({@code first * 26 + second}), the third letters of the {@link #LEAD_WORDS}
     * that start with the two, as bits ({@code a} is bit 0), and {@link #ANY_THIRD} when one of them has only
     * the two letters (then anything may follow); 0 when no lead word starts with the two.
     */
    private static final int[] LEAD_THIRDS = new int[26 * 26];
    /** In {@link #LEAD_THIRDS}: a lead word ends after its first two letters, or its third is no letter. */
    private static final int ANY_THIRD = 1 << 26;

    static {
        for (int letter = 0; letter < 26; letter++) {
            List<String> words = new ArrayList<>();
            List<Integer> bits = new ArrayList<>();
            for (Leads leads : ALL_LEADS) {
                for (String w : leads.words[letter]) {
                    int at = words.indexOf(w);
                    if (at < 0) {
                        words.add(w);
                        bits.add(leads.bit);
                    } else {
                        bits.set(at, bits.get(at) | leads.bit);
                    }
                }
            }
            LEAD_WORDS[letter] = words.toArray(new String[0]);
            for (String w : words) {
                int third = w.length() > 2 ? w.charAt(2) - 'a' : -1;
                LEAD_THIRDS[letter * 26 + w.charAt(1) - 'a'] |= third >= 0 && third < 26 ? 1 << third : ANY_THIRD;
            }
            LEAD_WORD_BITS[letter] = new int[bits.size()];
            for (int b = 0; b < bits.size(); b++) {
                LEAD_WORD_BITS[letter][b] = bits.get(b);
            }
        }
    }

    /**
     * Finds, left to right, the matches of a pattern that opens with {@code \\b} and one of a few words
     * (lower-case ASCII, which the pattern matches in any ASCII case). The pattern is tried only where one
     * of the words starts a word (at an ASCII letter that follows no letter, digit or underscore), which
     * gives the matches {@link Matcher#find()} gives without trying the pattern at every position.
     */
    private static final class Leads {
        private final Pattern pattern;
        /** This set's bit in {@link Prose#leads()}. */
        private final int bit;
        /** The words by their first letter, {@code a} to {@code z}. */
        private final String[][] words = new String[26][];
        /**
         * The pattern's alternatives after its {@code \\b}, in its order, where they are plain words (ASCII,
         * matched case-blind in ASCII only, as {@code (?i)} does); a match is the first of them that is there.
         */
        private final String[] alternatives;
        /** Whether the pattern ends with {@code \\s{1,3}} after every alternative. */
        private final boolean blanksAfter;

        Leads(int index, Pattern pattern, String[] alternatives, boolean blanksAfter, String... words) {
            this.pattern = pattern;
            this.bit = 1 << index;
            this.alternatives = alternatives;
            this.blanksAfter = blanksAfter;
            for (int letter = 0; letter < 26; letter++) {
                List<String> starting = new ArrayList<>();
                for (String w : words) {
                    if (w.charAt(0) == 'a' + letter) {
                        starting.add(w);
                    }
                }
                this.words[letter] = starting.toArray(new String[0]);
            }
        }

        /**
         * Finds the first match in {@code t} (a prefix of the prepared text) starting at or after {@code from}
         * and before {@code before}, as {@code pattern.matcher(t).useTransparentBounds(true)} with
         * {@link Matcher#find()} finds it: where it ends, or -1 when there is none. Only the word starts where
         * {@link Prose#leads()} found one of this set's words are visited: at any other word start no word of
         * the set starts, in the prepared text or in its prefix.
         */
        int next(String t, Prose p, int from, int before) {
            int n = Math.min(t.length(), before);
            int[] leads = p.leads();
            int k = Arrays.binarySearch(leads, 0, p.leadCount, from);
            for (k = k >= 0 ? k : -k - 1; k < p.leadCount && leads[k] < n; k++) {
                if ((p.leadBits[k] & bit) == 0) {
                    continue;
                }
                int i = leads[k];
                for (String w : words[(t.charAt(i) | 0x20) - 'a']) {
                    if (startsAt(t, i, w)) {
                        int end = matchAt(t, p, i);
                        if (end >= 0) {
                            return end;
                        }
                        break;
                    }
                }
            }
            return -1;
        }

        /**
         * Where the pattern matches from {@code i}, a word start, or -1. The {@code \\b} before the word holds
         * where an ASCII character (no letter, digit or "_", as a word start has) is before it; with anything
         * else before it (a combining mark counts as a letter there), and for the alternative with a lookahead,
         * the pattern itself is asked; that alternative only where a unit may follow (see
         * {@link Prose#mayHoldUnitFrom}).
         */
        private int matchAt(String t, Prose p, int i) {
            int n = t.length();
            if (i > 0 && t.charAt(i - 1) >= 0x80) {
                return patternAt(t, i);
            }
            for (String alternative : alternatives) {
                if (wordAt(t, i, n, alternative)) {
                    int end = i + alternative.length();
                    if (!blanksAfter) {
                        return end;
                    }
                    int blanks = skipSpaces(t, end, n, 3);
                    if (blanks > end) {
                        return blanks;
                    }
                }
            }
            return pattern == PROSE_DURATION && wordAt(t, i, n, "for ") && p.mayHoldUnitFrom(i + 4) ? patternAt(t, i) : -1;
        }

        private int patternAt(String t, int i) {
            Matcher m = pattern.matcher(t).useTransparentBounds(true).region(i, t.length());
            return m.lookingAt() ? m.end() : -1;
        }

        /**
         * Whether {@code word} (lower-case ASCII) is at {@code i}, its first letter already checked, ignoring
         * ASCII case; may say yes for a few other characters (that differ in bit 0x20), which costs only a
         * pattern match.
         */
        private static boolean startsAt(String t, int i, String word) {
            int len = word.length();
            if (i + len > t.length()) {
                return false;
            }
            for (int j = 1; j < len; j++) {
                if ((t.charAt(i + j) | 0x20) != word.charAt(j)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Prepares a text for the prose readers, which read it several ways: {@link Prose#range},
     * {@link Prose#stamp}, {@link Prose#duration}.
     */
    static Prose prose(String s) {
        return new Prose(s);
    }

    /**
     * A text prepared for the prose readers: cut to the lengths they read ({@code MAX_SCAN * 3} for times,
     * {@code MAX_SCAN * 5} for durations), the last place a time can start in it, and the word starts where a
     * {@link Leads} word is (ASCII letters that follow no letter, digit or underscore); the last two found in
     * one cheap pass each, when a reader first needs them.
     */
    static final class Prose {
        private final String forTimes;
        private final String forDurations;
        /**
         * What {@link #timeBound()} found: {@code -2} until asked, then the last index of the time text that holds
         * a digit or starts "noon" or "midnight" (any case, as {@link #timeWordAt} reads them), or -1 for none.
         */
        private int timeBound = -2;
        /** Null until a reader first asks (see {@link #leads()}). */
        private int[] leads;
        /** For each of {@link #leads}, the bits of the {@link Leads} sets that have a word there. */
        private int[] leadBits;
        private int leadCount;
        /** What {@link #mayHoldUnitFrom} found: {@code -2} until asked, then the last place, or -1 for none. */
        private int lastUnit = -2;

        private Prose(String s) {
            forDurations = s.length() > MAX_SCAN * 5 ? s.substring(0, MAX_SCAN * 5) : s;
            forTimes = forDurations.length() > MAX_SCAN * 3 ? forDurations.substring(0, MAX_SCAN * 3) : forDurations;
        }

        /** How many of {@link #leads()} are lead words (the array holds more). */
        int leadCount() {
            leads();
            return leadCount;
        }

        /** The {@link Leads} bits of lead {@code k}. */
        int leadBits(int k) {
            leads();
            return leadBits[k];
        }

        /** Whether the text can hold a time: a digit, or "noon" or "midnight" (found anywhere, as the readers look for them). */
        boolean mayHoldTime() {
            return timeBound() >= 0;
        }

        /**
         * The last index of the time text where a time can start a search: {@link TimeText#stampAt} finds nothing
         * from a later position, which holds no digit after it and no "noon" or "midnight" at it. -1 when the text
         * has neither at all. Found on first use, scanning from the end.
         */
        int timeBound() {
            if (timeBound == -2) {
                String t = forTimes;
                int i = t.length() - 1;
                while (i >= 0 && !isDigit(t.charAt(i)) && !(mayStartTimeWord(t, i, t.charAt(i)) && timeWordAt(t, i))) {
                    i--;
                }
                timeBound = i;
            }
            return timeBound;
        }

        /**
         * The word starts where a word of one of the {@link Leads} sets is, with {@link #leadBits}: found on first
         * use, in one pass over the duration text, {@link #leadCount} of them.
         */
        int[] leads() {
            if (leads == null) {
                String t = forDurations;
                int n = t.length();
                char[] cs = t.toCharArray(); // a copy, but read much faster than through charAt
                // First pass: where a word starts at an ASCII letter (lead words start with one), after no word
                // character or at 0. Written without branches on the text: the word boundaries of prose fall
                // at random, and a branch on each one is mispredicted about half the time.
                int[] at = new int[(n + 1) / 2 + 1]; // at most one start in two characters, and one slot written past
                int starts = 0;
                int before = 0; // WORD of the character before, or 0
                for (int i = 0; i < n; i++) {
                    char c = cs[i];
                    int k = c < 0x80 ? CHAR_KIND[c] : Character.isLetterOrDigit(c) ? WORD : 0;
                    at[starts] = i;
                    starts += k >> 1 & ~before; // k >> 1: LETTER's bit
                    before = k & WORD;
                }
                // Second pass: the word starts where a lead word is, with the bits of the sets it belongs to.
                int[] bits = new int[8];
                int count = 0;
                for (int s = 0; s < starts; s++) {
                    int i = at[s];
                    if (i + 1 >= n) {
                        continue; // too short for a lead word
                    }
                    int letter = (cs[i] | 0x20) - 'a';
                    // every lead word has two letters or more: their first two, and the third of the longer
                    // ones, rule out most words cheaply (many common words share a lead word's first two)
                    int second = (cs[i + 1] | 0x20) - 'a';
                    if (second < 0 || second >= 26) {
                        continue;
                    }
                    int thirds = LEAD_THIRDS[letter * 26 + second];
                    if ((thirds & ANY_THIRD) == 0) {
                        int third = i + 2 < n ? (cs[i + 2] | 0x20) - 'a' : -1;
                        if (third < 0 || third >= 26 || (thirds & 1 << third) == 0) {
                            continue;
                        }
                    }
                    String[] words = LEAD_WORDS[letter];
                    int found = 0;
                    for (int w = 0; w < words.length; w++) {
                        // Leads.startsAt, written out here
                        String lead = words[w];
                        int len = lead.length();
                        if (i + len > n) {
                            continue;
                        }
                        int j = 1;
                        while (j < len && (cs[i + j] | 0x20) == lead.charAt(j)) {
                            j++;
                        }
                        if (j == len) {
                            found |= LEAD_WORD_BITS[letter][w];
                        }
                    }
                    if (found != 0) {
                        if (count == bits.length) {
                            bits = Arrays.copyOf(bits, count * 2);
                        }
                        at[count] = i; // count <= s: the start it overwrites has been read
                        bits[count++] = found;
                    }
                }
                leadBits = bits;
                leadCount = count;
                leads = at;
            }
            return leads;
        }

        /**
         * Whether, at or after {@code from}, the duration text holds "hr", "ho" or "mi" in any ASCII case: every
         * unit the "for ..." alternative of {@link #PROSE_DURATION} looks ahead to ({@code hours?}, {@code hrs?},
         * {@code minutes?}, {@code mins?}) starts with one of them, so without one that alternative cannot match
         * and its pattern need not be run. The last such place is found on first use, scanning from the end.
         */
        boolean mayHoldUnitFrom(int from) {
            if (lastUnit == -2) {
                String t = forDurations;
                int i = t.length() - 2;
                while (i >= 0 && !unitStartAt(t, i)) {
                    i--;
                }
                lastUnit = i;
            }
            return lastUnit >= from;
        }

        private static boolean unitStartAt(String t, int i) {
            char c = (char) (t.charAt(i) | 0x20);
            char next = (char) (t.charAt(i + 1) | 0x20);
            return c == 'h' ? next == 'r' || next == 'o' : c == 'm' && next == 'i';
        }

        /** What {@link TimeText#findRange(String, boolean)} finds in the text. */
        Range range(boolean bare) {
            return findRange(this, bare);
        }

        /** What {@link TimeText#proseStamp(String, boolean)} finds in the text. */
        Stamp stamp(boolean end) {
            return proseStamp(this, end);
        }

        /** What {@link TimeText#proseDuration(String)} finds in the text. */
        Span duration() {
            return proseDuration(this);
        }

        /**
         * {@link #CHAR_KIND}: a word character (an ASCII letter, digit or {@code _}; beyond ASCII, what
         * {@code Character.isLetterOrDigit} says).
         */
        private static final int WORD = 1;
        /** {@link #CHAR_KIND}: an ASCII letter, where a lead word may start (a word character too). */
        private static final int LETTER = 2;
        /** For each ASCII character, {@link #WORD} and {@link #LETTER} as they hold for it. */
        private static final int[] CHAR_KIND = new int[0x80];

        static {
            for (char c = 0; c < 0x80; c++) {
                CHAR_KIND[c] = isAsciiLetter(c) ? WORD | LETTER : isDigit(c) || c == '_' ? WORD : 0;
            }
        }

        /**
         * A cheap test before {@link #timeWordAt}: "noo" or "mid", where a character outside ASCII after the n or m
         * may stand for any letter (the case-blind comparison there folds case beyond ASCII too; an ASCII
         * character only ever equals the two cases of its own letter).
         */
        static boolean mayStartTimeWord(String t, int i, char c) {
            char lower = (char) (c | 0x20);
            if (lower != 'n' && lower != 'm' || i + 2 >= t.length()) {
                return false; // both words have more than three letters
            }
            char next = t.charAt(i + 1);
            char third = t.charAt(i + 2);
            return (next >= 0x80 || (next | 0x20) == (lower == 'n' ? 'o' : 'i'))
                    && (third >= 0x80 || (third | 0x20) == (lower == 'n' ? 'o' : 'd'));
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes a timestamp in the canonical form the parser reads back exactly. */
    static String format(Timestamp ts) {
        StringBuilder sb = new StringBuilder();
        if (ts.date() != null) {
            sb.append(ts.date());
        }
        if (ts.time() != null) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(ts.time());
            if (ts.zoneLabel() != null) {
                if (isBareLabel(ts.zoneLabel())) {
                    sb.append(' ').append(ts.zoneLabel());
                } else {
                    sb.append(" (").append(ts.zoneLabel()).append(')');
                }
            } else if (ts.offset() != null) {
                sb.append(ts.offset().getTotalSeconds() == 0 ? "+00:00" : ts.offset().getId());
            }
        }
        return sb.toString();
    }

    /** Writes a duration as the parser reads it back: {@code 2 hours 30 minutes}, {@code 45 minutes}. */
    static String format(Duration d) {
        long total = d.getSeconds();
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long seconds = total % 60;
        StringBuilder sb = new StringBuilder();
        if (hours > 0) {
            sb.append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        if (seconds > 0 || sb.length() == 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(seconds).append(seconds == 1 ? " second" : " seconds");
        }
        return sb.toString();
    }
}
