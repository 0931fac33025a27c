package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    static final String CONSISTENT = """
            # Search outage

            ## Summary
            **Start:** 2024-05-02 10:00 UTC
            **End:** 2024-05-02 12:30 UTC
            **Duration:** 2 hours 30 minutes

            ## Timeline
            - **10:00** - Alert fired for search latency
            - **10:40** - Rolled back the index change
            - **12:30** - Full service restored

            ## Root cause
            An index change doubled the shard count.

            ## Resolution
            We rolled back the change.

            ## Corrective actions
            1. **Guard shard count**
               - **Owner:** Ada
            """;

    static final String WRONG_DURATION = CONSISTENT.replace("**Duration:** 2 hours 30 minutes", "**Duration:** 3 hours");

    static final String BACKWARDS = CONSISTENT.replace("- **10:40** - Rolled back", "- **09:40** - Rolled back");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void consistentDocumentExitsZero(@TempDir Path dir) throws Exception {
        Path f = write(dir, "ok.md", CONSISTENT);
        CliRunner r = CliRunner.run("check", f.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertFalse(r.out.contains("error:"), r.toString());
        assertTrue(r.out.endsWith("checked 1 file: 0 errors, 0 warnings, 0 infos\n"), r.toString());
    }

    @Test
    void wrongDurationIsReportedAtTheDurationLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "bad.md", WRONG_DURATION);
        CliRunner r = CliRunner.run("check", f.toString());
        assertEquals(1, r.exitCode, r.toString());
        int line = lineOf(WRONG_DURATION, "**Duration:**");
        String expected = f + ":" + line + ":";
        assertTrue(r.out.lines().anyMatch(l -> l.startsWith(expected) && l.contains(": error: ")
                && l.endsWith("[duration-mismatch]") && l.contains("3h") && l.contains("2h 30m")), r.toString());
    }

    @Test
    void backwardsTimelineIsReportedAtTheEntry(@TempDir Path dir) throws Exception {
        Path f = write(dir, "back.md", BACKWARDS);
        CliRunner r = CliRunner.run("check", f.toString());
        assertEquals(1, r.exitCode, r.toString());
        int line = lineOf(BACKWARDS, "**12:30**");
        // 09:40 after 10:00 is itself fine only if it were later; the entry that goes back is the 09:40 one.
        int back = lineOf(BACKWARDS, "**09:40**");
        assertTrue(r.out.lines().anyMatch(l -> l.startsWith(f + ":" + back + ":") && l.endsWith("[timeline-order]")),
                r.toString() + " (12:30 is on line " + line + ")");
    }

    @Test
    void unreadableFileExitsTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.md");
        CliRunner r = CliRunner.run("check", missing.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertEquals(missing + ": error: no such file\n", r.err);
        Path binary = dir.resolve("binary.md");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF});
        CliRunner b = CliRunner.run("check", binary.toString());
        assertEquals(2, b.exitCode, b.toString());
        assertEquals(binary + ": error: not UTF-8 text\n", b.err);
        assertFalse(b.err.contains("Exception") || b.err.contains("\tat "), b.err);
    }

    @Test
    void badJsonExitsTwoNamingThePosition(@TempDir Path dir) throws Exception {
        Path f = write(dir, "bad.json", "{\"formatVersion\": 1, \"title\": 42}");
        CliRunner r = CliRunner.run("check", f.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.startsWith(f + ": error: at /title (line 1, column"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
    }

    @Test
    void folderOfMixedFilesIsWalkedInOrder(@TempDir Path dir) throws Exception {
        write(dir, "b/wrong.md", WRONG_DURATION);
        write(dir, "a/ok.md", CONSISTENT);
        write(dir, "notes.txt", "not a postmortem");
        write(dir, ".hidden/skip.md", "# hidden");
        CliRunner json = CliRunner.run("convert", dir.resolve("a/ok.md").toString(), "--to", "json");
        write(dir, "c/ok.json", json.out);
        CliRunner r = CliRunner.run("check", "--format", "json", dir.toString());
        assertEquals(1, r.exitCode, r.toString());
        JsonNode root = JSON.readTree(r.out);
        List<String> files = root.get("files").valueStream().map(f -> f.get("file").asString()).toList();
        assertEquals(List.of(dir.resolve("a/ok.md").toString(), dir.resolve("b/wrong.md").toString(),
                dir.resolve("c/ok.json").toString()), files);
        JsonNode wrong = root.get("files").get(1).get("diagnostics").get(0);
        assertEquals("duration-mismatch", wrong.get("rule").asString());
        assertEquals("error", wrong.get("severity").asString());
        assertEquals(lineOf(WRONG_DURATION, "**Duration:**"), wrong.get("line").asInt());
        assertEquals(0, root.get("files").get(2).get("diagnostics").size(), r.out);
    }

    @Test
    void disabledRulesAreLeftOut(@TempDir Path dir) throws Exception {
        Path f = write(dir, "bad.md", WRONG_DURATION);
        CliRunner r = CliRunner.run("check", "--disable", "duration-mismatch,section-missing", f.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertFalse(r.out.contains("duration-mismatch"), r.out);
    }

    @Test
    void sarifOutputPointsAtTheLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "bad.md", WRONG_DURATION);
        CliRunner r = CliRunner.run("check", "--format", "sarif", f.toString());
        assertEquals(1, r.exitCode, r.toString());
        JsonNode root = JSON.readTree(r.out);
        assertEquals("2.1.0", root.get("version").asString());
        JsonNode run = root.get("runs").get(0);
        assertEquals("postmortem", run.get("tool").get("driver").get("name").asString());
        JsonNode result = run.get("results").valueStream()
                .filter(x -> x.get("ruleId").asString().equals("duration-mismatch")).findFirst().orElseThrow();
        assertEquals("error", result.get("level").asString());
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals(f.toString(), location.get("artifactLocation").get("uri").asString());
        assertEquals(lineOf(WRONG_DURATION, "**Duration:**"), location.get("region").get("startLine").asInt());
        assertTrue(run.get("tool").get("driver").get("rules").valueStream()
                .anyMatch(x -> x.get("id").asString().equals("duration-mismatch")
                        && x.get("defaultConfiguration").get("level").asString().equals("error")));
    }

    @Test
    void githubAnnotations(@TempDir Path dir) throws Exception {
        Path f = write(dir, "bad,name.md", WRONG_DURATION);
        CliRunner r = CliRunner.run("check", "--format", "github", f.toString());
        assertEquals(1, r.exitCode, r.toString());
        String escaped = f.toString().replace(",", "%2C");
        assertTrue(r.out.lines().anyMatch(l -> l.startsWith("::error file=" + escaped + ",line="
                + lineOf(WRONG_DURATION, "**Duration:**") + ",col=") && l.contains(",title=duration-mismatch::")), r.out);
    }

    @Test
    void helpAndVersion() {
        CliRunner help = CliRunner.run("check", "--help");
        assertEquals(0, help.exitCode);
        assertTrue(help.out.contains("FILE:LINE:COL: SEVERITY: message [rule-id]"), help.out);
        CliRunner version = CliRunner.run("--version");
        assertEquals(0, version.exitCode);
        assertTrue(version.out.startsWith("postmortem 0.1.0"), version.out);
        CliRunner usage = CliRunner.run("check");
        assertEquals(2, usage.exitCode, usage.toString());
        assertTrue(usage.err.contains("Missing required parameter"), usage.err);
        CliRunner badRule = CliRunner.run("check", "--disable", "no-such-rule", "x.md");
        assertEquals(2, badRule.exitCode, badRule.toString());
        assertTrue(badRule.err.contains("unknown rule id 'no-such-rule'"), badRule.err);
    }
}
