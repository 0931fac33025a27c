package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatsCommandTest {

    @Test
    void figuresPerDocumentAndSummarised(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.md"), CheckCommandTest.CONSISTENT
                .replace("**End:** 2024-05-02 12:30 UTC", "**End:** 2024-05-02 14:30 UTC")
                .replace("**12:30** - Full service restored", "**14:30** - Full service restored")
                .replace("**Duration:** 2 hours 30 minutes", "**Duration:** 4 hours 30 minutes"), StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("stats", "--format", "json", dir.toString());
        assertEquals(0, r.exitCode, r.toString());
        JsonNode root = JsonMapper.builder().build().readTree(r.out);
        JsonNode a = root.get("documents").get(0);
        assertEquals("PT0S", a.get("detect").get("duration").asString());
        assertEquals("summary.start", a.get("detect").get("from").asString());
        assertEquals("timeline.entries[0]", a.get("detect").get("to").asString());
        assertEquals("PT40M", a.get("mitigate").get("duration").asString());
        assertEquals("PT2H30M", a.get("resolve").get("duration").asString());
        assertEquals(1, a.get("actions").asInt());
        JsonNode summary = root.get("summary");
        assertEquals(2, summary.get("documents").asInt());
        assertEquals(2, summary.get("resolve").get("count").asInt());
        assertEquals("PT2H30M", summary.get("resolve").get("median").asString());
        assertEquals("PT4H30M", summary.get("resolve").get("p90").asString());
    }

    @Test
    void tableAndCsv(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.writeString(f, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        CliRunner table = CliRunner.run("stats", "--explain", f.toString());
        assertEquals(0, table.exitCode, table.toString());
        List<String> lines = table.out.lines().toList();
        assertTrue(lines.get(0).matches("FILE\\s+DETECT\\s+MITIGATE\\s+RESOLVE\\s+DURATION\\s+ACTIONS\\s+OPEN"), table.out);
        assertTrue(lines.get(1).matches(java.util.regex.Pattern.quote(f.toString()) + "\\s+0m\\s+40m\\s+2h 30m\\s+2h 30m\\s+1\\s+1"),
                table.out);
        assertTrue(table.out.contains(f + ": mitigate 40m from summary.start to timeline.entries[1] (10:40 \"Rolled back the index change\")"),
                table.out);
        CliRunner csv = CliRunner.run("stats", "--format", "csv", f.toString());
        assertEquals(List.of("file,detect_minutes,mitigate_minutes,resolve_minutes,duration_minutes,actions,open_actions",
                f + ",0,40,150,150,1,1"), csv.out.lines().toList());
    }

    @Test
    void unreadableFileIsReportedAndTheRestMeasured(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("a.md");
        Files.writeString(ok, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("stats", "--format", "csv", ok.toString(), dir.resolve("missing.md").toString());
        assertEquals(2, r.exitCode, r.toString());
        assertEquals(2, r.out.lines().count(), r.out);
        assertEquals(dir.resolve("missing.md") + ": error: no such file\n", r.err);
    }
}
