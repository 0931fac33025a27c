package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.EntryKind;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Timestamp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/** The example postmortems: what they say, guarantees 2, 4 and 5 on each. */
class ExamplesTest {

    private final PostmortemParser parser = PostmortemParser.builder().build();
    private final PostmortemRenderer renderer = PostmortemRenderer.builder().build();

    private Postmortem parse(String name) {
        return parser.parse(Documents.read(Documents.examples().resolve(name))).postmortem();
    }

    @Test
    void shopMateLayoutIsReadCompletely() {
        Postmortem pm = parse("lighthouse-outage.md");
        assertAll(
                () -> assertEquals("Lighthouse Maps Outage Postmortem", pm.title()),
                () -> assertEquals(Timestamp.parse("2024-10-07T09:15Z[UTC]"), pm.summary().start()),
                () -> assertEquals(Timestamp.parse("2024-10-07T11:45Z[UTC]"), pm.summary().end()),
                () -> assertTrue(pm.summary().impact().startsWith("The tile server behind Lighthouse Maps")),
                () -> assertTrue(pm.summary().rootCause().startsWith("A certificate rotation script")),
                () -> assertEquals(8, pm.timeline().entries().size()),
                () -> assertEquals(Timestamp.parse("09:32"), pm.timeline().entries().get(2).at()),
                () -> assertEquals(EntryKind.MISLEADING, pm.timeline().entries().get(2).kind()),
                () -> assertEquals(EntryKind.RESOLUTION, pm.timeline().entries().get(7).kind()),
                () -> assertTrue(pm.rootCause().startsWith("The rotation script read credentials")),
                () -> assertTrue(pm.resolution().startsWith("The storage team restored")),
                () -> assertEquals(6, pm.actions().size()),
                () -> assertEquals("Clean Up Vault Paths", pm.actions().get(2).title()),
                () -> assertEquals("Delete the retired storage credentials and document the current path.",
                        pm.actions().get(2).description()),
                () -> assertEquals(List.of("Visual Summary", "Humorous Note:"),
                        pm.sections().stream().map(Section::heading).toList()),
                () -> assertEquals(2, pm.contributors().size()),
                () -> assertEquals("https://example.com/people/tomas", pm.contributors().get(1).url()));
    }

    @Test
    void plainTextReportWithoutMarkdownIsRead() {
        Postmortem pm = parse("plain-text-report.md");
        assertAll(
                () -> assertEquals("Postmortem: Checkout Payments Stalled on March 3, 2025", pm.title()),
                () -> assertEquals(Timestamp.parse("14:05+01:00[WAT]"), pm.summary().start()),
                () -> assertEquals(Timestamp.parse("15:20+01:00[WAT]"), pm.summary().end()),
                () -> assertEquals(Duration.ofMinutes(75), pm.summary().duration()),
                () -> assertEquals(6, pm.timeline().entries().size()),
                () -> assertEquals(Timestamp.parse("14:41+01:00[WAT]"), pm.timeline().entries().get(3).at(),
                        "the zone of the timeline heading holds for its entries"),
                () -> assertEquals(EntryKind.ESCALATION, pm.timeline().entries().get(3).kind()),
                () -> assertTrue(pm.rootCause().startsWith("The flag service copied")),
                () -> assertTrue(pm.resolution().startsWith("The flag was turned off")),
                () -> assertEquals(List.of(ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.OPEN),
                        pm.actions().stream().map(a -> a.status()).toList()),
                () -> assertNotNull(pm.lessons()));
    }

    @Test
    void frontMatterAndTablesAreRead() {
        Postmortem pm = parse("ferry-booking-incident.md");
        assertAll(
                () -> assertEquals("INC-2024-118", pm.metadata().id()),
                () -> assertEquals(LocalDate.of(2024, 11, 18), pm.metadata().date()),
                () -> assertEquals(List.of("Ingrid Solberg", "Kofi Mensah"), pm.metadata().authors()),
                () -> assertEquals("ferry-platform", pm.metadata().extra().get("team")),
                () -> assertEquals(Duration.ofMinutes(90), pm.summary().duration()),
                () -> assertEquals(6, pm.timeline().entries().size()),
                () -> assertEquals(Timestamp.parse("19:30+01:00[CET]"), pm.timeline().entries().get(3).at()),
                () -> assertEquals(3, pm.actions().size()),
                () -> assertEquals("Kofi Mensah", pm.actions().get(0).owner()),
                () -> assertEquals(ActionStatus.IN_PROGRESS, pm.actions().get(0).status()),
                () -> assertEquals(LocalDate.of(2024, 12, 6), pm.actions().get(0).due()),
                () -> assertEquals(ActionStatus.OPEN, pm.actions().get(2).status()),
                () -> assertEquals(1, pm.sections().size()));
    }

    @TestFactory
    Stream<DynamicTest> renderingIsAFixedPointAndLosesNoWord() {
        return Documents.markdownIn(Documents.examples()).stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> Guarantees.assertFixedPointAndNoLostWords(p.getFileName().toString(),
                        Documents.read(p))));
    }

    @Test
    void examplesParseWithoutParserDiagnosticsAboveInfo() {
        for (Path p : Documents.markdownIn(Documents.examples())) {
            for (Diagnostic d : parser.parse(Documents.read(p)).diagnostics()) {
                if (!d.ruleId().equals("kept-section")) {
                    fail(p.getFileName() + ": " + d);
                }
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyPrefixAndSuffixParses() {
        for (Path p : Documents.markdownIn(Documents.examples())) {
            String doc = Documents.read(p);
            for (int i = 0; i <= doc.length(); i++) {
                Guarantees.assertParses(p.getFileName() + " prefix " + i, doc.substring(0, i));
                Guarantees.assertParses(p.getFileName() + " suffix " + i, doc.substring(i));
            }
        }
    }
}
