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
 * Model to JSON with {@code PostmortemJson.write} ({@code postmortem}) against a stock Jackson 3
 * mapper writing the same document held in {@link PlainRecords} ({@code baseline}). Target: at least
 * 0.8x. One operation writes every document of the set.
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
public class JsonWriteBench {

    /** The document set: examples, generated or corpus (see {@link Documents}). */
    @Param({"examples", "generated"})
    public String docs;

    private List<Postmortem> models;
    private List<PlainRecords.Doc> records;
    private PostmortemJson json;

    /** Builds both sides' values of the same documents and checks they write the same text. */
    @Setup
    public void setUp() {
        json = PostmortemJson.create();
        models = Documents.models(docs);
        records = new ArrayList<>();
        int differ = 0;
        for (Postmortem pm : models) {
            String ours = json.write(pm);
            PlainRecords.Doc doc = PlainRecords.MAPPER.readValue(ours, PlainRecords.Doc.class);
            records.add(doc);
            if (!ours.equals(PlainRecords.WRITER.writeValueAsString(doc) + "\n")) {
                differ++;
            }
        }
        if (differ > 0) {
            System.err.println("[postmortem-bench] " + differ + " of " + models.size()
                    + " documents: the baseline writes other JSON than PostmortemJson");
        }
    }

    /**
     * Jackson writing plain records.
     *
     * @param bh the sink
     */
    @Benchmark
    public void baseline(Blackhole bh) {
        for (PlainRecords.Doc doc : records) {
            bh.consume(PlainRecords.WRITER.writeValueAsString(doc));
        }
    }

    /**
     * PostmortemJson writing the model.
     *
     * @param bh the sink
     */
    @Benchmark
    public void postmortem(Blackhole bh) {
        for (Postmortem pm : models) {
            bh.consume(json.write(pm));
        }
    }
}
