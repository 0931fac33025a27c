package dev.postmortem.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a timeline entry records. Inferred from its wording by {@link #infer(String)}; a document
 * or a caller may state another.
 */
public enum EntryKind {
    /** The problem was noticed: an alert fired, a user reported it. */
    DETECTION,
    /** More people or another team were called in. */
    ESCALATION,
    /** Something was done or looked at. */
    ACTION,
    /** A lead that turned out wrong: a misleading path. */
    MISLEADING,
    /** The impact was reduced: partial restore, rollback started, traffic shifted. */
    MITIGATION,
    /** The incident ended: service fully restored. */
    RESOLUTION,
    /** Anything else. */
    OTHER;

    /** The lower-case id, computed once: readers and writers ask for it per value. */
    private final String id = name().toLowerCase(Locale.ROOT);

    // Order matters: the first kind whose pattern matches wins.
    private static final Pattern MISLEADING_WORDS = Pattern.compile(
            "\\b(misleading|mislead|red herring|wrong (path|lead|direction)|dead end|false lead|without success|did(n't| not) (help|resolve|fix))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIAL_WORDS = Pattern.compile(
            "\\bpartial(ly)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOLUTION_WORDS = Pattern.compile(
            "\\b(resolved|resolution|fully (restored|recovered|operational)|restored (fully|completely)|back to normal|"
                    + "incident (closed|ended|over)|service(s)? (fully )?restored|all clear|normal operations?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DETECTION_WORDS = Pattern.compile(
            "\\b(detected|detect|alert(ed|s)?|noticed|monitoring (system )?(flagged|showed|reported)|paged|"
                    + "report(ed)? by|users? report|customers? report|complain(ed|ts)?|first sign|identified an? (issue|outage|problem))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCALATION_WORDS = Pattern.compile(
            "\\b(escalat\\w*|called in|looped in|paged (the|a)|brought in|notified (the )?\\w+ team|handed over)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MITIGATION_WORDS = Pattern.compile(
            "\\b(mitigat\\w*|rolled back|roll(ing|ed)? ?back|rollback|partial(ly)? (service )?restor\\w*|"
                    + "stabili[sz]\\w*|workaround|failover|failed over|restarted|hotfix (applied|deployed)|fix (deployed|applied))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Returns the lower-case id used in text and JSON ({@code detection}, {@code misleading}, ...).
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the kind with the given {@linkplain #id() id}.
     *
     * @param id the id, case-insensitive
     * @return the kind
     * @throws IllegalArgumentException if no kind has that id
     */
    public static EntryKind fromId(String id) {
        for (EntryKind k : values()) {
            if (k.id().equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown timeline entry kind '" + id + "', expected one of "
                + java.util.Arrays.stream(values()).map(EntryKind::id).toList());
    }

    /**
     * Infers the kind of an entry from its wording: "Issue detected: ..." is a detection,
     * "Misleading path: ..." misleading, "Escalated to ..." an escalation, "Rolled back ..." a
     * mitigation, "Full service restored" a resolution, anything else an action (or
     * {@link #OTHER} for an empty text). Deterministic and locale-independent.
     *
     * <p>A rule's pattern can match only where one of its rule's words starts a word (see {@link Rule}): every
     * pattern opens with {@code \b} and then an ASCII letter, so a match can start only at an ASCII letter that
     * does not follow a letter, digit or underscore. The text is read once, character by character, by a
     * {@linkplain ScanState scanner} that follows the {@linkplain #NEXT trie} of all the rules' words from each
     * such place at once. Where a word is one its pattern matches whole, the rule holds there without running
     * the pattern (see {@link #INFO}); elsewhere the pattern is run from where the word starts. The first rule
     * (in order) that holds anywhere gives the kind, so once a rule holds only the rules before it are looked
     * for, and the scan stops as soon as the first rule holds.
     *
     * @param text the entry's text
     * @return the inferred kind
     */
    public static EntryKind infer(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        int best = RULES.length; // the first rule known to hold so far; RULES.length for none
        int wanted = (1 << best) - 1; // the rules before it
        ScanState state = ScanState.START;
        int n = text.length();
        for (int j = 0; j < n; j++) {
            char c = text.charAt(j);
            int k = c < 0x80 ? SCAN_CLASS[c] : Character.isLetterOrDigit(c) ? NON_ASCII_WORD : NON_ASCII_OTHER;
            ScanState next = state.next[k];
            state = next != null ? next : state.step(k);
            if ((state.rules & wanted) != 0) {
                best = holding(text, j + 1, state, best);
                if (best == 0) {
                    return RULES[0].kind;
                }
                wanted = (1 << best) - 1;
            }
        }
        return best < RULES.length ? RULES[best].kind : ACTION;
    }

    /**
     * The first rule that holds, given that {@code best} is the first known to hold so far (or
     * {@code RULES.length}) and that the text up to {@code end} left the scanner in {@code state}, where words
     * of its {@linkplain ScanState#rules rules} end: a rule whose word is {@linkplain #INFO sure} on one of the
     * state's {@linkplain ScanState#walks walks} holds; for the others their pattern (or {@link #partialAt})
     * tells, run from where the walk started.
     */
    private static int holding(String text, int end, ScanState state, int best) {
        int sure = state.sure & (1 << best) - 1;
        if (sure != 0) {
            best = Integer.numberOfTrailingZeros(sure);
        }
        int[] walks = state.walks;
        for (int w = 0; w < walks.length; w++) {
            int node = walks[w] >> 1;
            boolean exact = (walks[w] & 1) != 0;
            int info = INFO[node];
            int unsure = info >>> RULES_SHIFT & ~(exact ? info >>> SURE_SHIFT : 0) & 0xFF & (1 << best) - 1;
            for (; unsure != 0; unsure &= unsure - 1) {
                int r = Integer.numberOfTrailingZeros(unsure);
                int start = end - DEPTH[node];
                int partial = r == PARTIAL_RULE && exact ? partialAt(text, end) : UNKNOWN;
                boolean holds = partial != UNKNOWN ? partial == HOLDS
                        // \b looks before the region
                        : RULES[r].pattern.matcher(text).useTransparentBounds(true).region(start, text.length()).lookingAt();
                if (holds) {
                    best = r;
                    break;
                }
            }
        }
        return best;
    }

    /** What {@link #partialAt} gives: the pattern holds, does not, or only running it tells. */
    private static final int HOLDS = 1;
    private static final int FAILS = 2;
    private static final int UNKNOWN = 0;

    /** The rule whose only word is {@code partial}: {@code \bpartial(ly)?\b}. */
    private static final int PARTIAL_RULE = 1;

    /**
     * Whether {@code \bpartial(ly)?\b} (ASCII case-insensitive) matches at a word start whose {@code partial}
     * ends at {@code end}, with the boundary before it already known to hold: when {@code ly} follows, the
     * pattern tries the boundary after it first, then the one right after {@code partial}. A boundary after a
     * letter holds at the end of the text or before an ASCII character other than a letter, digit or
     * underscore, and fails before an ASCII letter, digit or underscore; before any other character (where the
     * pattern's test looks at marks and surrogates) the answer is {@link #UNKNOWN}.
     */
    private static int partialAt(String text, int end) {
        int n = text.length();
        if (end + 1 < n && (text.charAt(end) | 0x20) == 'l' && (text.charAt(end + 1) | 0x20) == 'y') {
            int after = boundaryAfterLetter(text, end + 2);
            if (after != FAILS) {
                return after;
            }
        }
        return boundaryAfterLetter(text, end);
    }

    /** Whether {@code \b} holds at {@code at}, which follows an ASCII letter: see {@link #partialAt}. */
    private static int boundaryAfterLetter(String text, int at) {
        if (at >= text.length()) {
            return HOLDS;
        }
        char c = text.charAt(at);
        return c >= 0x80 ? UNKNOWN : ASCII_WORD[c] ? FAILS : HOLDS;
    }

    /**
     * The automaton of the rules' words, a trie: the states are the words' prefixes, state 0 the empty one
     * (and "no such prefix" as a target). {@code NEXT[state * CLASSES + CLASS[c]]} is the state after reading
     * ASCII character {@code c}. A character of the text counts as the word's character that it equals with
     * bit 0x20 set, which lowers ASCII letters and makes NUL a blank and BEL an apostrophe (those two then only
     * cost a pattern search: they are not {@code exact}).
     */
    private static final int[] NEXT;
    /** The character classes: the 26 letters, then blank and apostrophe. */
    private static final int CLASSES = 28;
    private static final int LETTERS = 26;
    /** For each ASCII character, its class, or -1 when no word has it. */
    private static final int[] CLASS = new int[0x80];
    /**
     * For each state, three sets of rules (bit {@code r} for rule {@code r}), 8 bits each. Bits 0 to 7: the
     * rules with a word that starts with the state's prefix, so that a walk may stop early (none for state 0).
     * From {@link #RULES_SHIFT}: the rules one of whose words ends there. From {@link #SURE_SHIFT}: of those,
     * the rules whose pattern matches that word whole, all but a few (see {@code NOT_WHOLE}). The pattern then
     * surely matches where the word starts a word, when every character of the text equals the word's up to
     * ASCII case (blanks and apostrophes exactly, not just up to bit 0x20), and the character before it is
     * ASCII, so that {@code \b} holds for the pattern just as here (before a character outside ASCII the
     * pattern's boundary test differs: marks, surrogates).
     */
    private static final int[] INFO;
    private static final int RULES_SHIFT = 8;
    private static final int SURE_SHIFT = 16;
    /** For each state of the trie, the length of its prefix. */
    private static final int[] DEPTH;

    /**
     * A state of the scanner: a deterministic automaton over the text's characters whose states are the walks
     * along the {@linkplain #NEXT trie} that are under way (each from a word start, with whether it is still
     * {@code exact}: see {@link #INFO}), and whether the last character was part of a word, or else whether it
     * was ASCII. An ASCII letter that starts a word starts a walk, exact when the character before it is ASCII
     * or there is none; a walk goes on along the trie's classes (NUL and BEL as blank and apostrophe, no longer
     * exact) and ends where the trie does. {@code next[class]} is the state after a character of that class:
     * {@link #SCAN_CLASS} for ASCII, else {@link #NON_ASCII_WORD} for letters and digits
     * ({@code Character.isLetterOrDigit}) and {@link #NON_ASCII_OTHER} for the rest.
     *
     * <p>States are made on first need, one for each key (at most some 1,500), so that no time goes into states
     * no text reaches: loading the class stays cheap. A state's fields are final, so a state that one thread
     * makes and another finds in {@code next} is seen whole; two threads may both make a missing transition,
     * and both find the same state.
     */
    private static final class ScanState {
        /** The states made so far, by key. */
        private static final java.util.concurrent.ConcurrentHashMap<String, ScanState> MADE =
                new java.util.concurrent.ConcurrentHashMap<>();
        /** The state before any character. */
        static final ScanState START = made(String.valueOf((char) BETWEEN_AFTER_ASCII));

        /** The mode, then the walks ({@code trie state << 1 | exact}) in ascending order, as chars. */
        final String key;
        /** The rules one of whose words ends on one of the walks. */
        final int rules;
        /** The rules whose word is sure on one of the walks (see {@link #INFO}). */
        final int sure;
        /** The walks at the end of a word, {@code trie state << 1 | exact}. */
        final int[] walks;
        /** The states after each class, filled in on first need. */
        final ScanState[] next = new ScanState[SCAN_CLASSES];

        private ScanState(String key) {
            this.key = key;
            int[] ending = new int[key.length() - 1];
            int count = 0;
            int anyRules = 0;
            int sureRules = 0;
            for (int w = 1; w < key.length(); w++) {
                int walk = key.charAt(w);
                int info = INFO[walk >> 1];
                int wordRules = info >>> RULES_SHIFT & 0xFF;
                if (wordRules != 0) {
                    ending[count++] = walk;
                    anyRules |= wordRules;
                    if ((walk & 1) != 0) {
                        sureRules |= info >>> SURE_SHIFT & 0xFF;
                    }
                }
            }
            this.rules = anyRules;
            this.sure = sureRules;
            this.walks = java.util.Arrays.copyOf(ending, count);
        }

        private static ScanState made(String key) {
            return MADE.computeIfAbsent(key, ScanState::new);
        }

        /** The state after a character of class {@code k}, made and noted in {@link #next} when missing. */
        ScanState step(int k) {
            ScanState s = made(scanStep(key, k));
            next[k] = s;
            return s;
        }
    }

    private static final int SCAN_CLASSES = 34;
    /** The scanner's classes beyond the trie's: NUL, BEL, other ASCII of a word, other ASCII, others of a word, others. */
    private static final int NUL = 28;
    private static final int BEL = 29;
    private static final int ASCII_WORD_CLASS = 30;
    private static final int ASCII_OTHER = 31;
    private static final int NON_ASCII_WORD = 32;
    private static final int NON_ASCII_OTHER = 33;
    /** The scanner's modes, the first element of its state: what the last character was. */
    private static final int IN_WORD = 0;
    private static final int BETWEEN_AFTER_ASCII = 1;
    private static final int BETWEEN_AFTER_OTHER = 2;

    /** For each ASCII character, its class in the scanner. */
    private static final byte[] SCAN_CLASS = new byte[0x80];

    /** For each ASCII character, whether {@code \b} counts it as part of a word: letters, digits, underscore. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
    }

    /**
     * One wording rule: its pattern, the kind it gives, and the lower-case words every match of the
     * pattern starts with (ASCII, as the patterns' case folding is).
     */
    private static final class Rule {
        final Pattern pattern;
        final EntryKind kind;
        final String[] words;

        Rule(Pattern pattern, EntryKind kind, String... words) {
            this.pattern = pattern;
            this.kind = kind;
            this.words = words;
        }
    }

    /**
     * The rules in the order they are tried: the first that matches wins. A rule's words are the phrases
     * its pattern's alternatives open with, so that a text holding none of them skips the pattern.
     */
    private static final Rule[] RULES = {
        new Rule(MISLEADING_WORDS, MISLEADING, "mislead", "red herring", "wrong path", "wrong lead", "wrong direction",
                "dead end", "false lead", "without success", "didn't help", "didn't resolve", "didn't fix",
                "did not help", "did not resolve", "did not fix"),
        new Rule(PARTIAL_WORDS, MITIGATION, "partial"),
        new Rule(RESOLUTION_WORDS, RESOLUTION, "resolved", "resolution", "fully restored", "fully recovered",
                "fully operational", "restored fully", "restored completely", "back to normal", "incident closed",
                "incident ended", "incident over", "service restored", "services restored", "service fully restored",
                "services fully restored", "all clear", "normal operation"),
        new Rule(DETECTION_WORDS, DETECTION, "detect", "alert", "noticed", "monitoring flagged", "monitoring showed",
                "monitoring reported", "monitoring system flagged", "monitoring system showed",
                "monitoring system reported", "paged", "report by", "reported by", "user report", "users report",
                "customer report", "customers report", "complain", "first sign", "identified a issue",
                "identified a outage", "identified a problem", "identified an issue", "identified an outage",
                "identified an problem"),
        new Rule(ESCALATION_WORDS, ESCALATION, "escalat", "called in", "looped in", "paged the", "paged a",
                "brought in", "notified ", "handed over"),
        new Rule(MITIGATION_WORDS, MITIGATION, "mitigat", "rolled back", "rollback", "roll back", "rollingback",
                "rolling back", "rolledback", "partial restor", "partially restor", "partial service restor",
                "partially service restor", "stabilis", "stabiliz", "workaround", "failover", "failed over",
                "restarted", "hotfix applied", "hotfix deployed", "fix deployed", "fix applied"),
    };

    /**
     * The rules' words that their pattern does not match by themselves: "partial" needs a word boundary
     * after it, "notified " a team after it. Every other word is one of its pattern's alternatives (with the
     * optional parts left out) and so a match wherever it starts a word.
     */
    private static final java.util.Set<String> NOT_WHOLE = java.util.Set.of("partial", "notified ");

    static {
        for (char c = 0; c < 0x80; c++) {
            char key = (char) (c | 0x20);
            CLASS[c] = key >= 'a' && key <= 'z' ? key - 'a' : key == ' ' ? 26 : key == '\'' ? 27 : -1;
        }
        // build the trie, one state per distinct prefix
        java.util.Map<String, Integer> states = new java.util.HashMap<>();
        states.put("", 0);
        for (Rule rule : RULES) {
            for (String w : rule.words) {
                for (int len = 1; len <= w.length(); len++) {
                    states.putIfAbsent(w.substring(0, len), states.size());
                }
            }
        }
        int count = states.size();
        NEXT = new int[count * CLASSES];
        INFO = new int[count];
        DEPTH = new int[count];
        for (java.util.Map.Entry<String, Integer> e : states.entrySet()) {
            String prefix = e.getKey();
            if (!prefix.isEmpty()) {
                int parent = states.get(prefix.substring(0, prefix.length() - 1));
                NEXT[parent * CLASSES + CLASS[prefix.charAt(prefix.length() - 1)]] = e.getValue();
            }
            DEPTH[e.getValue()] = prefix.length();
        }
        for (int r = 0; r < RULES.length; r++) {
            for (String w : RULES[r].words) {
                int end = states.get(w);
                INFO[end] |= 1 << r + RULES_SHIFT;
                if (!NOT_WHOLE.contains(w)) {
                    INFO[end] |= 1 << r + SURE_SHIFT;
                }
                for (int len = 1; len <= w.length(); len++) {
                    INFO[states.get(w.substring(0, len))] |= 1 << r;
                }
            }
        }
        for (char c = 0; c < 0x80; c++) {
            SCAN_CLASS[c] = (byte) (c == 0 ? NUL : c == 7 ? BEL : CLASS[c] >= 0 ? CLASS[c]
                    : ASCII_WORD[c] ? ASCII_WORD_CLASS : ASCII_OTHER);
        }
    }

    /**
     * The scanner's state after a character of class {@code k} in state {@code from}; both are strings of
     * chars, the mode and then the walks ({@code trie state << 1 | exact}) in ascending order.
     */
    private static String scanStep(String from, int k) {
        char[] buffer = new char[from.length()];
        int mode = from.charAt(0);
        int trieClass = k < CLASSES ? k : k == NUL ? 26 : k == BEL ? 27 : -1;
        boolean word = k < LETTERS || k == ASCII_WORD_CLASS || k == NON_ASCII_WORD;
        int count = 0;
        if (trieClass >= 0) {
            for (int w = 1; w < from.length(); w++) {
                int walk = from.charAt(w);
                int next = NEXT[(walk >> 1) * CLASSES + trieClass];
                if (next != 0) {
                    boolean exact = (walk & 1) != 0 && k != NUL && k != BEL;
                    buffer[count++] = (char) (next << 1 | (exact ? 1 : 0));
                }
            }
        }
        int newMode;
        if (word) {
            if (mode != IN_WORD && k < LETTERS && NEXT[k] != 0) {
                buffer[count++] = (char) (NEXT[k] << 1 | (mode == BETWEEN_AFTER_ASCII ? 1 : 0));
            }
            newMode = IN_WORD;
        } else {
            newMode = k == NON_ASCII_OTHER ? BETWEEN_AFTER_OTHER : BETWEEN_AFTER_ASCII;
        }
        java.util.Arrays.sort(buffer, 0, count);
        char[] to = new char[count + 1];
        to[0] = (char) newMode;
        System.arraycopy(buffer, 0, to, 1, count);
        return new String(to);
    }
}
