package dev.postmortem.bench;

import dev.postmortem.core.Postmortem;
import dev.postmortem.core.validation.PostmortemValidator;
import dev.postmortem.markdown.PostmortemParser;
import java.util.ArrayList;
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

/**
 * Validation of parsed documents ({@code postmortem}) against their parse ({@code baseline}).
 * Target: validating costs less than parsing, so {@code postmortem} has the higher throughput. One
 * operation handles every document of the set.
 *
 * <p>Warm-up is 12 x 2 s: the baseline is our parse, and on 2 cores the JIT's optimising compiler works
 * on it for 15 to 20 s; measured before that, the baseline reads slow and the ratio flatters us
 * (PERFORMANCE.md, "Warm-up").
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ValidateBench {

    /** The document set: examples, generated or corpus (see {@link Documents}). */
    @Param({"examples", "generated"})
    public String docs;

    private List<String> texts;
    private List<Postmortem> models;
    private PostmortemParser parser;
    private PostmortemValidator validator;

    /** Loads and parses the documents once. */
    @Setup
    public void setUp() {
        parser = PostmortemParser.builder().build();
        validator = PostmortemValidator.defaults();
        texts = Documents.markdown(docs);
        models = new ArrayList<>();
        for (String text : texts) {
            models.add(parser.parse(text).postmortem());
        }
    }

    /**
     * Our parse of the documents.
     *
     * @param bh the sink
     */
    @Benchmark
    public void baseline(Blackhole bh) {
        for (String text : texts) {
            bh.consume(parser.parse(text));
        }
    }

    /**
     * Validation of the parsed models with the default rules.
     *
     * @param bh the sink
     */
    @Benchmark
    public void postmortem(Blackhole bh) {
        for (Postmortem pm : models) {
            bh.consume(validator.validate(pm));
        }
    }
}
