package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public surface: builders, limits, the exception, the source map, the renderer's outputs. */
class ParserApiTest {

    private static final String DOC = """
            # Cache stampede

            ## Summary

            **Start:** 2024-02-01 08:00 UTC

            **Duration:** 45 minutes

            ## Corrective actions

            1. **Add request coalescing**

               - **Owner:** Dana Fischer
               - **Status:** in_progress
            """;

    @Test
    void builderChecksItsOptionsAtOnce() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> PostmortemParser.builder().maxDocumentSize(0));
        assertEquals("maxDocumentSize must be >= 1, was 0", size.getMessage());
        IllegalArgumentException nesting = assertThrows(IllegalArgumentException.class,
                () -> PostmortemParser.builder().maxNesting(1));
        assertEquals("maxNesting must be >= 2, was 1", nesting.getMessage());
    }

    @Test
    void oversizedInputIsTheOneException() {
        PostmortemParser small = PostmortemParser.builder().maxDocumentSize(10).build();
        assertThrows(PostmortemParseException.class, () -> small.parse("# A title that is too long"));
        assertThrows(PostmortemParseException.class, () -> small.parse(new StringReader("# A title that is too long")));
        assertEquals(10, small.maxDocumentSize());
    }

    @Test
    void readFailureIsWrapped() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        PostmortemParseException e = assertThrows(PostmortemParseException.class,
                () -> PostmortemParser.builder().build().parse(broken));
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void nullsAreRejectedByName() {
        PostmortemParser p = PostmortemParser.builder().build();
        assertEquals("markdown", assertThrows(NullPointerException.class, () -> p.parse((String) null)).getMessage());
        assertEquals("reader", assertThrows(NullPointerException.class, () -> p.parse((Reader) null)).getMessage());
    }

    @Test
    void readerAndStringGiveTheSameResult() {
        PostmortemParser p = PostmortemParser.builder().build();
        assertEquals(p.parse(DOC).postmortem(), p.parse(new StringReader(DOC)).postmortem());
    }

    @Test
    void sourceMapLocatesValuesAndFallsBackToEnclosingPaths() {
        ParseResult r = PostmortemParser.builder().build().parse(DOC);
        assertEquals(Optional.of(new SourcePosition(7, 15)), r.positionOf("summary.duration"));
        assertEquals(13, r.positionOf("actions[0].owner").orElseThrow().line());
        assertEquals(11, r.positionOf("actions[0].kind").orElseThrow().line(), "falls back to the action");
        assertEquals(Optional.empty(), r.positionOf("lessons"));
        assertEquals(1, r.positionOf("title").orElseThrow().line());
        ActionItem a = r.postmortem().actions().get(0);
        assertEquals("Dana Fischer", a.owner());
        assertEquals(ActionStatus.IN_PROGRESS, a.status());
    }

    @Test
    void rendererWritesToAnAppendableWhatItReturns() {
        Postmortem pm = PostmortemParser.builder().build().parse(DOC).postmortem();
        PostmortemRenderer r = PostmortemRenderer.builder().build();
        StringWriter w = new StringWriter();
        r.render(pm, w);
        assertEquals(r.render(pm), w.toString());
        assertEquals(DOC, r.render(pm), "a canonical document renders to itself");
    }

    @Test
    void emptyDocumentGivesAnEmptyModel() {
        ParseResult r = PostmortemParser.builder().build().parse("");
        assertEquals(Postmortem.builder().build(), r.postmortem());
        assertEquals(List.of(), r.diagnostics());
        assertEquals("", PostmortemRenderer.builder().build().render(r.postmortem()));
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        PostmortemParser p = PostmortemParser.builder().build();
        Postmortem expected = p.parse(DOC).postmortem();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Postmortem>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> p.parse(DOC).postmortem()));
            }
            for (Future<Postmortem> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
