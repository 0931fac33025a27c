package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Edits that once failed, fell back to canonical text, or changed the wrong text; each with the exact result. */
class EditorFixesTest {

    private static final PostmortemParser PARSER = PostmortemParser.builder().build();
    private static final PostmortemEditor EDITOR = PostmortemEditor.builder().parser(PARSER).build();

    /** Applies an edit and checks that it was written in place and reads back as the edited model. */
    private static EditResult edit(String source, UnaryOperator<Postmortem> change) {
        ParseResult parsed = PARSER.parse(source);
        Postmortem edited = change.apply(parsed.postmortem());
        EditResult result = EDITOR.apply(parsed, edited);
        assertTrue(result.preserved(), () -> "written canonically: " + result.reason().orElse("") + "\n" + result.text());
        assertEquals(edited, PARSER.parse(result.text()).postmortem(), "the output must read back as the edited model");
        return result;
    }

    private static UnaryOperator<Postmortem> status(int action, ActionStatus status) {
        return p -> {
            List<ActionItem> actions = new ArrayList<>(p.actions());
            actions.set(action, actions.get(action).withStatus(status));
            return p.withActions(actions);
        };
    }

    // B1: a title whose lower case is longer than itself
    @Test
    void aStatusAfterATitleWithADottedCapitalIChangesInPlace() {
        String doc = String.join("\n",
                "# Replica lag in the Izmir region",
                "",
                "## Action items",
                "",
                "- İzmir İstanbul replicas: alert on lag",
                "  - Owner: Deniz",
                "  - Status: open",
                "");
        EditResult r = edit(doc, status(0, ActionStatus.DONE));
        assertEquals(doc.replace("Status: open", "Status: done"), r.text());
    }

    // B1: a kind after such a title
    @Test
    void aKindAfterATitleWithADottedCapitalIChangesInPlace() {
        String doc = String.join("\n",
                "# Replica lag in the Izmir region",
                "",
                "## Action items",
                "",
                "- İİİ İzmir replicas: alert on lag",
                "  - Kind: detect",
                "  - Owner: Deniz",
                "");
        EditResult r = edit(doc, p -> {
            List<ActionItem> actions = new ArrayList<>(p.actions());
            actions.set(0, actions.get(0).toBuilder().kind(dev.postmortem.core.ActionKind.PREVENT).build());
            return p.withActions(actions);
        });
        assertEquals(doc.replace("Kind: detect", "Kind: prevent"), r.text());
    }

    // B5: the status is looked for after the title, not in it
    @Test
    void aStatusWordInTheTitleIsLeftAlone() {
        String doc = String.join("\n",
                "# Stale tickets",
                "",
                "## Action items",
                "",
                "- Close open tickets of resolved incidents automatically",
                "  - Owner: Priya",
                "  - Status: open",
                "");
        EditResult r = edit(doc, status(0, ActionStatus.DONE));
        assertEquals(doc.replace("Status: open", "Status: done"), r.text());
    }

    // B4: the last timeline entries of a document with no final line end
    private static final String NO_FINAL_NEWLINE = String.join("\n",
            "# Queue backlog",
            "",
            "## Action items",
            "",
            "1. Add a consumer lag alarm",
            "2. Write down the restart steps",
            "3. Load-test the consumer pool",
            "",
            "## Timeline",
            "",
            "- 10:00 - Consumers stopped acknowledging messages.",
            "- 10:15 - Restarted the consumer pool.",
            "- 10:25 - Messages flowed again.",
            "- 10:40 - Backlog drained.");

    private static UnaryOperator<Postmortem> keepEntries(int count) {
        return p -> p.withTimeline(p.timeline().withEntries(p.timeline().entries().subList(0, count)));
    }

    @Test
    void theLastEntryOfADocumentWithNoFinalLineEndIsRemovedInPlace() {
        EditResult r = edit(NO_FINAL_NEWLINE, keepEntries(3));
        assertEquals(NO_FINAL_NEWLINE.replace("\n- 10:40 - Backlog drained.", ""), r.text());
    }

    @Test
    void theLastTwoEntriesOfADocumentWithNoFinalLineEndAreRemovedInPlace() {
        EditResult r = edit(NO_FINAL_NEWLINE, keepEntries(2));
        assertEquals(NO_FINAL_NEWLINE.replace("\n- 10:25 - Messages flowed again.\n- 10:40 - Backlog drained.", ""),
                r.text());
    }

    @Test
    void theLastActionOfADocumentWithNoFinalLineEndIsRemovedInPlace() {
        String doc = NO_FINAL_NEWLINE.substring(0, NO_FINAL_NEWLINE.indexOf("\n\n## Timeline"));
        EditResult r = edit(doc, p -> p.withActions(p.actions().subList(0, 2)));
        assertEquals(doc.replace("\n3. Load-test the consumer pool", ""), r.text());
        EditResult two = edit(doc, p -> p.withActions(p.actions().subList(0, 1)));
        assertEquals(doc.replace("\n2. Write down the restart steps\n3. Load-test the consumer pool", ""), two.text());
    }

