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
        return name().toLowerCase(Locale.ROOT);
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
        if (MISLEADING_WORDS.matcher(text).find()) {
            return MISLEADING;
        }
        if (PARTIAL_WORDS.matcher(text).find()) {
            return MITIGATION;
        }
        if (RESOLUTION_WORDS.matcher(text).find()) {
            return RESOLUTION;
        }
        if (DETECTION_WORDS.matcher(text).find()) {
            return DETECTION;
        }
        if (ESCALATION_WORDS.matcher(text).find()) {
            return ESCALATION;
        }
        if (MITIGATION_WORDS.matcher(text).find()) {
            return MITIGATION;
        }
        return ACTION;
    }
}
