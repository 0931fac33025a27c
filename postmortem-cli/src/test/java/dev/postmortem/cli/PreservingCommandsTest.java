package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --preserve-from} and {@code fix}: issue 8's commands. */
class PreservingCommandsTest {

    private static final String WRONG_DURATION = String.join("\r\n",
            "# Search Index Rebuild Stalled",
            "",
            "## Summary",
            "",
            "- **Start:** 2025-02-11 08:10 UTC",
            "- **End:** 2025-02-11 10:40 UTC",
            "- **Duration:** 3 hours   ",
            "",
            "## Timeline",
            "",
            "* 08:10 – Index writer stopped committing segments.",
            "* 09:00 – Escalated to the search team.",
            "");

    /** With no edit, an exported JSON converted back with --preserve-from is the original, byte for byte. */
    @TestFactory
    Stream<DynamicTest> jsonBackToMarkdownIsTheOriginal(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>(ConvertCommandTest.examples());
        files.addAll(ConvertCommandTest.corpus());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path json = dir.resolve(f.getFileName() + ".json");
            CliRunner toJson = CliRunner.run("convert", f.toString(), "--to", "json", "-o", json.toString());
            assertEquals(0, toJson.exitCode, toJson.toString());
            Path back = dir.resolve(f.getFileName() + ".back.md");
            CliRunner r = CliRunner.run("convert", json.toString(), "--to", "md", "--preserve-from", f.toString(), "-o",
                    back.toString());
            assertEquals(0, r.exitCode, r.toString());
            assertEquals("", r.err);
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(back));
        }));
    }

    @Test
    void anEditedJsonIsWrittenIntoTheOriginalsText(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("search.md");
        Files.writeString(md, WRONG_DURATION);
        Path json = dir.resolve("search.json");
        assertEquals(0, CliRunner.run("convert", md.toString(), "--to", "json", "-o", json.toString()).exitCode);
        String edited = Files.readString(json).replace("\"duration\": \"PT3H\"", "\"duration\": \"PT2H30M\"");
        assertTrue(edited.contains("PT2H30M"), edited);
        Files.writeString(json, edited);
        CliRunner r = CliRunner.run("convert", json.toString(), "--to", "md", "--preserve-from", md.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertEquals(WRONG_DURATION.replace("3 hours   ", "2 hours 30 minutes   "), r.out);
    }

    @Test
    void preserveFromNeedsMarkdownOutputAndAnotherOutputFile(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("search.md");
        Files.writeString(md, WRONG_DURATION);
        CliRunner json = CliRunner.run("convert", md.toString(), "--to", "json", "--preserve-from", md.toString());
        assertEquals(2, json.exitCode);
        assertEquals("postmortem convert: --preserve-from writes Markdown; use it with --to md\n", json.err);
        CliRunner over = CliRunner.run("convert", md.toString(), "--to", "md", "--preserve-from", md.toString(), "-o",
                md.toString());
        assertEquals(2, over.exitCode);
        assertEquals(WRONG_DURATION, Files.readString(md));
    }

    @Test
    void fixCorrectsTheDurationInPlaceTouchingOnlyItsLine(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("search.md");
        Files.writeString(md, WRONG_DURATION);
        CliRunner r = CliRunner.run("fix", md.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertEquals(md + ":7:17: fixed: the stated duration 3h is now 2h 30m, the time between start and end "
                + "[duration-mismatch]\n", r.out);
        assertEquals(WRONG_DURATION.replace("3 hours   ", "2 hours 30 minutes   "), Files.readString(md));
        CliRunner again = CliRunner.run("fix", md.toString());
        assertEquals(0, again.exitCode);
        assertEquals("", again.out);
        CliRunner check = CliRunner.run("check", md.toString());
        assertTrue(!check.out.contains("duration-mismatch"), check.toString());
    }

    @Test
    void dryRunPrintsTheDiffAndChangesNothing(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("search.md");
        Files.writeString(md, WRONG_DURATION);
        CliRunner r = CliRunner.run("fix", "--dry-run", md.toString());
        assertEquals(1, r.exitCode, "a correction is pending: " + r);
        assertEquals(String.join("\n",
                "--- " + md,
                "+++ " + md,
                "@@ -4,7 +4,7 @@",
                " ",
                " - **Start:** 2025-02-11 08:10 UTC",
                " - **End:** 2025-02-11 10:40 UTC",
                "-- **Duration:** 3 hours   ",
                "+- **Duration:** 2 hours 30 minutes   ",
                " ",
                " ## Timeline",
                " ",
                ""), r.out);
        assertArrayEquals(WRONG_DURATION.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(md));
        Files.writeString(md, WRONG_DURATION.replace("3 hours", "2.5 hours"));
        CliRunner clean = CliRunner.run("fix", "--dry-run", md.toString());
        assertEquals(0, clean.exitCode, "nothing to correct: " + clean);
        assertEquals("", clean.out + clean.err);
    }

    @Test
    void aFileThatCannotBeCorrectedIsNamedAndTheOthersAreStillCorrected(@TempDir Path dir) throws IOException {
        // just under the parser's size limit: the correction makes it longer than the limit
        StringBuilder big = new StringBuilder(WRONG_DURATION.replace("\r\n", "\n")).append("\n## Notes\n\n");
        int limit = dev.postmortem.markdown.PostmortemParser.DEFAULT_MAX_DOCUMENT_SIZE;
        while (big.length() < limit - 200) {
            big.append("The rebuild queue was drained by hand and each shard was checked again.\n");
        }
        int pad = limit - 5 - big.length() - "Done.\n".length();
        big.append("Done.").append(" ".repeat(pad)).append('\n');
        assertEquals(limit - 5, big.length());
        Path first = dir.resolve("a-big.md");
        Files.writeString(first, big);
        Path second = dir.resolve("b-search.md");
        Files.writeString(second, WRONG_DURATION);
        CliRunner r = CliRunner.run("fix", first.toString(), second.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.startsWith(first + ":7:17: error: cannot correct it: the document has "), r.err);
        assertTrue(r.err.endsWith("; the file is unchanged\n"), r.err);
        assertEquals(1, r.err.lines().count(), r.err);
        assertEquals(big.toString(), Files.readString(first));
        assertEquals(second + ":7:17: fixed: the stated duration 3h is now 2h 30m, the time between start and end "
                + "[duration-mismatch]\n", r.out);
        assertEquals(WRONG_DURATION.replace("3 hours   ", "2 hours 30 minutes   "), Files.readString(second));
    }

    @Test
    void fixKeepsALinkAndTheFilesPermissions(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path real = dir.resolve("search.md");
        Files.writeString(real, WRONG_DURATION);
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
        CliRunner r = CliRunner.run("fix", link.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(WRONG_DURATION.replace("3 hours   ", "2 hours 30 minutes   "), Files.readString(real));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(real)));
    }

    @Test
    void fixLeavesCorrectFilesAloneAndRefusesJson(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("ok.md");
        String fine = WRONG_DURATION.replace("3 hours", "2.5 hours");
        Files.writeString(md, fine);
        CliRunner r = CliRunner.run("fix", md.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertEquals("", r.out + r.err);
        assertEquals(fine, Files.readString(md));
        Path json = dir.resolve("x.json");
        Files.writeString(json, "{}");
        CliRunner j = CliRunner.run("fix", json.toString());
        assertEquals(2, j.exitCode);
        assertEquals(json + ": error: fix corrects Markdown files only\n", j.err);
        CliRunner missing = CliRunner.run("fix", dir.resolve("nope.md").toString());
        assertEquals(2, missing.exitCode);
        assertEquals(dir.resolve("nope.md") + ": error: no such file\n", missing.err);
    }
}
