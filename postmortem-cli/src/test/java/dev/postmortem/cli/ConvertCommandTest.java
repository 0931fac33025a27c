package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.cli.internal.TestSeams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @AfterEach
    void resetSeam() {
        TestSeams.failWritesWith(null);
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("..", "examples"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    static List<Path> corpus() throws IOException {
        String dir = System.getProperty("postmortem.corpus", "");
        if (dir.isBlank()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Guarantee 3: Markdown to JSON to Markdown gives the same Markdown as Markdown to Markdown. */
    @TestFactory
    Stream<DynamicTest> markdownThroughJsonEqualsMarkdownToMarkdown(@TempDir Path dir) throws IOException {
        List<Path> files = new java.util.ArrayList<>(examples());
        files.addAll(corpus());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CliRunner direct = CliRunner.run("convert", f.toString(), "--to", "md");
            assertEquals(0, direct.exitCode, direct.toString());
            Path json = dir.resolve(f.getFileName() + ".json");
            CliRunner toJson = CliRunner.run("convert", f.toString(), "--to", "json", "-o", json.toString());
            assertEquals(0, toJson.exitCode, toJson.toString());
            CliRunner back = CliRunner.run("convert", json.toString(), "--to", "md");
            assertEquals(0, back.exitCode, back.toString());
            assertEquals(direct.out, back.out, "md -> json -> md differs from md -> md for " + f);
        }));
    }

    @Test
    void examplesAreInTheCorpusCountWhenTheCorpusIsGiven() throws IOException {
        Assumptions.assumeFalse(corpus().isEmpty(), "no -Dpostmortem.corpus given");
        assertTrue(corpus().size() >= 80, "corpus has " + corpus().size() + " files");
    }

    @Test
    void outputReplacesTargetAndLeavesNoTempFiles(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.md");
        Files.writeString(in, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old content", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("convert", in.toString(), "--to", "json", "-o", out.toString());
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(Files.readString(out).startsWith("{\n  \"formatVersion\" : 1") || Files.readString(out).startsWith("{\n  \"formatVersion\": 1"),
                Files.readString(out));
        assertEquals(List.of("in.md", "out.json"), list(dir));
        assertEquals(CheckCommandTest.CONSISTENT, Files.readString(in), "the input was touched");
    }

    @Test
    void failingWriteKeepsTheOldContent(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.md");
        Files.writeString(in, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old content", StandardCharsets.UTF_8);
        TestSeams.failWritesWith(new IOException("No space left on device"));
        CliRunner r = CliRunner.run("convert", in.toString(), "--to", "json", "-o", out.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertEquals(out + ": error: cannot write: No space left on device; the file is unchanged\n", r.err);
        assertEquals("old content", Files.readString(out));
        assertEquals(List.of("in.md", "out.json"), list(dir), "a temporary file was left behind");
    }

    @Test
    void missingOutputFolderIsAnErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.md");
        Files.writeString(in, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        Path out = dir.resolve("no/such/folder/out.json");
        CliRunner r = CliRunner.run("convert", in.toString(), "--to", "json", "-o", out.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.startsWith(out + ": error: cannot write: "), r.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesToWriteOverItsInput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.md");
        Files.writeString(in, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("convert", in.toString(), "--to", "md", "-o", dir.resolve("./in.md").toString());
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.contains("refusing to write the output over the input"), r.err);
        assertEquals(CheckCommandTest.CONSISTENT, Files.readString(in));
    }

    @Test
    void unparseableInputWritesNothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.json");
        Files.writeString(in, "{\"formatVersion\": 2}", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.md");
        CliRunner r = CliRunner.run("convert", in.toString(), "--to", "md", "-o", out.toString());
        assertEquals(2, r.exitCode, r.toString());
        assertTrue(r.err.startsWith(in + ": error: at /formatVersion"), r.err);
        assertFalse(Files.exists(out));
        assertEquals(List.of("in.json"), list(dir));
    }

    @Test
    void fromOverridesTheExtension(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("postmortem.txt");
        Files.writeString(in, CheckCommandTest.CONSISTENT, StandardCharsets.UTF_8);
        CliRunner guess = CliRunner.run("convert", in.toString(), "--to", "json");
        assertEquals(2, guess.exitCode, guess.toString());
        assertTrue(guess.err.contains("cannot tell the format from the file name"), guess.err);
        CliRunner r = CliRunner.run("convert", in.toString(), "--from", "md", "--to", "json", "--compact");
        assertEquals(0, r.exitCode, r.toString());
        assertEquals(1, r.out.lines().count(), r.out);
        assertTrue(r.out.contains("\"title\":\"Search outage\""), r.out);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
