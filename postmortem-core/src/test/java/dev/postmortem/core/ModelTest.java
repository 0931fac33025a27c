package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void listsPassedInAreCopied() {
        List<TimelineEntry> entries = new ArrayList<>(List.of(TimelineEntry.of(Timestamp.parse("14:00"), "Alert fired")));
        List<ActionItem> actions = new ArrayList<>(List.of(ActionItem.of("Add alert")));
        List<String> authors = new ArrayList<>(List.of("Ada"));
        Map<String, String> extra = new LinkedHashMap<>(Map.of("team", "payments"));
        Postmortem pm = Postmortem.builder()
                .timeline(Timeline.of(entries))
                .actions(actions)
                .metadata(Metadata.builder().authors(authors).extra(extra).build())
                .build();
        entries.add(TimelineEntry.of(Timestamp.parse("15:00"), "Later"));
        actions.clear();
        authors.add("Grace");
        extra.put("region", "eu");
        assertEquals(1, pm.timeline().entries().size());
        assertEquals(List.of(ActionItem.of("Add alert")), pm.actions());
        assertEquals(List.of("Ada"), pm.metadata().authors());
        assertEquals(Map.of("team", "payments"), pm.metadata().extra());
        assertThrows(UnsupportedOperationException.class, () -> pm.actions().add(ActionItem.of("x")));
        assertThrows(UnsupportedOperationException.class, () -> pm.metadata().extra().put("x", "y"));
    }

    @Test
    void extraKeysKeepTheirOrder() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("zeta", "1");
        extra.put("alpha", "2");
        extra.put("mid", "3");
        assertEquals(List.of("zeta", "alpha", "mid"),
                List.copyOf(Metadata.builder().extra(extra).build().extra().keySet()));
    }

    @Test
    void absentPartsBecomeEmptyAndBlankTextsNull() {
        Postmortem pm = new Postmortem(" ", null, null, null, "", "\n", null, null, null, null);
        assertNull(pm.title());
        assertSame(Metadata.EMPTY, pm.metadata());
        assertSame(Summary.EMPTY, pm.summary());
        assertSame(Timeline.EMPTY, pm.timeline());
        assertNull(pm.rootCause());
        assertNull(pm.resolution());
        assertEquals(List.of(), pm.actions());
    }

    @Test
    void nullElementsAndBlankRequiredTextsAreRejected() {
        List<ActionItem> withNull = new ArrayList<>();
        withNull.add(null);
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> Postmortem.builder().actions(withNull).build());
        assertEquals("actions must not contain null", npe.getMessage());
        assertEquals("title must not be blank",
                assertThrows(IllegalArgumentException.class, () -> ActionItem.of("  ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Section("", "body"));
        assertThrows(NullPointerException.class, () -> new Section("Notes", null));
        assertThrows(IllegalArgumentException.class, () -> Contributor.of(""));
        assertEquals("duration must not be negative, was PT-1M", assertThrows(IllegalArgumentException.class,
                () -> Summary.builder().duration(Duration.ofMinutes(-1)).build()).getMessage());
    }

    @Test
    void withCopiesChangeOnlyTheirPart() {
        Postmortem pm = Postmortem.builder().title("Outage").rootCause("Config").build();
        Postmortem changed = pm.withResolution("Rolled back");
        assertEquals("Outage", changed.title());
        assertEquals("Config", changed.rootCause());
        assertEquals("Rolled back", changed.resolution());
        assertNull(pm.resolution());
        assertEquals(pm, changed.withResolution(null));
        assertEquals(pm, pm.toBuilder().build());
        ActionItem a = ActionItem.builder("Fix").owner("Ada").due(LocalDate.of(2024, 4, 1)).build();
        assertEquals(ActionStatus.DONE, a.withStatus(ActionStatus.DONE).status());
        assertEquals("Ada", a.withStatus(ActionStatus.DONE).owner());
    }

    @Test
    void entryKindIsInferredUnlessGiven() {
        assertEquals(EntryKind.DETECTION, TimelineEntry.of(null, "Issue detected by monitoring").kind());
        TimelineEntry overridden = new TimelineEntry(null, "Issue detected by monitoring", EntryKind.ESCALATION);
        assertEquals(EntryKind.ESCALATION, overridden.kind());
        assertEquals(false, overridden.hasInferredKind());
        assertEquals(EntryKind.DETECTION, overridden.withKind(null).kind());
    }
}
