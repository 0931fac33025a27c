package dev.postmortem.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
     * @param text the entry's text
     * @return the inferred kind
     */
    public static EntryKind infer(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        // A match starts where one of its rule's words starts a word, so each pattern is tried only
        // there; most texts hold none of a rule's words and skip its pattern altogether.
        int[] found = candidates(text);
        int count = found[0];
        for (int r = 0; r < RULES.length; r++) {
            Matcher m = null;
            for (int k = 0; k < count; k++) {
                if (found[1 + 2 * k] != r) {
                    continue;
                }
                if (m == null) {
                    m = RULES[r].pattern.matcher(text).useTransparentBounds(true); // \b looks before the region
                }
                if (m.region(found[2 + 2 * k], text.length()).lookingAt()) {
                    return RULES[r].kind;
                }
            }
        }
        return ACTION;
    }

    /**
     * Where the rules' words start words of {@code text} (ignoring ASCII case): {@code [count, rule, position,
     * rule, position, ...]}, positions ascending. Every pattern opens with {@code \b} and then an ASCII letter,
     * so a match can start only at an ASCII letter that does not follow a letter, digit or underscore, and
     * there only with one of its rule's words.
     */
    private static int[] candidates(String text) {
        int[] found = new int[9];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            // i starts a run of letters and digits
            char lower = (char) (c | 0x20);
            if (c < 0x80 && lower >= 'a' && lower <= 'z' && i + 1 < n) {
                char second = (char) (text.charAt(i + 1) | 0x20);
                String[] words = WORDS_BY_LETTER[lower - 'a'];
                int[] rules = RULES_BY_LETTER[lower - 'a'];
                for (int w = 0; w < words.length; w++) {
                    if (words[w].charAt(1) == second && startsAt(text, i, words[w])) {
                        if (2 + 2 * count >= found.length) {
                            found = Arrays.copyOf(found, found.length * 2);
                        }
                        found[1 + 2 * count] = rules[w];
                        found[2 + 2 * count] = i;
                        count++;
                    }
                }
            }
            i++;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
        }
        found[0] = count;
        return found;
    }

    /**
     * Whether {@code word} (lower-case ASCII) is at {@code i}, its first letter already checked, ignoring
     * ASCII case. May say yes for a few other characters too (those that differ only in bit 0x20), which
     * only costs a pattern search.
     */
    private static boolean startsAt(String text, int i, String word) {
        int len = word.length();
        if (i + len > text.length()) {
            return false;
        }
        for (int j = 1; j < len; j++) {
            if ((text.charAt(i + j) | 0x20) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

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

    /** The rules' words by their first letter ({@code a} to {@code z}), and the index of each word's rule. */
    private static final String[][] WORDS_BY_LETTER = new String[26][];
    private static final int[][] RULES_BY_LETTER = new int[26][];

    static {
        for (int letter = 0; letter < 26; letter++) {
            List<String> words = new ArrayList<>();
            List<Integer> rules = new ArrayList<>();
            for (int r = 0; r < RULES.length; r++) {
                for (String w : RULES[r].words) {
                    if (w.charAt(0) == 'a' + letter) {
                        words.add(w);
                        rules.add(r);
                    }
                }
            }
            WORDS_BY_LETTER[letter] = words.toArray(new String[0]);
            RULES_BY_LETTER[letter] = new int[rules.size()];
            for (int w = 0; w < rules.size(); w++) {
                RULES_BY_LETTER[letter][w] = rules.get(w);
            }
        }
    }
}
