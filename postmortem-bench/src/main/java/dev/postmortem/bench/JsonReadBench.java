package dev.postmortem.bench;

import dev.postmortem.core.Postmortem;
import dev.postmortem.json.PostmortemJson;
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
 * JSON to model with {@code PostmortemJson.read} ({@code postmortem}) against a stock Jackson 3
 * mapper binding the same text to {@link PlainRecords} ({@code baseline}). Target: at least 0.8x.
 * One operation reads every document of the set.
 *
 * <p>Warm-up is 10 x 1 s, so that the JIT has finished with both sides before measuring (PERFORMANCE.md,
 * "Warm-up").
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class JsonReadBench {

    /** The document set: examples, generated or corpus (see {@link Documents}). */
    @Param({"examples", "generated"})
    public String docs;

    private List<String> texts;
    private PostmortemJson json;

    /** Writes the set's models as JSON once and checks that both sides can read it. */
    @Setup
    public void setUp() {
        json = PostmortemJson.create();
        texts = new ArrayList<>();
        for (Postmortem pm : Documents.models(docs)) {
            String text = json.write(pm);
            PlainRecords.MAPPER.readValue(text, PlainRecords.Doc.class);
            texts.add(text);
        }
    }

    /**
     * Jackson binding to plain records.
     *
     * @param bh the sink
     */
    @Benchmark
    public void baseline(Blackhole bh) {
        for (String text : texts) {
            bh.consume(PlainRecords.MAPPER.readValue(text, PlainRecords.Doc.class));
        }
    }

    /**
     * PostmortemJson: strict reading into the model.
     *
     * @param bh the sink
     */
    @Benchmark
    public void postmortem(Blackhole bh) {
        for (String text : texts) {
            bh.consume(json.read(text));
        }
    }
}
