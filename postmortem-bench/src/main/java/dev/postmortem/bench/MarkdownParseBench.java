package dev.postmortem.bench;

import dev.postmortem.markdown.PostmortemParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown to model ({@code postmortem}) against commonmark-java's own parse of the same text with
 * source spans on ({@code baseline}). Target: {@code postmortem} at least 0.8x the throughput of
 * {@code baseline}. One operation parses every document of the set.
 *
 * <p>Warm-up is 12 x 2 s: on 2 cores the JIT's optimising compiler works on the parser (ours and
 * commonmark's) for 15 to 20 s; after 5 x 1 s the measured iterations still rose one after the other
 * (PERFORMANCE.md, "Warm-up").
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class MarkdownParseBench {

    /** The document set: examples, generated or corpus (see {@link Documents}). */
    @Param({"examples", "generated"})
    public String docs;

    private List<String> texts;
    private Parser commonmark;
    private PostmortemParser parser;

    /** Loads the documents and builds both parsers once. */
    @Setup
    public void setUp() {
        texts = Documents.markdown(docs);
        commonmark = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        parser = PostmortemParser.builder().build();
    }

    /**
     * commonmark-java alone.
     *
     * @param bh the sink
     */
    @Benchmark
    public void baseline(Blackhole bh) {
        for (String text : texts) {
            bh.consume(commonmark.parse(text));
        }
    }

    /**
     * Our parser: commonmark plus the postmortem model.
     *
     * @param bh the sink
     */
    @Benchmark
    public void postmortem(Blackhole bh) {
        for (String text : texts) {
            bh.consume(parser.parse(text));
        }
    }
}
