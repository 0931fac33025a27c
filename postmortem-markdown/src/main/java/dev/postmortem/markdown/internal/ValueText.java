package dev.postmortem.markdown.internal;

import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rewrites a time, date or duration inside text the way the text already writes it: the written form
 * of the old value is found (which of the many ways of writing a date, a time of day or a duration the
 * author used), and the new value is written in that same form in its place. For the editor.
 */
final class ValueText {

    /** A replacement of {@code [start, end)} of some text by {@code text}. */
    record Change(int start, int end, String text) {
    }

    /** One way of writing a value: how it writes a given value. */
    private record Form<T>(String name, Function<T, String> writer) {
    }

    private record Hit<T>(int start, int end, Form<T> form) {
    }

    private static final List<Form<LocalDate>> DATE_FORMS = dateForms();
    /** The name of the time form of four digits and nothing else ({@code 1405}). */
    private static final String DIGITS_ONLY = "24n";
    private static final Pattern FOUR_DIGIT_RANGE = Pattern.compile("\\d{4}-\\d{4}");

    private ValueText() {
    }

    // ------------------------------------------------------------------ timestamps

    /**
     * Finds how {@code old} is written in {@code text} between {@code from} and {@code to}, and returns
     * the changes that write {@code neu} the same way; null when the old value's parts that change are
     * not found, or a part would have to be added or removed where the text gives no place for it.
     */
    static List<Change> stamp(String text, int from, int to, Timestamp old, Timestamp neu) {
        List<Change> out = new ArrayList<>();
        if (old.equals(neu)) {
            return out;
        }
        int timeEnd = -1;
        int timeStart = -1;
        if (!Objects.equals(old.time(), neu.time())) {
            if (old.time() == null || neu.time() == null) {
                return null;
            }
            Hit<LocalTime> h = find(text, from, to, timeForms(old.time()), old.time());
            if (h == null) {
                return null;
            }
            out.add(new Change(h.start(), h.end(), write(h.form(), neu.time())));
            timeStart = h.start();
            timeEnd = h.end();
        }
        if (!Objects.equals(old.date(), neu.date())) {
            if (old.date() == null || neu.date() == null) {
                return null;
            }
            Hit<LocalDate> h = find(text, from, to, DATE_FORMS, old.date());
            if (h == null || overlaps(h.start(), h.end(), timeStart, timeEnd)) {
                return null;
            }
            out.add(new Change(h.start(), h.end(), h.form().writer().apply(neu.date())));
        }
        if (!Objects.equals(old.offset(), neu.offset()) || !Objects.equals(old.zoneLabel(), neu.zoneLabel())) {
            String oldZone = zoneText(old);
            String newZone = zoneText(neu);
            if (newZone == null) {
                return null;
            }
            if (oldZone == null) {
                if (timeEnd < 0) {
                    Hit<LocalTime> h = old.time() == null ? null : find(text, from, to, timeForms(old.time()), old.time());
                    if (h == null) {
                        return null;
                    }
                    timeEnd = h.end();
                }
                out.add(new Change(timeEnd, timeEnd, " " + newZone));
            } else {
                int at = indexOfWord(text, oldZone, from, to);
                if (at < 0 || overlaps(at, at + oldZone.length(), timeStart, timeEnd)) {
                    return null;
                }
                out.add(new Change(at, at + oldZone.length(), newZone));
            }
        }
        return out;
    }

    private static boolean overlaps(int s1, int e1, int s2, int e2) {
        return s2 >= 0 && s1 < e2 && s2 < e1;
    }

    /** How a timestamp's zone is written: its label, else its offset. */
    private static String zoneText(Timestamp t) {
        if (t.zoneLabel() != null) {
            return t.zoneLabel();
        }
        ZoneOffset o = t.offset();
        return o == null ? null : o.getId();
    }

