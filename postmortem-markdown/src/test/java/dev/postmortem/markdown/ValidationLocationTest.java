package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.validation.PostmortemValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation findings are located through the source map: at the duration line, at the entry. */
class ValidationLocationTest {

    private static final String WINDOW = """
            # Queue backlog

            ## Summary

            **Start:** 2024-05-02 10:00 UTC

            **End:** 2024-05-02 12:00 UTC

            **Duration:** %s

            ## Timeline

            - **10:00** - Alert fired for the queue depth
            - **10:30** - Investigated the consumers
            - **%s** - Restarted the stuck consumer
            - **11:50** - Full service restored
            """;

    private final PostmortemParser parser = PostmortemParser.builder().build();

    private List<Diagnostic> findings(String doc, String rule) {
        return parser.parse(doc).validate(PostmortemValidator.defaults()).stream()
                .filter(d -> d.ruleId().equals(rule)).toList();
    }

    @Test
    void durationMismatchIsReportedAtTheDurationLine() {
        List<Diagnostic> found = findings(WINDOW.formatted("3 hours", "11:15"), "duration-mismatch");
        assertEquals(1, found.size(), found.toString());
        assertEquals(9, found.get(0).position().line());
        assertEquals("summary.duration", found.get(0).path());
    }

    @Test
    void durationMismatchInAPlainTextReportPointsAtItsLine() {
        String doc = """
                Postmortem: slow logins

                Issue Summary:
                Start: 9:00 AM EAT
                End: 9:45 AM EAT
                Duration: 2.5 hours
                """;
        List<Diagnostic> found = findings(doc, "duration-mismatch");
        assertEquals(1, found.size(), found.toString());
        assertEquals(6, found.get(0).position().line());
    }

    @Test
    void outOfOrderTimelineIsReportedAtTheOffendingEntry() {
        List<Diagnostic> found = findings(WINDOW.formatted("2 hours", "10:15"), "timeline-order");
        assertEquals(1, found.size(), found.toString());
        assertEquals(15, found.get(0).position().line());
        assertEquals("timeline.entries[2].at", found.get(0).path());
    }

    @Test
    void consistentDocumentHasNeither() {
        List<Diagnostic> all = parser.parse(WINDOW.formatted("2 hours", "11:15")).validate(PostmortemValidator.defaults());
        assertTrue(all.stream().noneMatch(d -> d.ruleId().equals("duration-mismatch") || d.ruleId().equals("timeline-order")),
                all.toString());
    }

    @Test
    void validationFindingsAreSortedByLine() {
        List<Diagnostic> all = parser.parse(WINDOW.formatted("3 hours", "10:15")).validate(PostmortemValidator.defaults());
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).position() != null) {
                assertTrue(all.get(i - 1).position() != null
                        && all.get(i - 1).position().compareTo(all.get(i).position()) <= 0, all.toString());
            }
        }
    }

    @Test
    void unreadableTimeAndDurationAreReportedAtTheirLines() {
        String doc = """
                # Broken labels

                ## Summary

                **Start:** sometime after lunch

                **Duration:** quite a while
                """;
        List<Diagnostic> d = parser.parse(doc).diagnostics();
        assertEquals(List.of("unparsed-time@5", "unparsed-duration@7"),
                d.stream().map(x -> x.ruleId() + "@" + x.position().line()).toList());
    }
}
