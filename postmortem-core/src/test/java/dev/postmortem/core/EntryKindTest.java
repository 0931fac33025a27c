package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
