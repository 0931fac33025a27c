package dev.postmortem.markdown.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a heading or label line stands for, recognised from the names postmortems use. */
enum SectionKind {
    SUMMARY(false, "(?:(?:the )?(?:issue|incident|executive|event|outage|problem|incident report|postmortem|post mortem) )?(?:summary|overview|synopsis)"
            + "(?: of (?:the )?(?:issue|incident|outage|event|events))?|introduction|what happened|incident description|description"),
    IMPACT(true, "(?:summary of |the |user |users |customer |business |end user |service |overall )?impacts?(?: summary| on users| assessment)?"),
    START(true, "(?:incident |outage )?(?:start|started|began|beginning)(?: date| time| date ?/ ?time| date and time| date & time| of (?:the )?(?:outage|incident))?"
            + "|date ?(?:&|and) ?time|time of (?:the )?(?:incident|outage)"),
    END(true, "(?:incident |outage )?(?:end|ended|resolved|resolution time|recovered)(?: date| time| date ?/ ?time| date and time| date & time| at)?"),
    DURATION(true, "(?:total |incident |outage )?duration(?: of (?:the )?(?:outage|incident|downtime))?|(?:outage|incident|downtime) duration|downtime"),
    DATE(true, "(?:incident )?date(?: of (?:the )?incident)?"),
    TIMELINE(false, "(?:the |incident |detailed |event |events |outage |full )?time ?line(?: of (?:the )?(?:events|incident|outage))?"
            + "|chain of events|sequence of events|events timeline|incident timeline|events"),
    ROOT_CAUSE_AND_RESOLUTION(false, "(?:(?:the )?root causes? (?:analysis )?(?:and|&) (?:the )?(?:resolution|remediation|fix|mitigation)s?"
            + "|cause (?:and|&) resolution|(?:in-depth |detailed )?analysis of (?:the )?root cause (?:and|&) resolution)"
            + "(?: (?:and|&) recovery)?"),
    ROOT_CAUSE(true, "(?:the )?root causes?(?: analysis)?|causes?|what caused (?:the|this) (?:incident|issue|outage)\\??|cause of (?:the )?(?:outage|incident|issue)"
            + "|(?:in-depth |detailed )?analysis of (?:the )?root cause|contributing (?:conditions|factors)(?: analysis)?|triggers?"),
    RESOLUTION(true, "(?:the )?resolution(?: and recovery| steps)?|(?:mitigation|mitigations)(?: (?:and|&) resolution)?|recovery|remediation|resolution (?:and|&) recovery"
            + "|how (?:it|the incident|the issue|the outage) was (?:resolved|fixed)|the fix|fix"),
    ACTIONS(false, "(?:(?:corrective|preventive|preventative|prevention)(?: (?:and|&) (?:corrective|preventive|preventative))?"
            + " (?:measures|actions|action items|steps))|(?:corrective|preventive|preventative) measures? (?:and|&) (?:corrective|preventive|preventative) measures?"
            + "|action items?|actions? items?|follow[- ]?ups?(?: actions| items)?|next steps|tasks?(?: list)?|to ?-?dos?(?: list)?|task list"
            + "|improvements?(?: ?/ ?fixes| (?:and|&) fixes)?|fixes|recommendations|future prevention|prevention(?: measures| plan)?|measures"
            + "|tasks to address (?:the|this) issue|remediation items|preventive actions|preventative actions|mitigation and future prevention"),
    LESSONS(false, "lessons? learn(?:ed|t)|lessons|what went well|what went wrong|where we got lucky|(?:key )?takeaways|learnings"),
    CONTRIBUTORS(false, "contributors?|authors?|written by|credits");

    /** Whether a line "Label: value" of this kind may carry its value on the same line. */
    final boolean takesValue;
    /** What a normalised name of this kind looks like. */
    final Pattern pattern;

