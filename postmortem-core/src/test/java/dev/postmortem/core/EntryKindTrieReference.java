package dev.postmortem.core;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-trie scan {@link EntryKind#infer} used before its automaton (commit 6ae8b7c), kept verbatim so that
 * {@link EntryKindScanTest} can check the automaton gives the same kinds, edge cases included.
 */
final class EntryKindTrieReference {

    private EntryKindTrieReference() {
    }

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
     * Infers the kind of an entry from its wording: "Issue detected: ..." is a detection,
     * "Misleading path: ..." misleading, "Escalated to ..." an escalation, "Rolled back ..." a
     * mitigation, "Full service restored" a resolution, anything else an action (or
     * {@link #OTHER} for an empty text). Deterministic and locale-independent.
     *
     * @param text the entry's text
     * @return the inferred kind
     */
    static EntryKind infer(String text) {
        if (text == null || text.isBlank()) {
            return EntryKind.OTHER;
        }
        // A match starts where one of its rule's words starts a word, so each pattern is tried only
        // there; most texts hold none of a rule's words and skip its pattern altogether.
        int[] found = candidates(text);
        int count = found[0];
        for (int r = 0; r < RULES.length; r++) {
            Matcher m = null;
            for (int k = 0; k < count; k++) {
                if ((found[1 + 2 * k] & ~SURE) != r) {
                    continue;
                }
                if ((found[1 + 2 * k] & SURE) != 0) {
                    return RULES[r].kind; // the pattern matches there: no need to run it
                }
                if (m == null) {
                    m = RULES[r].pattern.matcher(text).useTransparentBounds(true); // \b looks before the region
                }
                if (m.region(found[2 + 2 * k], text.length()).lookingAt()) {
                    return RULES[r].kind;
                }
            }
        }
        return EntryKind.ACTION;
    }

    /** Set on a candidate's rule when its pattern surely matches there (see {@link #candidates}). */
    private static final int SURE = 8;

    /**
     * Where the rules' words start words of {@code text} (ignoring ASCII case): {@code [count, rule, position,
     * rule, position, ...]}, positions ascending. Every pattern opens with {@code \b} and then an ASCII letter,
     * so a match can start only at an ASCII letter that does not follow a letter, digit or underscore, and
     * there only with one of its rule's words. Each such place is read once, along the {@linkplain Trie trie}
     * of the words, rather than once for each word.
     *
     * <p>A rule is marked {@link #SURE} where its pattern certainly matches, without running it: the word is
     * one the pattern matches whole ({@link Trie#sure}), every character of the text equals the word's up to
     * ASCII case (blanks and apostrophes exactly, not just up to bit 0x20), and the character before it is
     * ASCII, so that {@code \b} holds for the pattern just as here (before a character outside ASCII the
     * pattern's boundary test differs: marks, surrogates).
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
            if (c < 0x80 && lower >= 'a' && lower <= 'z') {
                Trie node = WORDS[lower - 'a'];
                boolean exact = i == 0 || text.charAt(i - 1) < 0x80;
                for (int j = i + 1; node != null; j++) {
                    for (int rules = node.rules; rules != 0; rules &= rules - 1) {
                        if (2 + 2 * count >= found.length) {
                            found = Arrays.copyOf(found, found.length * 2);
                        }
                        int r = Integer.numberOfTrailingZeros(rules);
                        found[1 + 2 * count] = exact && (node.sure & (1 << r)) != 0 ? r | SURE : r;
                        found[2 + 2 * count] = i;
                        count++;
                    }
                    if (j >= n) {
                        break;
                    }
                    char t = text.charAt(j);
                    char key = (char) (t | 0x20);
                    node = node.child(key);
                    if (key != t && (key == ' ' || key == '\'')) {
                        exact = false; // a control character that only bit 0x20 makes a blank or apostrophe
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
     * A node of the trie of the rules' words: the words that start with the characters on the way to it.
     * Characters of the text are compared with bit 0x20 set, which lowers ASCII letters; a few other
     * characters (that differ from a word's only in that bit) then match too, which only costs a pattern
     * search.
     */
    private static final class Trie {
        /** The rules (bit {@code r} for rule {@code r}) one of whose words ends here. */
        int rules;
        /** Of those, the rules whose pattern matches that word whole: all but a few (see {@code NOT_WHOLE}). */
        int sure;
        private char[] keys = new char[0];
        private Trie[] children = new Trie[0];

        Trie child(char c) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == c) {
                    return children[k];
                }
            }
            return null;
        }

        /** Adds a word, from its character at {@code from} on. */
        void add(String word, int from, int rule) {
            if (from == word.length()) {
                rules |= 1 << rule;
                if (!NOT_WHOLE.contains(word)) {
                    sure |= 1 << rule;
                }
                return;
            }
            Trie next = child(word.charAt(from));
            if (next == null) {
                next = new Trie();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = word.charAt(from);
                children[children.length - 1] = next;
            }
            next.add(word, from + 1, rule);
        }
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
        new Rule(MISLEADING_WORDS, EntryKind.MISLEADING, "mislead", "red herring", "wrong path", "wrong lead", "wrong direction",
                "dead end", "false lead", "without success", "didn't help", "didn't resolve", "didn't fix",
                "did not help", "did not resolve", "did not fix"),
        new Rule(PARTIAL_WORDS, EntryKind.MITIGATION, "partial"),
        new Rule(RESOLUTION_WORDS, EntryKind.RESOLUTION, "resolved", "resolution", "fully restored", "fully recovered",
                "fully operational", "restored fully", "restored completely", "back to normal", "incident closed",
                "incident ended", "incident over", "service restored", "services restored", "service fully restored",
                "services fully restored", "all clear", "normal operation"),
        new Rule(DETECTION_WORDS, EntryKind.DETECTION, "detect", "alert", "noticed", "monitoring flagged", "monitoring showed",
                "monitoring reported", "monitoring system flagged", "monitoring system showed",
                "monitoring system reported", "paged", "report by", "reported by", "user report", "users report",
                "customer report", "customers report", "complain", "first sign", "identified a issue",
                "identified a outage", "identified a problem", "identified an issue", "identified an outage",
                "identified an problem"),
        new Rule(ESCALATION_WORDS, EntryKind.ESCALATION, "escalat", "called in", "looped in", "paged the", "paged a",
                "brought in", "notified ", "handed over"),
        new Rule(MITIGATION_WORDS, EntryKind.MITIGATION, "mitigat", "rolled back", "rollback", "roll back", "rollingback",
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

    /** The trie of the rules' words, by their first letter ({@code a} to {@code z}); built once, read only after. */
    private static final Trie[] WORDS = new Trie[26];

    static {
        for (int r = 0; r < RULES.length; r++) {
            for (String w : RULES[r].words) {
                int letter = w.charAt(0) - 'a';
                if (WORDS[letter] == null) {
                    WORDS[letter] = new Trie();
                }
                WORDS[letter].add(w, 1, r);
            }
        }
    }
}
