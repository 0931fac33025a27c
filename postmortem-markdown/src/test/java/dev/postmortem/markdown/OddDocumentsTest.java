package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/** Hand-written odd documents: each parses, renders to a fixed point and loses no word. */
class OddDocumentsTest {

    static final Map<String, String> DOCS = new LinkedHashMap<>();

    static {
        DOCS.put("empty", "");
        DOCS.put("blank lines", "\n\n   \n\t\n");
        DOCS.put("headings only", "# Title\n\n## Timeline\n\n## Root cause\n\n### Notes\n");
        DOCS.put("unclosed fence in summary", "# Fence\n\n## Summary\n\n```text\nstack trace here\n\n## Timeline\n\n- **10:00** - x\n");
        DOCS.put("setext and bold headings", "Report on the broker\n====================\n\n**Issue Summary:**\n"
                + "Start: 2023-07-01 22:10 UTC\nEnd: 2023-07-02 00:40 UTC\n\n**Timeline:**\n\n23:50 - queue filled up\n"
                + "00:10 - consumers restarted\n\nSetext section\n--------------\n\nbody text here\n");
        DOCS.put("grouped under dates past midnight", "# Night\n\n## Timeline (all times in UTC)\n\n### 2024-01-05\n\n"
                + "- **23:40** - Alert fired\n- **23:55** - Escalated to the storage team\n\n### 2024-01-06\n\n"
                + "- **00:20** - Rolled back the release\n");
        DOCS.put("table timeline with unknown zone", "# Tables\n\n## Timeline\n\n| When (XYZ) | What | Who |\n|---|---|---|\n"
                + "| 9:05 AM | Paged | Ana |\n| later | Tried a restart | Bo |\n| | | |\n");
        DOCS.put("tabs and CRLF", "Title line\r\n\r\nTimeline:\r\n\u2022\t10:00 AM EST: first\r\n\u2022\t10:30 AM EST: second\r\n");
        DOCS.put("deep nesting", "# Deep\n\n## Corrective actions\n\n" + "- level\n".repeat(1) + nested(40) + "\n> > > > > quoted\n");
        DOCS.put("invalid front matter", "---\nkey: [unclosed\n---\n\n# After\n\ntext\n");
        DOCS.put("front matter with odd values", "---\nid: 42\ndate: next week\nauthors: solo\nnested: {a: 1}\n---\n# Meta\n");
        DOCS.put("duplicate sections", "# Dup\n\n## Root Cause\n\nfirst cause\n\n## Root Cause\n\nsecond cause\n\n"
                + "## Timeline\n\n- 10:00 one\n\n## Timeline\n\n- 11:00 two\n");
        DOCS.put("html and quotes", "<div align=\"center\"><img src=\"x.png\"></div>\n\n# Html\n\n> **Note**\n> quoted words\n\n"
                + "<!-- a comment with words -->\n");
        DOCS.put("indented timeline", "# Indented\n\nTimeline:\n\n    10:45 AM (UTC): Issue detected\n        alerts fired\n"
                + "    11:05 AM (UTC): Escalated\n");
        DOCS.put("hashes without space", "#Postmortem of the week\n\n##Timeline\n\n* 14:00 UTC: began\n* 14:30 UTC: ended\n");
        DOCS.put("durations in many forms", "# D\n\nDuration: 1hour 30mins\n\nImpact: down for 2 hours and 45 minutes\n");
        DOCS.put("ranges in prose", "# R\n\nThe site was down from 10:05 AM to 10:15 AM WAT on June 9, 2024.\n");
        DOCS.put("task lists and tables of actions", "# Acts\n\n## Action items\n\n- [ ] first open one\n- [x] second done one\n\n"
                + "| Task | Owner | Status | Priority |\n|---|---|---|---|\n| Patch it | Ana | ✅ Done | P1 |\n| Watch it | | Blocked | P2 |\n");
        DOCS.put("numbers that are not times", "# N\n\n## Timeline\n\n- 10 minutes later the queue drained\n- 3.5% of users saw errors\n");
        DOCS.put("kind markers and empty items", "# K\n\n## Timeline\n\n- **10:00** - (kind: misleading)\n-\n- text only\n");
        DOCS.put("label look-alikes in kept sections", "# L\n\n## Appendix\n\nTimeline:\n\nStart: 10:00\n\n**Root cause:** none\n");
        DOCS.put("links and references", "# Links\n\nSee [the doc][ref] and <https://example.com>.\n\n[ref]: https://example.com/doc\n\n"
                + "## Contributors\n\n- [Kim](https://example.com/kim)\n- Lee - https://example.com/lee\n- Just A Name\n");
    }