    private static List<Form<LocalTime>> timeForms(LocalTime t) {
        List<Form<LocalTime>> forms = new ArrayList<>();
        for (String suffix : List.of(" AM", "AM", " am", "am", " a.m.", "a.m.", " A.M.", "A.M.", " a.m", "a.m")) {
            forms.add(new Form<>("12s" + suffix, x -> h12(x) + ":" + two(x.getMinute()) + ":" + two(x.getSecond())
                    + meridiem(suffix, x)));
            forms.add(new Form<>("12m" + suffix, x -> h12(x) + ":" + two(x.getMinute()) + meridiem(suffix, x)));
            forms.add(new Form<>("12h" + suffix, x -> h12(x) + (x.getMinute() == 0 ? "" : ":" + two(x.getMinute()))
                    + meridiem(suffix, x)));
            forms.add(new Form<>("12p" + suffix, x -> two(Integer.parseInt(h12(x))) + ":" + two(x.getMinute())
                    + meridiem(suffix, x)));
        }
        for (String noon : List.of("noon", "Noon", "NOON")) {
            String midnight = noon.equals("noon") ? "midnight" : noon.equals("Noon") ? "Midnight" : "MIDNIGHT";
            String am = noon.equals("noon") ? " a.m." : " AM";
            forms.add(new Form<>("word", x -> x.equals(LocalTime.NOON) ? noon : x.equals(LocalTime.MIDNIGHT) ? midnight
                    : h12(x) + ":" + two(x.getMinute()) + meridiem(am, x)));
        }
        forms.add(new Form<>("24s", x -> two(x.getHour()) + ":" + two(x.getMinute()) + ":" + two(x.getSecond())));
        forms.add(new Form<>("24m", x -> two(x.getHour()) + ":" + two(x.getMinute())));
        forms.add(new Form<>("24u", x -> x.getHour() + ":" + two(x.getMinute())));
        forms.add(new Form<>(DIGITS_ONLY, x -> two(x.getHour()) + two(x.getMinute())));
        return forms;
    }

    /** Writes a time in a form, adding seconds when the form would drop them. */
    private static String write(Form<LocalTime> form, LocalTime t) {
        if (t.getNano() != 0) {
            return t.toString();
        }
        String s = form.writer().apply(t);
        if (t.getSecond() != 0 && !form.name().startsWith("12s") && !form.name().equals("24s")) {
            return t.toString();
        }
        return s;
    }

    private static String h12(LocalTime t) {
        int h = t.getHour() % 12;
        return Integer.toString(h == 0 ? 12 : h);
    }

    /** The am/pm suffix, written like the one found (case, dots, space). */
    private static String meridiem(String like, LocalTime t) {
        boolean pm = t.getHour() >= 12;
        StringBuilder sb = new StringBuilder(like.length());
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == 'a' || c == 'p') {
                sb.append(pm ? 'p' : 'a');
            } else if (c == 'A' || c == 'P') {
                sb.append(pm ? 'P' : 'A');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static List<Form<LocalDate>> dateForms() {
        List<Form<LocalDate>> forms = new ArrayList<>();
        for (String p : List.of("EEEE, MMMM d, uuuu", "EEE, MMM d, uuuu", "EEEE, d MMMM uuuu", "EEE, d MMM uuuu",
                "EEEE d MMMM uuuu", "EEEE MMMM d, uuuu", "MMMM d, uuuu", "MMMM d uuuu", "MMM d, uuuu", "MMM d uuuu",
                "MMM. d, uuuu", "d MMMM uuuu", "d MMM uuuu", "d MMMM, uuuu", "MMMM dd, uuuu", "MMM dd, uuuu", "dd MMMM uuuu",
                "dd MMM uuuu", "uuuu-MM-dd", "uuuu/MM/dd", "MM/dd/uuuu", "M/d/uuuu", "dd/MM/uuuu", "d/M/uuuu", "dd.MM.uuuu",
                "d.M.uuuu", "dd-MM-uuuu", "EEEE, MMMM d", "EEE, MMM d", "MMMM d", "MMM d", "d MMMM", "d MMM", "MMM. d")) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
            forms.add(new Form<>(p, f::format));
        }
        return List.copyOf(forms);
    }

    // ------------------------------------------------------------------ durations

    /** As {@link #stamp}, for a duration. */
    static List<Change> duration(String text, int from, int to, Duration old, Duration neu) {
        List<Change> out = new ArrayList<>();
        if (old.equals(neu)) {
            return out;
        }
        Hit<Duration> h = find(text, from, to, durationForms(), old);
        if (h == null) {
            return null;
        }
        out.add(new Change(h.start(), h.end(), h.form().writer().apply(neu)));
        return out;
    }

