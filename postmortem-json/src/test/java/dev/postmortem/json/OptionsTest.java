package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timestamp;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Builder options, limits, streams and failures of the facade. */
class OptionsTest {

    private static final PostmortemJson JSON = PostmortemJson.create();

    // ---------------------------------------------------------------- builder

    @Test
    void builderChecksOptionsAtOnce() {
        assertEquals("maxNestingDepth must be >= 4 (the format nests 4 levels), was 3",
                assertThrows(IllegalArgumentException.class, () -> PostmortemJson.builder().maxNestingDepth(3)).getMessage());
        assertEquals("maxStringLength must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> PostmortemJson.builder().maxStringLength(0)).getMessage());
        assertEquals("maxDocumentLength must be >= 1, was -5",
                assertThrows(IllegalArgumentException.class, () -> PostmortemJson.builder().maxDocumentLength(-5)).getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("json", assertThrows(NullPointerException.class, () -> JSON.read((String) null)).getMessage());
        assertEquals("json", assertThrows(NullPointerException.class, () -> JSON.read((Reader) null)).getMessage());
        assertEquals("json", assertThrows(NullPointerException.class, () -> JSON.read((InputStream) null)).getMessage());
        assertEquals("postmortem", assertThrows(NullPointerException.class, () -> JSON.write(null)).getMessage());
        assertEquals("out", assertThrows(NullPointerException.class,
                () -> JSON.write(Postmortem.builder().build(), (Writer) null)).getMessage());
    }

    @Test
    void compactIsOneLineAndPrettyEndsWithALineBreak() {
        Postmortem pm = Examples.checkoutOutage();
        String compact = PostmortemJson.builder().pretty(false).build().write(pm);
        assertFalse(compact.contains("\n"));
        assertTrue(compact.startsWith("{\"formatVersion\":1,\"title\":"));
        String pretty = JSON.write(pm);
        assertTrue(pretty.startsWith("{\n  \"formatVersion\": 1,\n  \"title\": "));
        assertTrue(pretty.endsWith("}\n"));
        assertFalse(pretty.contains("\r"));
    }

    // ---------------------------------------------------------------- unknown properties

    private static final String WITH_UNKNOWNS = """
            {
              "formatVersion": 1,
              "generator": {"name": "incident-bot", "version": [2, 1]},
              "title": "Outage",
              "summary": {"start": "14:00", "confidence": 0.8},
              "timeline": {"entries": [{"at": "14:00", "text": "Alert fired", "source": {"kind": "pager"}}], "tz": null},
              "actions": [{"title": "Fix", "priority": 1}],
              "sections": [{"heading": "A", "collapsed": true}],
              "contributors": [{"name": "Ada", "email": "ada@example.org"}],
              "metadata": {"id": "INC-1", "reviewers": ["Bo"]}
            }""";

    @Test
    void unknownPropertiesFailByDefault() {
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class, () -> JSON.read(WITH_UNKNOWNS));
        assertEquals("/generator", e.jsonPath());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void unknownPropertiesCanBeIgnored() {
        PostmortemJson lenient = PostmortemJson.builder().ignoreUnknownProperties(true).build();
        Postmortem pm = lenient.read(WITH_UNKNOWNS);
        String known = """
                {"formatVersion": 1, "title": "Outage", "summary": {"start": "14:00"},
                 "timeline": {"entries": [{"at": "14:00", "text": "Alert fired"}]},
                 "actions": [{"title": "Fix"}], "sections": [{"heading": "A"}], "contributors": [{"name": "Ada"}],
                 "metadata": {"id": "INC-1"}}""";
        assertEquals(JSON.read(known), pm);
    }

    @Test
    void ignoringUnknownPropertiesKeepsEverythingElseStrict() {
        PostmortemJson lenient = PostmortemJson.builder().ignoreUnknownProperties(true).build();
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class,
                () -> lenient.read("{\"formatVersion\": 1, \"extra\": 1, \"title\": 2}"));
        assertEquals("/title", e.jsonPath());
        PostmortemJsonException newer = assertThrows(PostmortemJsonException.class,
                () -> lenient.read("{\"formatVersion\": 2}"));
        assertTrue(newer.problem().contains("newer"));
    }

    // ---------------------------------------------------------------- limits

    @Test
    void theFormatFitsTheSmallestNestingLimit() {
        PostmortemJson shallow = PostmortemJson.builder().maxNestingDepth(4).build();
        Postmortem pm = Examples.checkoutOutage();
        assertEquals(pm, shallow.read(shallow.write(pm)));
    }

    @Test
    @Timeout(5)
    void nestingDepthIsLimited() {
        PostmortemJson lenient = PostmortemJson.builder().ignoreUnknownProperties(true).build();
        String deep = "{\"formatVersion\": 1, \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class, () -> lenient.read(deep));
        assertEquals("the document nests deeper than the limit of 64 levels"
                + " (maxNestingDepth; raise it with PostmortemJson.builder().maxNestingDepth(int))", e.problem());
        assertEquals("/x", e.jsonPath());
        assertEquals(1, e.line());
        String fine = "{\"formatVersion\": 1, \"x\": " + "[".repeat(60) + "]".repeat(60) + "}";
        assertEquals(Postmortem.builder().build(), lenient.read(fine));
    }

    @Test
    void stringLengthIsLimited() {
        PostmortemJson small = PostmortemJson.builder().maxStringLength(1_000).build();
        String title = "x".repeat(50_000);
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class,
                () -> small.read("{\"formatVersion\": 1,\n\"title\": \"" + title + "\"}"));
        assertEquals("a string is longer than the limit of 1000 characters"
                + " (maxStringLength; raise it with PostmortemJson.builder().maxStringLength(int))", e.problem());
        assertEquals("/title", e.jsonPath());
        assertEquals(2, e.line());
        assertEquals("x".repeat(900), small.read("{\"formatVersion\": 1, \"title\": \"" + "x".repeat(900) + "\"}").title());
    }

