package dev.postmortem.bench;

import dev.postmortem.markdown.PostmortemParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
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

/**
 * How parsing cost grows with the document: time per operation over timelines of 10 to 100,000
 * entries and documents of 1 KB to 10 MB (see {@link ScaledInputs}). Run it with {@code -prof gc} for
 * allocated bytes per operation, and turn the results into per-entry and per-byte figures with
 * {@link ScalingReport}. {@code commonmark} is commonmark-java's own parse of the same text, to tell
 * our growth from the growth of what we stand on.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ScalingBench {

    /** The input: {@code t10}, {@code t1000}, {@code t100000}, {@code 1KB} ... {@code 10MB}. */
    @Param({"t10", "t1000", "t100000", "1KB", "10KB", "100KB", "1MB", "10MB"})
    public String input;

    private String text;
    private Parser commonmark;
    private PostmortemParser parser;

    /** Generates the input and builds both parsers. */
    @Setup
    public void setUp() {
        ScaledInputs.Input in = ScaledInputs.of(input);
        text = in.markdown();
        System.err.println("[postmortem-bench] " + input + ": " + in.bytes() + " bytes, " + in.entries() + " entries");
        commonmark = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        parser = Parsers.unlimited();
    }

    /**
     * commonmark-java alone.
     *
     * @return the document node
     */
    @Benchmark
    public Object commonmark() {
        return commonmark.parse(text);
    }

    /**
     * Our parse to the model.
     *
     * @return the parse result
     */
    @Benchmark
    public Object postmortem() {
        return parser.parse(text);
    }
}