    private static List<Form<Duration>> durationForms() {
        List<Form<Duration>> forms = new ArrayList<>();
        String[][] units = {
            {" day", " days", " hour", " hours", " minute", " minutes", " second", " seconds"},
            {" day", " days", " hr", " hrs", " min", " mins", " sec", " secs"},
            {" day", " days", " hr", " hr", " min", " min", " sec", " sec"},
            {"d", "d", "h", "h", "m", "m", "s", "s"},
            {"d", "d", "hr", "hrs", "min", "mins", "s", "s"},
            {" d", " d", " h", " h", " m", " m", " s", " s"},
            {"day", "days", "hour", "hours", "min", "mins", "sec", "secs"},
            {"day", "days", "hour", "hours", "minute", "minutes", "second", "seconds"},
        };
        for (String[] u : units) {
            for (String sep : List.of(" ", ", ", " and ", ", and ", "")) {
                forms.add(new Form<>("parts", d -> parts(d, u, sep)));
            }
            forms.add(new Form<>("minutes", d -> d.getSeconds() % 60 == 0 ? d.toMinutes() + (d.toMinutes() == 1 ? u[4] : u[5])
                    : parts(d, u, " ")));
        }
        forms.add(new Form<>("decimal hours", d -> decimalHours(d)));
        forms.add(new Form<>("clock", d -> d.toHours() + ":" + two(d.toMinutesPart())));
        forms.add(new Form<>("clock2", d -> two((int) d.toHours()) + ":" + two(d.toMinutesPart())));
        forms.add(new Form<>("iso", Duration::toString));
        forms.add(new Form<>("canonical", TimeText::format));
        return forms;
    }

    /** "2 hours and 30 minutes", "2h 30m": the non-zero parts joined, the last with {@code sep}. */
    private static String parts(Duration d, String[] u, String sep) {
        List<String> ps = new ArrayList<>();
        long days = d.toDaysPart();
        if (days > 0) {
            ps.add(days + (days == 1 ? u[0] : u[1]));
        }
        if (d.toHoursPart() > 0) {
            ps.add(d.toHoursPart() + (d.toHoursPart() == 1 ? u[2] : u[3]));
        }
        if (d.toMinutesPart() > 0) {
            ps.add(d.toMinutesPart() + (d.toMinutesPart() == 1 ? u[4] : u[5]));
        }
        if (d.toSecondsPart() > 0 || ps.isEmpty()) {
            ps.add(d.toSecondsPart() + (d.toSecondsPart() == 1 ? u[6] : u[7]));
        }
        if (ps.size() == 1) {
            return ps.get(0);
        }
        String lastSep = sep;
        String innerSep = sep.contains("and") ? ", " : sep;
        return String.join(innerSep, ps.subList(0, ps.size() - 1)) + lastSep + ps.get(ps.size() - 1);
    }

    private static String decimalHours(Duration d) {
        long minutes = d.toMinutes();
        String h = minutes % 60 == 0 ? Long.toString(minutes / 60)
                : minutes % 6 == 0 ? (minutes / 60) + "." + (minutes % 60 / 6) : null;
        if (h == null || d.getSeconds() % 60 != 0) {
            return TimeText.format(d);
        }
        return h + (h.equals("1") ? " hour" : " hours");
    }

    // ------------------------------------------------------------------ plain text

