package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Edits of each kind on a document of our own, with the exact text they must produce. */
class PostmortemEditorTest {

    private static final PostmortemParser PARSER = PostmortemParser.builder().build();
    private static final PostmortemEditor EDITOR = PostmortemEditor.builder().build();
    private static final String CARD = resource("/editing/card-payments.md");

    private static String resource(String name) {
        try (InputStream in = PostmortemEditorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies an edit and checks that the output reads back as the edited model. */
    private static EditResult edit(String source, UnaryOperator<Postmortem> change) {
        ParseResult parsed = PARSER.parse(source);
        Postmortem edited = change.apply(parsed.postmortem());
        EditResult result = EDITOR.apply(parsed, edited);
        assertEquals(edited, PARSER.parse(result.text()).postmortem(), "the output must read back as the edited model");
        return result;
    }

    private static List<TimelineEntry> entries(Postmortem p) {
        return new ArrayList<>(p.timeline().entries());
    }

    @Test
    void noEditGivesTheSourceItself() {
        String crlf = "\uFEFF" + CARD.replace("\n", "\r\n");
        ParseResult parsed = PARSER.parse(crlf);
        EditResult result = EDITOR.apply(parsed, parsed.postmortem());
        assertEquals(crlf, result.text());
        assertTrue(result.preserved());
        assertFalse(result.changed());
        assertEquals("", result.diff("a", "b"));
        assertEquals(crlf, parsed.source());
    }

    @Test
    void aTwelveHourStartStaysTwelveHourWithItsZoneAndHardBreak() {
        EditResult r = edit(CARD, p -> p.withSummary(p.summary().withStart(Timestamp.parse("14:50-05:00[EST]"))));
        assertTrue(r.preserved());
        assertEquals(CARD.replace("**Started:** 3:05 PM EST  \n", "**Started:** 2:50 PM EST  \n"), r.text());
    }

    @Test
    void aDurationKeepsItsUnits() {
        EditResult r = edit(CARD, p -> p.withSummary(p.summary().withDuration(Duration.ofMinutes(105))));
        assertEquals(CARD.replace("1 hour 30 minutes", "1 hour 45 minutes"), r.text());
    }

    @Test
    void theImpactIsRewrittenAfterItsLabel() {
        EditResult r = edit(CARD, p -> p.withSummary(p.summary().withImpact("Roughly 9% of card payments failed.")));
        assertEquals(CARD.replace("About 12% of card payments were declined for ninety minutes.",
                "Roughly 9% of card payments failed."), r.text());
    }

    @Test
    void aNewTimelineEntryIsATableRowLikeItsNeighbour() {
        EditResult r = edit(CARD, p -> {
            List<TimelineEntry> l = entries(p);
            l.add(2, TimelineEntry.of(Timestamp.ofTime(LocalTime.of(15, 40)), "Rolled back the processor's routing change"));
            return p.withTimeline(p.timeline().withEntries(l));
        });
        assertEquals(CARD.replace("| 3:20 PM | On-call engineer paged the payments team |\n",
                "| 3:20 PM | On-call engineer paged the payments team |\n"
                        + "| 3:40 PM | Rolled back the processor's routing change |\n"), r.text());
    }

    @Test
    void anEntryWhoseTextStoodOnBothSidesOfItsTimeGetsItsNewTextAfterTheTime() {
        // the parser reads "March 3, 9:40 AM (EET): Restarted the broker" as text "March 3: Restarted the
        // broker" (a date without a year stays text); an edited text follows the time, the date goes with
        // the old text, and the other lines stay as they were
        String doc = """
                # Broker restart

                ## Timeline
                March 3, 9:40 AM (EET): Queue depth alert
                March 3, 9:52 AM (EET): Restarted the broker
                """;
        EditResult r = edit(doc, p -> {
            List<TimelineEntry> l = entries(p);
            l.set(1, l.get(1).withText("Restarted the broker with a larger heap"));
            l.add(TimelineEntry.of(Timestamp.parse("10:05+02:00[EET]"), "Queue drained"));
            return p.withTimeline(p.timeline().withEntries(l));
        });
        assertTrue(r.preserved(), r.reason().orElse(""));
        assertEquals(doc.replace("March 3, 9:52 AM (EET): Restarted the broker\n",
                "9:52 AM (EET): Restarted the broker with a larger heap\n10:05 AM (EET): Queue drained\n"), r.text());
    }

    @Test
    void removedAndReorderedEntriesMoveOnlyTheirRows() {
        String row1 = "| 3:05 PM | Decline rate alert fired for the card processor |\n";
        String row2 = "| 3:20 PM | On-call engineer paged the payments team |\n";
        EditResult removed = edit(CARD, p -> {
            List<TimelineEntry> l = entries(p);
            l.remove(1);
            return p.withTimeline(p.timeline().withEntries(l));
        });
        assertEquals(CARD.replace(row2, ""), removed.text());
        EditResult swapped = edit(CARD, p -> {
            List<TimelineEntry> l = entries(p);
            l.add(0, l.remove(1));
            return p.withTimeline(p.timeline().withEntries(l));
        });
        assertEquals(CARD.replace(row1 + row2, row2 + row1), swapped.text());
    }

    @Test
    void anEntrysTimeAndTextChangeInTheirCells() {
        EditResult r = edit(CARD, p -> {
            List<TimelineEntry> l = entries(p);
            l.set(1, new TimelineEntry(Timestamp.ofTime(LocalTime.of(15, 25)), "Payments team joined the call", null));
            return p.withTimeline(p.timeline().withEntries(l));
        });
        assertEquals(CARD.replace("| 3:20 PM | On-call engineer paged the payments team |",
                "| 3:25 PM | Payments team joined the call |"), r.text());
    }

    @Test
    void aCheckboxTicksAndAnOwnerIsRenamedOnItsOwnLine() {
        EditResult r = edit(CARD, p -> {
            List<ActionItem> l = new ArrayList<>(p.actions());
            l.set(0, l.get(0).withStatus(ActionStatus.DONE).withOwner("Sam Osei"));
            return p.withActions(l);
        });
        assertEquals(CARD.replace("- [ ] Alert on the decline rate per processor\n    - Owner: Dana Whitfield",
                "- [x] Alert on the decline rate per processor\n    - Owner: Sam Osei"), r.text());
    }

    @Test
    void aNewActionIsWrittenLikeItsNeighbour() {
        EditResult r = edit(CARD, p -> {
            List<ActionItem> l = new ArrayList<>(p.actions());
            l.add(ActionItem.builder("Page the processor's on-call directly").status(ActionStatus.OPEN).build());
            return p.withActions(l);
        });
        assertEquals(CARD.replace("- [x] Add the processor's status page to the runbook\n",
                "- [x] Add the processor's status page to the runbook\n- [ ] Page the processor's on-call directly\n"),
                r.text());
    }

    @Test
    void anOwnerIsAddedAsAFieldLineLikeTheOthers() {
        EditResult r = edit(CARD, p -> {
            List<ActionItem> l = new ArrayList<>(p.actions());
            l.set(1, l.get(1).withOwner("Lee Park"));
            return p.withActions(l);
        });
        assertEquals(CARD.replace("- [x] Add the processor's status page to the runbook\n",
                "- [x] Add the processor's status page to the runbook\n    - Owner: Lee Park\n"), r.text());
    }

    @Test
    void aKeptSectionsBodyAndANewSection() {
        EditResult body = edit(CARD, p -> p.withSections(List.of(new Section("Customer Follow-up",
                "Support wrote to every merchant that opened a ticket."))));
        assertEquals(CARD.replace("Support sent an apology to the 214 merchants who opened tickets.",
                "Support wrote to every merchant that opened a ticket."), body.text());
        EditResult added = edit(CARD, p -> {
            List<Section> l = new ArrayList<>(p.sections());
            l.add(new Section("Open Questions", "Why did the processor not page us?"));
            return p.withSections(l);
        });
        assertEquals(CARD + "\n## Open Questions\n\nWhy did the processor not page us?\n", added.text());
    }

    @Test
    void metadataChangesOnlyItsKeysLine() {
        EditResult r = edit(CARD, p -> p.withMetadata(p.metadata().toBuilder().status("resolved").build()));
        assertEquals(CARD.replace("status: draft\n", "status: resolved\n"), r.text());
    }

    @Test
    void crlfLineEndsStayAndNewLinesTakeThem() {
        String crlf = CARD.replace("\n", "\r\n");
        EditResult r = edit(crlf, p -> {
            List<TimelineEntry> l = entries(p);
            l.add(TimelineEntry.of(Timestamp.ofTime(LocalTime.of(16, 50)), "Status page updated"));
            return p.withTimeline(p.timeline().withEntries(l));
        });
        assertEquals(crlf.replace("back to normal |\r\n", "back to normal |\r\n| 4:50 PM | Status page updated |\r\n"),
                r.text());
        assertEquals(String.join("\n", "--- a", "+++ b", "@@ -18,6 +18,7 @@",
                " | 3:05 PM | Decline rate alert fired for the card processor |",
                " | 3:20 PM | On-call engineer paged the payments team |",
                " | 4:35 PM | Processor fix confirmed, decline rate back to normal |",
                "+| 4:50 PM | Status page updated |",
                " ",
                " ## Action Items",
                " ", ""), r.diff("a", "b"));
    }

    @Test
    void aPartTheDocumentLacksGetsASectionAtTheEnd() {
        EditResult r = edit(CARD, p -> p.withResolution("Routing rolled back at 4:30 PM."));
        assertTrue(r.preserved());
        assertEquals(CARD + "\n## Resolution\n\nRouting rolled back at 4:30 PM.\n", r.text());
    }

    @Test
    void anEditWithNoPlaceInTheDocumentIsWrittenCanonicallyAndSaysSo() {
        // the title is gone: there is no line of the document that could say so
        ParseResult parsed = PARSER.parse(CARD);
        Postmortem edited = parsed.postmortem().withTitle(null);
        EditResult r = EDITOR.apply(parsed, edited);
        assertFalse(r.preserved());
        assertTrue(r.reason().orElseThrow().contains("title"), r.reason().orElseThrow());
        assertEquals(edited, r.postmortem());
        assertEquals(PostmortemRenderer.builder().build().render(edited), r.text());
    }

    @Test
    void anActionWhoseDescriptionEndsInAListKeepsItsFieldsApart() {
        ActionItem a = ActionItem.builder("Harden the rollout").description("- stage the change\n- watch the errors")
                .status(ActionStatus.DONE).build();
        Postmortem p = Postmortem.builder().title("Rollout").actions(List.of(a)).build();
        String md = PostmortemRenderer.builder().build().render(p);
        assertTrue(md.contains("   - watch the errors\n\n   * **Status:** done\n"), md);
        assertEquals(p, PARSER.parse(md).postmortem());
        ParseResult parsed = PARSER.parse(md);
        EditResult owner = EDITOR.apply(parsed, p.withActions(List.of(a.withOwner("Ines Duarte"))));
        assertTrue(owner.preserved(), owner.reason().orElse(""));
        assertEquals(md.replace("   * **Status:** done\n", "   * **Status:** done\n   * **Owner:** Ines Duarte\n"),
                owner.text());
    }

    @Test
    void oneEditorServesManyThreads() throws Exception {
        ParseResult parsed = PARSER.parse(CARD);
        List<Postmortem> edits = new ArrayList<>();
        for (int minute = 0; minute < 40; minute++) {
            edits.add(parsed.postmortem().withSummary(parsed.postmortem().summary()
                    .withDuration(Duration.ofMinutes(60 + minute))));
        }
        List<String> alone = edits.stream().map(e -> EDITOR.apply(parsed, e).text()).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Postmortem e : edits) {
                    futures.add(pool.submit(() -> EDITOR.apply(parsed, e).text()));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(alone.get(k % edits.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void argumentsAreChecked() {
        ParseResult parsed = PARSER.parse(CARD);
        assertThrows(NullPointerException.class, () -> EDITOR.apply(null, parsed.postmortem()));
        assertThrows(NullPointerException.class, () -> EDITOR.apply(parsed, null));
        assertThrows(NullPointerException.class, () -> PostmortemEditor.builder().parser(null));
    }
}