    SectionKind(boolean takesValue, String regex) {
        this.takesValue = takesValue;
        this.pattern = Pattern.compile(regex);
    }

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}[.)]?|[ivx]{1,4}[.)]|step \\d+|part \\d+|section \\d+|h[1-6])\\s+");

    /**
     * Every name each kind's pattern matches, with the first kind (in declaration order) that matches it: the
     * patterns are finite (literals, groups, alternatives, optional parts, character sets), so a lookup here
     * gives what trying the patterns in turn gives. Null if a pattern cannot be listed that way; then the
     * patterns are tried.
     */
    private static final Map<String, SectionKind> NAMES = names();

    private static Map<String, SectionKind> names() {
        Map<String, SectionKind> names = new HashMap<>();
        for (SectionKind k : values()) {
            List<String> all = new Expansion(k.pattern.pattern()).all();
            if (all == null) {
                return null;
            }
            for (String name : all) {
                names.putIfAbsent(name, k);
            }
        }
        return Map.copyOf(names);
    }

    /**
     * Lists the strings a regular expression matches (some maybe twice), for expressions made only of literal characters,
     * {@code (?:...)} groups, {@code |}, {@code ?} (also lazy) and {@code [...]} sets of literal characters;
     * {@link #all} is null for anything else, or for more than {@link #LIMIT} strings.
     */
    private static final class Expansion {
        private static final int LIMIT = 20_000;
        private final String regex;
        private int pos;
        private boolean failed;

        Expansion(String regex) {
            this.regex = regex;
        }

        List<String> all() {
            List<String> all = alternatives();
            return failed || pos != regex.length() ? null : all;
        }

        private List<String> alternatives() {
            List<String> out = new ArrayList<>(sequence());
            while (!failed && pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                out.addAll(sequence());
            }
            return out;
        }

        private List<String> sequence() {
            List<String> out = List.of("");
            while (!failed && pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                List<String> atom = atom();
                if (pos < regex.length() && regex.charAt(pos) == '?') {
                    pos++;
                    if (pos < regex.length() && regex.charAt(pos) == '?') {
                        pos++; // lazy: the same strings
                    }
                    atom = new ArrayList<>(atom);
                    atom.add("");
                } else if (pos < regex.length() && "*+{".indexOf(regex.charAt(pos)) >= 0) {
                    return fail();
                }
                List<String> next = new ArrayList<>(out.size() * atom.size());
                for (String a : out) {
                    for (String b : atom) {
                        next.add(a.concat(b));
                    }
                }
                if (next.size() > LIMIT) {
                    return fail();
                }
                out = next;
            }
            return out;
        }

        private List<String> atom() {
            char c = regex.charAt(pos);
            if (c == '(') {
                if (!regex.startsWith("(?:", pos)) {
                    return fail();
                }
                pos += 3;
                List<String> inner = alternatives();
                if (pos >= regex.length() || regex.charAt(pos) != ')') {
                    return fail();
                }
                pos++;
                return inner;
            }
            if (c == '[') {
                int close = regex.indexOf(']', pos + 1);
                if (close < 0) {
                    return fail();
                }
                List<String> chars = new ArrayList<>();
                for (int i = pos + 1; i < close; i++) {
                    char m = regex.charAt(i);
                    if (m == '\\' || m == '^' || m == '[' || m == '&' || m == '-' && i > pos + 1 && i < close - 1) {
                        return fail(); // escapes, negation, ranges, unions: not listed
                    }
                    chars.add(String.valueOf(m));
                }
                pos = close + 1;
                return chars;
            }
            if (c == '\\') {
                if (pos + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(pos + 1))) {
                    return fail(); // \s, \d, \b and the like
                }
                pos += 2;
                return List.of(String.valueOf(regex.charAt(pos - 1)));
            }
            if (".^$*+{}".indexOf(c) >= 0) {
                return fail();
            }
            pos++;
            return List.of(String.valueOf(c));
        }

        private List<String> fail() {
            failed = true;
            pos = regex.length();
            return List.of();
        }
    }

    /**
     * Normalises heading text for matching: lower case, no emoji, emphasis, numbering or punctuation.
     *
     * <p>Parenthesised parts become a blank; any run of characters other than letters, digits and
     * {@code & / ? ' -} becomes one blank; blanks are trimmed; then a leading number ("2.", "iv.",
     * "step 3") and trailing {@code ? / - '} go.
     */
    static String normalise(String text) {
        String t = nfc(text);
        if (!isAscii(t)) {
            t = t.toLowerCase(Locale.ROOT);
        } // else each letter is lowered below, as toLowerCase would: ASCII letters lower one by one
        StringBuilder sb = new StringBuilder(t.length());
        boolean blank = false;
        int n = t.length();
        for (int i = 0; i < n; ) {
            int cp = t.codePointAt(i);
            if (cp >= 'A' && cp <= 'Z') {
                cp += 'a' - 'A';
            }
            if (cp == '(') {
                int close = t.indexOf(')', i + 1);
                if (close >= 0) {
                    blank = true;
                    i = close + 1;
                    continue;
                }
            }
            if (cp != ' ' && isNameChar(cp)) {
                if (blank && sb.length() > 0) {
                    sb.append(' ');
                }
                blank = false;
                sb.appendCodePoint(cp);
            } else {
                blank = true;
            }
            i += Character.charCount(cp);
        }
        t = sb.toString();
        if (mayBeNumbered(t)) {
            t = NUMBERING.matcher(t).replaceFirst("");
        }
        while (t.endsWith("?") || t.endsWith("/") || t.endsWith("-") || t.endsWith("'")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (t.startsWith("-") || t.startsWith("/")) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /**
     * A cheap necessary condition for {@link #NUMBERING} to match a text built as {@link #normalise} builds it,
     * which holds only name characters and single blanks: no {@code .} or {@code )}, so the {@code [ivx]} form
     * (which needs one) never matches, and the others open with a digit, {@code step }, {@code part },
     * {@code section } or {@code h1} to {@code h6}.
     */
    private static boolean mayBeNumbered(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c >= '0' && c <= '9' || c == 's' && (t.startsWith("step ") || t.startsWith("section "))
                || c == 'p' && t.startsWith("part ") || c == 'h' && t.length() > 1 && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits (any script, as {@code \\p{L}} and {@code \\p{N}}), blank and {@code & / ? ' -}. */
    private static boolean isNameChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                    || cp == ' ' || cp == '&' || cp == '/' || cp == '?' || cp == '\'' || cp == '-';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** NFC form; text without combining marks (all below U+0300) is already in it. */
    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** Classifies a whole heading text, or returns null. */
    static SectionKind classify(String text) {
        if (text == null) {
            return null;
        }
        return classify(text, 0, text.length());
    }

    /** Classifies {@code text.substring(from, to)} as {@link #classify(String)} does, without cutting it out. */
    static SectionKind classify(String text, int from, int to) {
        if (to - from > 120) {
            return null;
        }
        if (TABLE != null) {
            int k = lookUpAscii(text, from, to);
            if (k != NOT_ASCII) {
                return k == NO_KIND ? null : VALUES[k];
            }
        }
        String n = normalise(text.substring(from, to));
        if (n.isEmpty()) {
            return null;
        }
        if (NAMES != null) {
            return NAMES.get(n);
        }
        for (SectionKind k : values()) {
            if (k.pattern.matcher(n).matches()) {
                return k;
            }
        }
        return null;
    }

    private static final SectionKind[] VALUES = values();
    /** What {@link #lookUpAscii} gives for text with a character outside ASCII, and for no kind. */
    private static final int NOT_ASCII = -1;
    private static final int NO_KIND = -2;

    /**
     * {@link #NAMES} as an open-addressing table, so that a name held in a buffer is looked up without making
     * a string of it: {@code TABLE[slot]} is a name or null, {@code TABLE_HASHES[slot]} its {@link #hash} and
     * {@code TABLE_KINDS[slot]} its kind's ordinal. Slots are taken from the hash by linear probing. Null when
     * {@link #NAMES} is.
     */
    private static final char[][] TABLE;
    private static final int[] TABLE_HASHES;
    private static final byte[] TABLE_KINDS;
    /** The length of the longest name, and the most {@linkplain #isSolid solid} characters a name has. */
    private static final int LONGEST;
    private static final int MOST_SOLID;
    /**
     * For each pair of ASCII characters {@code c * 128 + d}, whether a name starts with {@code c} and then
     * {@code d} ({@code d} 0 for a name of one character): a cheap test that most texts that are no name fail.
     */
    private static final boolean[] FIRST_TWO = new boolean[128 * 128];
    /** For each pair of ASCII characters {@code c * 128 + d}, whether a name ends with {@code c} and then {@code d}. */
    private static final boolean[] LAST_TWO = new boolean[128 * 128];

    static {
        boolean ascii = NAMES != null;
        for (String n : ascii ? NAMES.keySet() : java.util.Set.<String>of()) {
            ascii &= isAscii(n); // a loop, not a stream: this runs when the first document is read
        }
        if (!ascii) {
            TABLE = null;
            TABLE_HASHES = null;
            TABLE_KINDS = null;
            LONGEST = 0;
            MOST_SOLID = 0;
        } else {
            int size = Integer.highestOneBit(NAMES.size() * 2 - 1) << 1; // at most half full
            TABLE = new char[size][];
            TABLE_HASHES = new int[size];
            TABLE_KINDS = new byte[size];
            int longest = 0;
            int mostSolid = 0;
            for (Map.Entry<String, SectionKind> e : NAMES.entrySet()) {
                char[] name = e.getKey().toCharArray();
                if (name.length == 0) {
                    continue; // never looked up
                }
                longest = Math.max(longest, name.length);
                int solid = 0;
                for (char c : name) {
                    solid += isSolid(c) ? 1 : 0;
                }
                mostSolid = Math.max(mostSolid, solid);
                FIRST_TWO[name[0] * 128 + (name.length > 1 ? name[1] : 0)] = true;
                LAST_TWO[(name.length > 1 ? name[name.length - 2] : 0) * 128 + name[name.length - 1]] = true;
                int h = hash(name, 0, name.length);
                int slot = h & (size - 1);
                while (TABLE[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                TABLE[slot] = name;
                TABLE_HASHES[slot] = h;
                TABLE_KINDS[slot] = (byte) e.getValue().ordinal();
            }
            LONGEST = longest;
            MOST_SOLID = mostSolid;
        }
    }

    /**
     * A hash of {@code b[from, to)} for {@link #TABLE}: of its length and of a few of its characters only, which
     * tell the names apart well enough (a lookup compares the whole name anyway) for less than reading them all.
     */
    private static int hash(char[] b, int from, int to) {
        int len = to - from;
        int h = len;
        h = 31 * h + b[from];
        h = 31 * h + b[to - 1];
        h = 31 * h + b[from + len / 2];
        h = 31 * h + b[from + len / 3];
        h = 31 * h + b[to - 1 - len / 3];
        h = 31 * h + b[from + len / 4];
        h = 31 * h + b[to - 1 - len / 4];
        h *= 0x9E3779B9;
        return h ^ h >>> 15;
    }

    /**
     * What {@link #classify(String)} gives for {@code text[from, to)} when that is all ASCII, but for
     * characters that only make blanks ({@link #inertLength}): the ordinal of the kind, or {@link #NO_KIND};
     * else {@link #NOT_ASCII}. Normalises as {@link #normalise} does (such text is already in NFC, and lowers
     * letter by letter), in a copy of the characters (the name is never longer than what it was read from),
     * and looks the name up in {@link #TABLE}.
     */
    private static int lookUpAscii(String text, int from, int to) {
        char[] b = new char[to - from];
        text.getChars(from, to, b, 0);
        int n = b.length;
        int len = 0;
        boolean counting = false; // whether plainStart(b[0])
        int solid = 0; // letters, digits and & written, counted when plainStart(b[0])
        boolean blank = false;
        for (int i = 0; i < n; ) {
            char c = b[i];
            if (c >= 0x80) {
                int inert = inertLength(b, i, n);
                if (inert == 0) {
                    return NOT_ASCII;
                }
                blank = true;
                i += inert;
                continue;
            }
            if (c == '(') {
                int close = i + 1;
                while (close < n && b[close] != ')') {
                    if (b[close] >= 0x80) {
                        int inert = inertLength(b, close, n);
                        if (inert == 0) {
                            return NOT_ASCII;
                        }
                        close += inert;
                    } else {
                        close++;
                    }
                }
                if (close < n) {
                    // a parenthesised part becomes a blank
                    blank = true;
                    i = close + 1;
                    continue;
                }
            }
            char name = ASCII_NAME[c];
            if (name != 0) {
                // len < i here unless nothing was left out: a blank is written only after a character was
                if (blank && len > 0) {
                    b[len++] = ' ';
                }
                blank = false;
                b[len++] = name;
                if (len == 1) {
                    counting = plainStart(name);
                }
                if (counting && isSolid(name)) {
                    // the name will start at b[0] and hold every solid character written: see plainStart
                    if (++solid > MOST_SOLID || len == 2 && !FIRST_TWO[b[0] * 128 + name]) {
                        return NO_KIND;
                    }
                }
            } else {
                blank = true;
            }
            i++;
        }
        int start = numberingEnd(b, len);
        int end = len;
        // less trailing ? / - ' and leading - / (each time less blanks at both ends, as strip() does)
        while (end > start && (b[end - 1] == '?' || b[end - 1] == '/' || b[end - 1] == '-' || b[end - 1] == '\'')) {
            end--;
            while (end > start && b[end - 1] == ' ') {
                end--;
            }
        }
        while (end > start && (b[start] == '-' || b[start] == '/')) {
            start++;
            while (start < end && b[start] == ' ') {
                start++;
            }
        }
        int length = end - start;
        if (length == 0 || length > LONGEST || !FIRST_TWO[b[start] * 128 + (length > 1 ? b[start + 1] : 0)]
                || !LAST_TWO[(length > 1 ? b[end - 2] : 0) * 128 + b[end - 1]]) {
            return NO_KIND;
        }
        int h = hash(b, start, end);
        int mask = TABLE.length - 1;
        for (int slot = h & mask; TABLE[slot] != null; slot = (slot + 1) & mask) {
            if (TABLE_HASHES[slot] == h && Arrays.equals(TABLE[slot], 0, TABLE[slot].length, b, start, end)) {
                return TABLE_KINDS[slot];
            }
        }
        return NO_KIND;
    }

    /**
     * Whether a normalised text that starts with {@code c} keeps its start: a letter but {@code s}, {@code p} or
     * {@code h} starts no number (see {@link #numberingEnd}) and is no leading {@code -} or {@code /}. Its
     * solid characters ({@link #isSolid}) then all stay in the name, as the end loses only {@code ? / - '} and
     * blanks; so a text with more of them than {@link #MOST_SOLID} is no name, nor one whose first two characters
     * are solid and start none ({@link #FIRST_TWO}).
     */
    private static boolean plainStart(char c) {
        return c >= 'a' && c <= 'z' && c != 's' && c != 'p' && c != 'h';
    }

    /** Letters, digits and {@code &}: the name characters that no end of a name loses. */
    private static boolean isSolid(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&';
    }

    /**
     * For each ASCII character: lowered, when {@link #normalise} keeps it in a name (letters, digits,
     * {@code & / ? ' -}); 0 when it makes it part of a blank.
     */
    private static final char[] ASCII_NAME = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            ASCII_NAME[c] = lower != ' ' && isNameChar(lower) ? lower : 0;
        }
    }

    /**
     * How many chars (1 or 2) the character at {@code b[i]} takes when it is one that {@link #normalise} makes
     * part of a blank and that changes nothing else: it is in NFC and composes with no ASCII neighbour, has no
     * lower case, and is neither letter nor digit. These are the punctuation of U+2010 to U+2027 and U+2030 to
     * U+205E (dashes, curly quotes, bullets), the symbols and dingbats of U+2600 to U+27BF but for the circled
     * digits U+2776 to U+2793, the zero-width joiner and variation selector 16 of emoji, and the emoji of
     * U+1F300 to U+1FAFF. Text of ASCII and these reads as ASCII text with blanks there. 0 for any other
     * character.
     */
    static int inertLength(char[] b, int i, int n) {
        char c = b[i];
        if (c >= '\u2010' && c <= '\u2027' || c >= '\u2030' && c <= '\u205E' || c >= '\u2600' && c <= '\u2775'
                || c >= '\u2794' && c <= '\u27BF' || c == '\u200D' || c == '\uFE0F') {
            return 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(b[i + 1])) {
            int cp = Character.toCodePoint(c, b[i + 1]);
            if (cp >= 0x1F300 && cp <= 0x1FAFF) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * Where the name in {@code b[0, len)}, built as {@link #lookUpAscii} builds it (name characters and single
     * blanks, none leading or trailing), starts once a leading number goes: the end of what {@link #NUMBERING}
     * matches there, or 0. In such text the pattern can only match a digit or two, {@code step}, {@code part}
     * or {@code section} and a blank and a run of digits, or {@code h1} to {@code h6}, each then followed by
     * the one blank that {@code \\s+} takes ({@code [ivx]{1,4}[.)]} needs a dot or parenthesis, which is gone).
     */
    private static int numberingEnd(char[] b, int len) {
        if (len < 2) {
            return 0;
        }
        int digitsFrom;
        char c = b[0];
        if (c >= '0' && c <= '9') {
            // \d{1,2}[.)]?\s+
            int i = b[1] >= '0' && b[1] <= '9' ? 2 : 1;
            return i < len && b[i] == ' ' ? i + 1 : 0;
        } else if (c == 'h') {
            // h[1-6]\s+
            return b[1] >= '1' && b[1] <= '6' && len > 2 && b[2] == ' ' ? 3 : 0;
        } else if (startsWith(b, len, "step ")) {
            digitsFrom = 5;
        } else if (startsWith(b, len, "part ")) {
            digitsFrom = 5;
        } else if (startsWith(b, len, "section ")) {
            digitsFrom = 8;
        } else {
            return 0;
        }
        // step \d+\s+, part \d+\s+, section \d+\s+
        int i = digitsFrom;
        while (i < len && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i > digitsFrom && i < len && b[i] == ' ' ? i + 1 : 0;
    }

    /** Whether {@code b[0, len)} starts with the ASCII {@code prefix}. */
    private static boolean startsWith(char[] b, int len, String prefix) {
        if (len < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #classify} looks names up rather than trying the patterns: for tests. */
    static boolean namesListed() {
        return NAMES != null;
    }

    /** Classifies a heading text, also trying the part after its last colon ("A Race Against Time: The Timeline"). */
    static SectionKind classifyHeading(String text) {
        SectionKind k = classify(text);
        if (k != null) {
            return k;
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && colon < text.length() - 1) {
            SectionKind after = classify(text, colon + 1, text.length());
            if (after != null && !after.takesValue) {
                return after;
            }
        }
        return null;
    }
}