    /**
     * Finds {@code old} in {@code text} between {@code from} and {@code to}: verbatim, or line by line with
     * other indentation (a multi-line value whose continuation lines are indented in the source).
     *
     * @return {@code [start, end, indent]} where indent is the column of the continuation lines, or null
     */
    static int[] findText(String text, int from, int to, String old) {
        if (old.isEmpty()) {
            return null;
        }
        int at = text.indexOf(old, from);
        if (at >= 0 && at + old.length() <= to) {
            return new int[] {at, at + old.length(), -1};
        }
        String[] lines = old.split("\n", -1);
        if (lines.length < 2) {
            return null;
        }
        int start = text.indexOf(lines[0], from);
        while (start >= 0 && start + lines[0].length() <= to) {
            int p = start + lines[0].length();
            int indent = -1;
            boolean ok = true;
            for (int i = 1; i < lines.length && ok; i++) {
                if (p >= text.length() || text.charAt(p) != '\n') {
                    ok = false;
                    break;
                }
                p++;
                int ls = p;
                while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t') && p - ls < 16) {
                    p++;
                }
                if (lines[i].isEmpty()) {
                    // a blank line: nothing more on it
                    if (p < text.length() && text.charAt(p) != '\n') {
                        ok = false;
                    }
                    continue;
                }
                if (indent < 0) {
                    indent = p - ls;
                }
                if (!text.startsWith(lines[i], p)) {
                    ok = false;
                } else {
                    p += lines[i].length();
                }
            }
            if (ok && p <= to) {
                return new int[] {start, p, Math.max(indent, 0)};
            }
            start = text.indexOf(lines[0], start + 1);
        }
        return null;
    }

    /** Indents every non-blank line after the first by {@code indent} spaces. */
    static String indent(String value, int indent) {
        return indent <= 0 ? value : MarkdownWriter.indent(value, indent);
    }

    /** Index of {@code word} in {@code text} within bounds, not inside a longer word or number. */
    static int indexOfWord(String text, String word, int from, int to) {
        int at = text.indexOf(word, from);
        while (at >= 0 && at + word.length() <= to) {
            if (bounded(text, at, at + word.length())) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    /**
     * As {@link #indexOfWord}, ignoring case character by character: offsets are the text's own (a
     * lower-cased copy can be longer than the text, as {@code "İ"} becomes two characters).
     */
    static int indexOfWordIgnoreCase(String text, String word, int from, int to) {
        for (int at = Math.max(from, 0); at + word.length() <= to; at++) {
            if (text.regionMatches(true, at, word, 0, word.length()) && bounded(text, at, at + word.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean bounded(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }

    /**
     * Where {@code time} is written in {@code text} between {@code from} and {@code to}, in any of the
     * forms {@link #stamp} knows, as {start, end}; null when it is not there.
     */
    static int[] time(String text, int from, int to, LocalTime time) {
        Hit<LocalTime> h = find(text, from, to, timeForms(time), time);
        return h == null ? null : new int[] {h.start(), h.end()};
    }

    /**
     * The earliest written form of {@code value} (the longest where two start at the same place). A time
     * written as four digits ({@code 1405 hrs}) is looked for only when no other form is found, and never
     * inside a date or number ({@code 2024-03-22} holds no 20:24).
     */
    private static <T> Hit<T> find(String text, int from, int to, List<Form<T>> forms, T value) {
        Hit<T> best = null;
        for (Form<T> f : forms) {
            if (f.name().equals(DIGITS_ONLY)) {
                continue;
            }
            String w = f.writer().apply(value);
            if (w.isEmpty()) {
                continue;
            }
            int at = indexOfWord(text, w, from, to);
            if (at < 0) {
                continue;
            }
            if (best == null || at < best.start() || at == best.start() && at + w.length() > best.end()) {
                best = new Hit<>(at, at + w.length(), f);
            }
        }
        if (best != null) {
            return best;
        }
        for (Form<T> f : forms) {
            if (f.name().equals(DIGITS_ONLY)) {
                String w = f.writer().apply(value);
                for (int at = indexOfWord(text, w, from, to); at >= 0; at = indexOfWord(text, w, at + 1, to)) {
                    if (aloneInDigitRun(text, at, at + w.length())) {
                        return new Hit<>(at, at + w.length(), f);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code [start, end)} is a number of its own, not part of a longer run of digits and date
     * or number separators ({@code 2024-03-22}, {@code 22.03.2024}, {@code 1.2024}); a range of two such
     * times ({@code 1405-1430}) is two numbers.
     */
    private static boolean aloneInDigitRun(String text, int start, int end) {
        int s = start;
        while (s > 0 && isDigitRunChar(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && isDigitRunChar(text.charAt(e))) {
            e++;
        }
        // separators with no digit beyond them (a dash before a word, a full stop) join nothing
        String run = trimNonDigits(text.substring(s, e));
        return run.length() == end - start || FOUR_DIGIT_RANGE.matcher(run).matches();
    }

    private static boolean isDigitRunChar(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '/' || c == '.' || c == ':';
    }

    private static String trimNonDigits(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isDigit(s.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
