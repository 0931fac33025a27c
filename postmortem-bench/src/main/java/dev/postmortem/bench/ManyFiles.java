package dev.postmortem.bench;

import dev.postmortem.core.Postmortem;
import dev.postmortem.core.PostmortemMetrics;
import dev.postmortem.markdown.PostmortemParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Documents per second over many files in one JVM, on every core: parse plus
 * {@link PostmortemMetrics#of(Postmortem)} (what {@code postmortem stats} does per file) next to a bare
 * commonmark-java parse loop over the same texts.
 *
 * <pre>
 * java -Dpostmortem.corpus=../shared/corpus -cp postmortem-bench/target/benchmarks.jar \
 *     dev.postmortem.bench.ManyFiles [--docs 10000] [--threads N] [--rounds 5] [--set corpus]
 * </pre>
 *
 * <p>The texts are copies of one document set ({@code corpus} when {@code -Dpostmortem.corpus} is set,
 * else {@code examples} and {@code generated} together), cycled to {@code --docs} documents. Each round
 * runs both loops over all documents, alternating which goes first; warm-up rounds are not counted, the
 * median of the measured rounds is reported.
 */
public final class ManyFiles {

    private ManyFiles() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code --docs N}, {@code --threads N}, {@code --rounds N}, {@code --warmup N},
     *             {@code --set NAME}
     * @throws Exception if a worker fails
     */
    public static void main(String[] args) throws Exception {
        int docs = 10_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 5;
        int warmup = 3;
        String set = System.getProperty(Documents.CORPUS_PROPERTY, "").isBlank() ? "examples+generated" : "corpus";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--set" -> set = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> source = new ArrayList<>();
        for (String name : set.split("\\+")) {
            source.addAll(Documents.markdown(name));
        }
        String[] texts = new String[docs];
        for (int i = 0; i < docs; i++) {
            // copies, so no two documents share a String instance (as files read from disk would not)
            texts[i] = new String(source.get(i % source.size()).toCharArray());
        }
        long bytes = Documents.bytes(Arrays.asList(texts));

        Parser commonmark = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        PostmortemParser parser = PostmortemParser.builder().build();
        ToIntFunction<String> bare = text -> {
            Node doc = commonmark.parse(text);
            return doc.getFirstChild() == null ? 0 : 1;
        };
        ToIntFunction<String> ours = text -> {
            Postmortem pm = parser.parse(text).postmortem();
            return PostmortemMetrics.of(pm).actions();
        };

        System.out.printf(Locale.ROOT, "%d documents (%s, %d distinct, %.1f MB), %d threads, %d warm-up + %d rounds%n",
                docs, set, source.size(), bytes / 1e6, threads, warmup, rounds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] bareRates = new double[rounds];
            double[] ourRates = new double[rounds];
            for (int r = -warmup; r < rounds; r++) {
                boolean bareFirst = (r & 1) == 0;
                double a = run(pool, threads, texts, bareFirst ? bare : ours);
                double b = run(pool, threads, texts, bareFirst ? ours : bare);
                double bareRate = bareFirst ? a : b;
                double ourRate = bareFirst ? b : a;
                if (r >= 0) {
                    bareRates[r] = bareRate;
                    ourRates[r] = ourRate;
                }
                System.out.printf(Locale.ROOT, "%s round %d: commonmark %.0f docs/s, parse+metrics %.0f docs/s%n",
                        r < 0 ? "warm-up" : "measured", r < 0 ? r + warmup + 1 : r + 1, bareRate, ourRate);
            }
            double bareMedian = median(bareRates);
            double ourMedian = median(ourRates);
            System.out.printf(Locale.ROOT, "median: commonmark parse %.0f docs/s (%.1f MB/s); parse + metrics %.0f docs/s"
                    + " (%.1f MB/s); ratio %.2fx%n", bareMedian, bareMedian * bytes / docs / 1e6, ourMedian,
                    ourMedian * bytes / docs / 1e6, ourMedian / bareMedian);
        } finally {
            pool.shutdown();
        }
    }

    /** Runs one loop over all texts on {@code threads} workers sharing a counter; returns documents per second. */
    private static double run(ExecutorService pool, int threads, String[] texts, ToIntFunction<String> work)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long sink = 0;
                for (int i = next.getAndIncrement(); i < texts.length; i = next.getAndIncrement()) {
                    sink += work.applyAsInt(texts[i]);
                }
                return sink;
            }));
        }
        long sink = 0;
        for (Future<Long> f : futures) {
            sink += f.get();
        }
        long nanos = System.nanoTime() - start;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink); // keeps the results alive
        }
        return texts.length * 1e9 / nanos;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