    // B6: a time written without a colon is not looked for inside a date's year
    @Test
    void aTimeIsNotFoundInTheYearBeforeIt() {
        String doc = String.join("\n",
                "# Certificate expiry",
                "",
                "**Start:** 2024-03-22 20:24 UTC",
                "**End:** 2024-03-22 21:10 UTC",
                "",
                "## Timeline",
                "",
                "- 2024-03-22 20:24 UTC - Handshakes began to fail.",
                "");
        EditResult r = edit(doc, p -> p.withSummary(p.summary().withStart(withTime(p.summary().start(), 20, 5))));
        assertEquals(doc.replace("**Start:** 2024-03-22 20:24", "**Start:** 2024-03-22 20:05"), r.text());
        EditResult e = edit(doc, p -> {
            List<TimelineEntry> entries = new ArrayList<>(p.timeline().entries());
            entries.set(0, entries.get(0).withAt(withTime(entries.get(0).at(), 20, 5)));
            return p.withTimeline(p.timeline().withEntries(entries));
        });
        assertEquals(doc.replace("- 2024-03-22 20:24 UTC", "- 2024-03-22 20:05 UTC"), e.text());
    }

    @Test
    void aTimeWithoutAColonIsFoundAfterADateWithTheSameDigits() {
        String doc = String.join("\n",
                "# Certificate expiry",
                "",
                "**Start:** 2024-03-22 2024 hrs UTC",
                "",
                "## Timeline",
                "",
                "- 1405 hrs - Handshakes began to fail.",
                "- 1430 hrs - Renewed the certificate.",
                "");
        EditResult r = edit(doc, p -> p.withSummary(p.summary().withStart(withTime(p.summary().start(), 21, 0))));
        assertEquals(doc.replace("2024-03-22 2024 hrs", "2024-03-22 2100 hrs"), r.text());
        EditResult e = edit(doc, p -> {
            List<TimelineEntry> entries = new ArrayList<>(p.timeline().entries());
            entries.set(1, entries.get(1).withAt(withTime(entries.get(1).at(), 14, 35)));
            return p.withTimeline(p.timeline().withEntries(entries));
        });
        assertEquals(doc.replace("1430", "1435"), e.text());
    }

    private static Timestamp withTime(Timestamp t, int hour, int minute) {
        return new Timestamp(t.date(), LocalTime.of(hour, minute), t.offset(), t.zoneLabel());
    }

    // B7: an edited text over the parser's size limit is the module's exception, as documented
    @Test
    void anEditedTextOverTheSizeLimitThrowsTheParseException() {
        String doc = "# Short\n\n## Summary\n\nA summary.\n";
        PostmortemParser small = PostmortemParser.builder().maxDocumentSize(doc.length()).build();
        PostmortemEditor editor = PostmortemEditor.builder().parser(small).build();
        ParseResult parsed = small.parse(doc);
        Postmortem longer = parsed.postmortem().withSummary(parsed.postmortem().summary()
                .toBuilder()
                .description("A much longer summary than the limit allows.").build());
        PostmortemParseException e = assertThrows(PostmortemParseException.class, () -> editor.apply(parsed, longer));
        assertTrue(e.getMessage().contains("maxDocumentSize"), e.getMessage());
    }

    // B2: a long timeline with one entry changed is aligned in linear space
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneEntryOfThirtyThousandChangesInPlace() {
        StringBuilder sb = new StringBuilder("# Long drill\n\n## Timeline\n\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append("- ").append(String.format("%02d:%02d", i / 60 % 24, i % 60)).append(" - Probe ").append(i)
                    .append(" answered.\n");
        }
        String doc = sb.toString();
        ParseResult parsed = PARSER.parse(doc);
        List<TimelineEntry> entries = new ArrayList<>(parsed.postmortem().timeline().entries());
        assertEquals(30_000, entries.size());
        entries.set(15_000, entries.get(15_000).withText("Probe 15000 timed out."));
        Postmortem edited = parsed.postmortem().withTimeline(parsed.postmortem().timeline().withEntries(entries));
        long before = allocatedBytes();
        EditResult r = EDITOR.apply(parsed, edited);
        long allocated = allocatedBytes() - before;
        assertTrue(r.preserved(), () -> r.reason().orElse(""));
        assertEquals(doc.replace("- 10:00 - Probe 15000 answered.", "- 10:00 - Probe 15000 timed out."), r.text());
        // a table of 30,000 x 30,000 ints alone would be 3.6 GB
        assertTrue(allocated < 1_500_000_000L, () -> "allocated " + allocated / 1_000_000 + " MB");
    }

    /**
     * Bytes this thread has allocated so far. Through reflection: the test is compiled as part of the module,
     * which does not read {@code jdk.management}; it runs on the class path, which reads every module.
     */
    private static long allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes")
                    .invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