    @Test
    void documentLengthIsLimited() {
        PostmortemJson small = PostmortemJson.builder().maxDocumentLength(10_000).build();
        String big = "{\"formatVersion\": 1, \"title\": \"" + "x".repeat(50_000) + "\"}";
        String problem = "the document is longer than the limit of 10000 characters or bytes"
                + " (maxDocumentLength; raise it with PostmortemJson.builder().maxDocumentLength(long))";
        assertEquals(problem, assertThrows(PostmortemJsonException.class, () -> small.read(big)).problem());
        assertEquals(problem, assertThrows(PostmortemJsonException.class,
                () -> small.read(new StringReader(big))).problem());
        assertEquals(problem, assertThrows(PostmortemJsonException.class,
                () -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).problem());
        assertEquals("ok", small.read("{\"formatVersion\": 1, \"title\": \"ok\"}").title());
    }

    @Test
    void defaultsAreDocumentedConstants() {
        assertEquals(64, PostmortemJson.DEFAULT_MAX_NESTING_DEPTH);
        assertEquals(1_000_000, PostmortemJson.DEFAULT_MAX_STRING_LENGTH);
        assertEquals(10_000_000L, PostmortemJson.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertEquals(1, PostmortemJson.FORMAT_VERSION);
    }

    // ---------------------------------------------------------------- streams and failures

    @Test
    void streamsAreNotClosed() {
        Postmortem pm = Examples.checkoutOutage();
        String text = JSON.write(pm);
        ClosingReader reader = new ClosingReader(text);
        assertEquals(pm, JSON.read(reader));
        assertFalse(reader.closed);
        ClosingInputStream in = new ClosingInputStream(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(pm, JSON.read(in));
        assertFalse(in.closed);
        ClosingWriter out = new ClosingWriter();
        JSON.write(pm, out);
        assertFalse(out.closed);
        assertEquals(text, out.toString());
        ClosingOutputStream bytes = new ClosingOutputStream();
        JSON.write(pm, bytes);
        assertFalse(bytes.closed);
        assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readFailureIsThePostmortemException() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class, () -> JSON.read(broken));
        assertTrue(e.problem().startsWith("I/O error: "), e.getMessage());
        assertTrue(e.problem().contains("disk gone"), e.getMessage());
        assertInstanceOf(IOException.class, rootCause(e));
    }

    @Test
    void writeFailureIsThePostmortemException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("pipe closed");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class,
                () -> JSON.write(Examples.checkoutOutage(), broken));
        assertTrue(e.problem().contains("pipe closed"), e.getMessage());
        assertInstanceOf(IOException.class, rootCause(e));
    }

    @Test
    void valuesTheFormatCannotCarryAreRefusedWithTheirPath() {
        Postmortem farFuture = Postmortem.builder()
                .metadata(Metadata.builder().date(LocalDate.of(12_024, 3, 22)).build())
                .build();
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class, () -> JSON.write(farFuture));
        assertEquals("/metadata/date", e.jsonPath());
        assertEquals(-1, e.line());
        assertEquals("at /metadata/date: cannot write date +12024-03-22: format version 1 holds years 0000 to 9999",
                e.getMessage());
        Postmortem bc = Postmortem.builder()
                .actions(List.of(ActionItem.builder("Archive").due(LocalDate.of(-1, 1, 1)).build()))
                .build();
        assertEquals("/actions/0/due", assertThrows(PostmortemJsonException.class, () -> JSON.write(bc)).jsonPath());
    }

    // ---------------------------------------------------------------- sharing

    @Test
    @Timeout(30)
    void oneInstanceServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (long seed : PostmortemGenerator.seeds(200).toArray()) {
                        Postmortem pm = PostmortemGenerator.withSeed(seed + thread).next();
                        assertEquals(pm, JSON.read(JSON.write(pm)), "seed " + (seed + thread));
                    }
                    return null;
                }));
            }
            for (Future<?> f : results) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static final class ClosingReader extends StringReader {
        boolean closed;

        ClosingReader(String s) {
            super(s);
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }
    }

    private static final class ClosingInputStream extends ByteArrayInputStream {
        boolean closed;

        ClosingInputStream(byte[] b) {
            super(b);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static final class ClosingWriter extends StringWriter {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static final class ClosingOutputStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

}
