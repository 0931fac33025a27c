package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.postmortem.core.Postmortem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of real postmortems (system property {@code postmortem.corpus}; skipped without it):
 * every file parses, renders to a fixed point and loses no word, and the parser finds what a reader finds.
 *
 * <p>Run with {@code ./mvnw -pl postmortem-markdown verify -Dpostmortem.corpus=/path/to/corpus}.
 */
class CorpusTest {

    private record Expected(boolean start, boolean end, Integer entries) {
    }

    private static Path corpus() {
        String dir = System.getProperty("postmortem.corpus", "");
        assumeTrue(!dir.isBlank(), "system property postmortem.corpus not set: corpus tests skipped");
        Path p = Path.of(dir);
        assumeTrue(Files.isDirectory(p), "postmortem.corpus is not a directory: " + p.toAbsolutePath());
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everyFileIsAFixedPointAndLosesNoWord() {
        Path dir = corpus();
        return Documents.markdownIn(dir).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String doc = Documents.read(p);
            Guarantees.assertParses(p.getFileName().toString(), doc);
            Guarantees.assertFixedPointAndNoLostWords(p.getFileName().toString(), doc);
        }));
    }

    @Test
    void parserFindsWhatAReaderFinds() throws IOException {
        Path dir = corpus();
        Map<String, Expected> expected = expectations();
        int files = 0;
        int withStart = 0;
        int withEnd = 0;
        int withDuration = 0;
        int withTimeline = 0;
        int withRootCause = 0;
        int withActions = 0;
        int statesStart = 0;
        int foundStart = 0;
        int statesEnd = 0;
        int foundEnd = 0;
        int counted = 0;
        int countRight = 0;
        List<String> misses = new ArrayList<>();
        for (Path p : Documents.markdownIn(dir)) {
            String name = p.getFileName().toString();
            Postmortem pm = Guarantees.PARSER.parse(Documents.read(p)).postmortem();
            files++;
            withStart += pm.summary().start() != null ? 1 : 0;
            withEnd += pm.summary().end() != null ? 1 : 0;
            withDuration += pm.summary().duration() != null ? 1 : 0;
            withTimeline += pm.timeline().entries().isEmpty() ? 0 : 1;
            withRootCause += pm.rootCause() != null || pm.summary().rootCause() != null ? 1 : 0;
            withActions += pm.actions().isEmpty() ? 0 : 1;
            Expected e = expected.get(name);
            if (e == null) {
                continue;
            }
            if (e.start()) {
                statesStart++;
                if (pm.summary().start() != null) {
                    foundStart++;
                } else {
                    misses.add(name + ": start not found");
                }
            }
            if (e.end()) {
                statesEnd++;
                if (pm.summary().end() != null) {
                    foundEnd++;
                } else {
                    misses.add(name + ": end not found");
                }
            }
            if (e.entries() != null) {
                counted++;
                if (e.entries() == pm.timeline().entries().size()) {
                    countRight++;
                } else {
                    misses.add(name + ": " + pm.timeline().entries().size() + " timeline entries, expected " + e.entries());
                }
            }
        }
        System.out.printf("corpus %s: %d files; recognised start %d, end %d, duration %d, timeline entries %d, "
                        + "root cause %d, actions %d%n", dir, files, withStart, withEnd, withDuration, withTimeline,
                withRootCause, withActions);
        System.out.printf("start found in %d of %d files that state it, end in %d of %d; timeline entry counts right in "
                + "%d of %d%n", foundStart, statesStart, foundEnd, statesEnd, countRight, counted);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(foundStart * 10 >= statesStart * 9, "start found in fewer than 90%: " + misses);
        assertTrue(foundEnd * 10 >= statesEnd * 9, "end found in fewer than 90%: " + misses);
        assertTrue(countRight * 10 >= counted * 9, "timeline counts right in fewer than 90%: " + misses);
        assertEquals(files, Documents.markdownIn(dir).size());
    }

    private static Map<String, Expected> expectations() throws IOException {
        Map<String, Expected> out = new LinkedHashMap<>();
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus-expectations.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new Expected(f[1].equals("y"), f[2].equals("y"), f[3].equals("-") ? null : Integer.valueOf(f[3])));
            }
        }
        return out;
    }
}