    private static String nested(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> eachIsAFixedPointWithoutLostWords() {
        return DOCS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Guarantees.assertParses(e.getKey(), e.getValue());
            Guarantees.assertFixedPointAndNoLostWords(e.getKey(), e.getValue());
        }));
    }

    @Test
    void valuesOfTheOddForms() {
        Postmortem setext = Guarantees.PARSER.parse(DOCS.get("setext and bold headings")).postmortem();
        assertEquals("Report on the broker", setext.title());
        assertEquals(Timestamp.parse("2023-07-02T00:40Z[UTC]"), setext.summary().end());
        assertEquals(2, setext.timeline().entries().size());

        Postmortem grouped = Guarantees.PARSER.parse(DOCS.get("grouped under dates past midnight")).postmortem();
        assertEquals(Timestamp.parse("2024-01-06T00:20Z[UTC]"), grouped.timeline().entries().get(2).at());

        Postmortem table = Guarantees.PARSER.parse(DOCS.get("table timeline with unknown zone")).postmortem();
        assertEquals(Timestamp.parse("09:05[XYZ]"), table.timeline().entries().get(0).at(), "unknown zone kept, not guessed");
        assertNull(table.timeline().entries().get(1).at());
        assertEquals(2, table.timeline().entries().size());

        Postmortem durations = Guarantees.PARSER.parse(DOCS.get("durations in many forms")).postmortem();
        assertEquals(Duration.ofMinutes(90), durations.summary().duration());

        Postmortem ranges = Guarantees.PARSER.parse(DOCS.get("ranges in prose")).postmortem();
        assertEquals(Timestamp.parse("2024-06-09T10:05+01:00[WAT]"), ranges.summary().start(), "the trailing date holds for both");
        assertEquals(Timestamp.parse("2024-06-09T10:15+01:00[WAT]"), ranges.summary().end());

        Postmortem numbers = Guarantees.PARSER.parse(DOCS.get("numbers that are not times")).postmortem();
        assertTrue(numbers.timeline().entries().stream().allMatch(e -> e.at() == null));

        Postmortem kept = Guarantees.PARSER.parse(DOCS.get("label look-alikes in kept sections")).postmortem();
        assertNull(kept.summary().rootCause(), "labels inside a kept section stay prose");
        assertTrue(kept.timeline().isEmpty());
    }

    @Test
    void aTimeInParenthesesAtAnOffsetNoZoneHasIsNotRead() {
        String doc = "# Broker stall\n\n## Summary\n\nThe broker stalled on 13.05.2024 (14:05+51:00 to 15:00).\n\n"
                + "## Timeline\n\n- 13.05.2024 (09:10+51:00) queue depth rose\n- 10:20 UTC - restarted the broker\n";
        Postmortem pm = Guarantees.PARSER.parse(doc).postmortem();
        assertEquals(2, pm.timeline().entries().size());
        assertTrue(pm.timeline().entries().get(0).text().contains("queue depth rose"));
        Guarantees.assertFixedPointAndNoLostWords("impossible offset", doc);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void pathologicalInputEndsQuickly() {
        String[] docs = {
            "- ".repeat(20_000),
            "> ".repeat(20_000) + "x",
            "*".repeat(50_000),
            "**10:00".repeat(5_000),
            "[".repeat(30_000) + "](".repeat(10_000),
            "1:".repeat(40_000),
            ("| a | b |\n|---|---|\n" + "| 10:00 | x |\n".repeat(5_000)),
            "Start: " + "9".repeat(100_000),
            "from 10:00 to ".repeat(5_000),
            "Timeline:\n" + "10:00 AM - x\n".repeat(20_000),
        };
        for (String d : docs) {
            Guarantees.assertParses("pathological " + d.substring(0, Math.min(20, d.length())), d);
        }
    }
}
