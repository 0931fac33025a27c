package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Issue detected: monitoring alerted the on-call engineer | DETECTION",
            "PagerDuty alert fired for 5xx rate | DETECTION",
            "Customers reported failed payments | DETECTION",
            "Escalated to the database team | ESCALATION",
            "Misleading path: network team checked the switches | MISLEADING",
            "Rolled back the deploy without success | MISLEADING",
            "Rolled back the latest release | MITIGATION",
            "System began to stabilize; partial service restored | MITIGATION",
            "Full service restored and confirmed by monitoring | RESOLUTION",
            "Incident resolved | RESOLUTION",
            "Database team identified misconfiguration | ACTION",
            "'' | OTHER"})
    void infersKindFromWording(String text, EntryKind expected) {
        assertEquals(expected, EntryKind.infer(text));
    }

    /** The patterns {@link EntryKind#infer} applied one after another, each over the whole text, before its word pre-check. */
    private static final Pattern[] REFERENCE = {
        Pattern.compile("\\b(misleading|mislead|red herring|wrong (path|lead|direction)|dead end|false lead|without success"
                + "|did(n't| not) (help|resolve|fix))", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bpartial(ly)?\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(resolved|resolution|fully (restored|recovered|operational)|restored (fully|completely)|back to normal|"
                + "incident (closed|ended|over)|service(s)? (fully )?restored|all clear|normal operations?)", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(detected|detect|alert(ed|s)?|noticed|monitoring (system )?(flagged|showed|reported)|paged|"
                + "report(ed)? by|users? report|customers? report|complain(ed|ts)?|first sign|identified an? (issue|outage|problem))",
                Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(escalat\\w*|called in|looped in|paged (the|a)|brought in|notified (the )?\\w+ team|handed over)",
                Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(mitigat\\w*|rolled back|roll(ing|ed)? ?back|rollback|partial(ly)? (service )?restor\\w*|"
                + "stabili[sz]\\w*|workaround|failover|failed over|restarted|hotfix (applied|deployed)|fix (deployed|applied))",
                Pattern.CASE_INSENSITIVE)};
    private static final EntryKind[] REFERENCE_KINDS = {
        EntryKind.MISLEADING, EntryKind.MITIGATION, EntryKind.RESOLUTION, EntryKind.DETECTION, EntryKind.ESCALATION,
        EntryKind.MITIGATION};

    private static EntryKind reference(String text) {
        if (text.isBlank()) {
            return EntryKind.OTHER;
        }
        for (int i = 0; i < REFERENCE.length; i++) {
            if (REFERENCE[i].matcher(text).find()) {
                return REFERENCE_KINDS[i];
            }
        }
        return EntryKind.ACTION;
    }

    private static final String[] WORDS = {
        "misleading", "Mislead", "red herring", "wrong path", "WRONG lead", "wrong direction", "dead end", "false lead",
        "without success", "didn't help", "did not resolve", "did not fix", "didnt", "partial", "partially", "Partiality",
        "resolved", "resolution", "fully restored", "fully recovered", "fully operational", "restored fully",
        "restored completely", "back to normal", "incident closed", "incident ended", "incident over", "service restored",
        "services fully restored", "all clear", "normal operation", "normal operations", "detected", "detect", "alert",
        "alerted", "alerts", "noticed", "monitoring flagged", "monitoring system showed", "monitoring reported", "paged",
        "report by", "reported by", "user report", "users report", "customer report", "customers report", "complain",
        "complained", "complaints", "first sign", "identified an issue", "identified a problem", "identified an outage",
        "escalated", "escalation", "called in", "looped in", "paged the", "paged a", "brought in", "notified the db team",
        "notified sre team", "handed over", "mitigated", "mitigation", "rolled back", "rolling back", "rollback", "roll back",
        "rollback", "partially service restored", "partial restoring", "stabilised", "stabilizing", "workaround",
        "failover", "failed over", "restarted", "hotfix applied", "hotfix deployed", "fix deployed", "fix applied",
        "the", "a", "database", "team", "checked", "logs", "unrelated", "xalert", "re-solved", "_paged", "prefixdetect",
        "\u212Aelvin", "\u017Ferver", "\u0130ncident", "caf\u00E9", "d\u00E9tect\u00E9", "14:00", "2024-05-02", "**", "`x`",
        "-", "_", "'", ":", ";", ",", "."};

    @Test
    void infersAsThePatternsDoOneAfterAnother() {
        Random random = new Random(20261126L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (random.nextInt(4) == 0) {
                    word = word.toUpperCase(java.util.Locale.ROOT);
                }
                String sep = switch (random.nextInt(6)) {
                    case 0 -> "";
                    case 1 -> "-";
                    case 2 -> "  ";
                    default -> " ";
                };
                sb.append(word).append(sep);
            }
            String text = sb.toString();
            assertEquals(reference(text), EntryKind.infer(text), () -> "text: '" + text + "'");
        }
    }

    @ParameterizedTest
    @CsvSource({"detection,DETECTION", "MISLEADING,MISLEADING", "other,OTHER"})
    void idsRoundTrip(String id, EntryKind kind) {
        assertEquals(kind, EntryKind.fromId(id));
        assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT), kind.id());
    }

    @ParameterizedTest
    @CsvSource({"in_progress,IN_PROGRESS", "wont_do,WONT_DO"})
    void statusIds(String id, ActionStatus status) {
        assertEquals(status, ActionStatus.fromId(id));
        assertEquals(id, status.id());
        assertThrows(IllegalArgumentException.class, () -> ActionStatus.fromId("in progress"));
    }
}
