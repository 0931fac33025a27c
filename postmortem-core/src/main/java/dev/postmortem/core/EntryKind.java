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
     * does not follow a letter, digit or underscore. Each such place is read once, along the
     * {@linkplain #NEXT automaton} of all the rules' words. Where a word is one its pattern matches whole, the
     * rule holds there without running the pattern (see {@link #INFO}); elsewhere the pattern is run from
     * that place. The first rule (in order) that holds anywhere gives the kind, so once a rule holds only the
     * rules before it are looked for, and the scan stops as soon as the first rule holds.
     *
     * @param text the entry's text
     * @return the inferred kind
     */
    public static EntryKind infer(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        int best = RULES.length; // the first rule known to hold so far; RULES.length for none
        char[] cs = text.toCharArray(); // one copy: cheaper than charAt for each character, most read twice
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int type = c < 0x80 ? ASCII_TYPE[c] : Character.isLetterOrDigit(c) ? WORD : NOT_WORD;
            if (type == NOT_WORD) {
                i++;
                continue;
            }
            // i starts a run of letters and digits
            int wordEnd = i + 1; // the run goes on at least to here
            if (type == LETTER) {
                int wanted = (1 << best) - 1; // the rules before the best so far
                // every character so far equals the word's up to ASCII case (blanks and apostrophes exactly),
                // and \b before the word means the same to the pattern as here: see INFO
                boolean exact = i == 0 || cs[i - 1] < 0x80;
                boolean letters = true; // whether the characters read so far are all letters
                int state = NEXT[CLASS[c]]; // from the root; state 0 (no word) has no rules below it
                for (int j = i + 1; ; j++) {
                    int info = INFO[state];
                    if ((info & wanted) == 0) {
                        break; // no word of a wanted rule goes on from here
                    }
                    if ((info >>> RULES_SHIFT & wanted) != 0) {
                        best = holding(text, i, j, info, exact, best);
                        if (best == 0) {
                            return RULES[0].kind;
                        }
                        wanted = (1 << best) - 1;
                    }
                    if (j >= n) {
                        break;
                    }
                    char t = cs[j];
                    int k = t < 0x80 ? CLASS[t] : -1;
                    if (k < 0) {
                        break;
                    }
                    if (k >= LETTERS) {
                        letters = false;
                        if (t == 0 || t == 7) {
                            exact = false; // a control character that only bit 0x20 makes a blank or apostrophe
                        }
                    } else if (letters) {
                        wordEnd = j + 1;
                    }
                    state = NEXT[state * CLASSES + k];
                }
            }
            i = wordEnd;
            while (i < n && isWordChar(cs[i])) {
                i++;
            }
        }
        return best < RULES.length ? RULES[best].kind : ACTION;
    }

    /**
     * The first rule that holds, given that {@code best} is the first known to hold so far (or
     * {@code RULES.length}) and that the text from word start {@code i} to {@code end} reads as the words of the
     * rules in {@code info}'s {@linkplain #INFO rule bits}: a rule whose word is {@linkplain #INFO sure} there
     * holds; for the others their pattern (or {@link #partialAt}) tells.
     */
    private static int holding(String text, int i, int end, int info, boolean exact, int best) {
        int rules = info >>> RULES_SHIFT & 0xFF & (1 << best) - 1;
        int sure = exact ? rules & info >>> SURE_SHIFT : 0;
        if (sure != 0) {
            best = Integer.numberOfTrailingZeros(sure);
        }
        for (int unsure = rules & ~sure; unsure != 0; unsure &= unsure - 1) {
            int r = Integer.numberOfTrailingZeros(unsure);
            if (r >= best) {
                break;
            }
            int partial = r == PARTIAL_RULE && exact ? partialAt(text, end) : UNKNOWN;
            boolean holds = partial != UNKNOWN ? partial == HOLDS
                    // \b looks before the region
                    : RULES[r].pattern.matcher(text).useTransparentBounds(true).region(i, text.length()).lookingAt();
            if (holds) {
                return r;
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

    /** {@link #ASCII_TYPE}s: not part of a word, part of one, an ASCII letter. */
    private static final byte NOT_WORD = 0;
    private static final byte WORD = 1;
    private static final byte LETTER = 2;

    /** For each ASCII character, whether {@code \b} counts it as part of a word, and whether it is a letter. */
    private static final byte[] ASCII_TYPE = new byte[0x80];

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

    private static boolean isWordChar(char c) {
        return c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

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
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            ASCII_TYPE[c] = letter ? LETTER : ASCII_WORD[c] ? WORD : NOT_WORD;
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
        for (java.util.Map.Entry<String, Integer> e : states.entrySet()) {
            String prefix = e.getKey();
            if (!prefix.isEmpty()) {
                int parent = states.get(prefix.substring(0, prefix.length() - 1));
                NEXT[parent * CLASSES + CLASS[prefix.charAt(prefix.length() - 1)]] = e.getValue();
            }
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
    }
}
