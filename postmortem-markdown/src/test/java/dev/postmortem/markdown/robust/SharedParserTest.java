package dev.postmortem.markdown.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.SourcePosition;
import dev.postmortem.markdown.ParseResult;
import dev.postmortem.markdown.PostmortemParser;
import dev.postmortem.markdown.PostmortemRenderer;
import dev.postmortem.markdown.robust.Fixtures.Doc;
import dev.postmortem.testkit.Mutations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link PostmortemParser} and one {@link PostmortemRenderer} shared by 8 threads give exactly
 * the results they give on one thread: the same model, diagnostics, source map and rendered text.
 */
class SharedParserTest {

    private static final int THREADS = 8;
    private static final int GENERATED = 100;
    private static final int MUTANTS = 1_900;
    /** How many times the pool parses each document, in random order over its threads. */
    private static final int ROUNDS = 1;

    /** Everything a parse and a render give. */
    private record Outcome(Postmortem model, List<Diagnostic> diagnostics, Map<String, SourcePosition> sourceMap,
            String rendered) {
    }

    private static Outcome run(PostmortemParser parser, PostmortemRenderer renderer, String doc) {
        ParseResult r = parser.parse(doc);
        return new Outcome(r.postmortem(), r.diagnostics(), r.sourceMap(), renderer.render(r.postmortem()));
    }

    @Test
    @Timeout(120)
    void eightThreadsGiveTheSequentialResults() throws Exception {
        PostmortemParser parser = PostmortemParser.builder().build();
        PostmortemRenderer renderer = PostmortemRenderer.builder().build();
        List<String> docs = new ArrayList<>();
        List<Doc> sources = new ArrayList<>(Fixtures.examples());
        sources.addAll(Fixtures.generated(GENERATED));
        sources.forEach(d -> docs.add(d.text()));
        for (int i = 0; i < MUTANTS; i++) {
            docs.add(Mutations.withSeed(i).mutate(sources.get(i % sources.size()).text(), 2).text());
        }
        int n = docs.size();
        List<Outcome> sequential = new ArrayList<>(n);
        for (String doc : docs) {
            sequential.add(run(parser, renderer, doc));
        }
        long withDiagnostics = sequential.stream().filter(o -> !o.diagnostics().isEmpty()).count();
        assertTrue(withDiagnostics > n / 10, "too few documents with diagnostics to test: " + withDiagnostics);

        List<Integer> tasks = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < n; i++) {
                tasks.add(i);
            }
        }
        Collections.shuffle(tasks, new Random(20240322L));
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long t0 = System.nanoTime();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    start.await();
                    for (Integer i = queue.poll(); i != null; i = queue.poll()) {
                        Outcome o = run(parser, renderer, docs.get(i));
                        if (!o.equals(sequential.get(i)) && mismatches.size() < 5) {
                            mismatches.add("document " + i + " on " + Thread.currentThread().getName() + ": " + o.model()
                                    + "\n  sequential: " + sequential.get(i).model());
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                mismatches.addAll(f.get());
            }
            assertEquals(List.of(), mismatches);
            System.out.println("shared PostmortemParser and PostmortemRenderer: " + THREADS + " threads, " + n
                    + " documents (" + withDiagnostics + " with diagnostics) each parsed and rendered " + ROUNDS
                    + " times in " + (System.nanoTime() - t0) / 1_000_000 + " ms, as on one thread");
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
