package dev.postmortem.json.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Postmortem;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.PostmortemJsonException;
import dev.postmortem.testkit.Mutations;
import dev.postmortem.testkit.PostmortemGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link PostmortemJson} shared by 8 threads gives exactly the results it gives on one thread:
 * the same text written, the same postmortem read, the same message for a refused input.
 */
class SharedFacadeTest {

    private static final int THREADS = 8;
    private static final int MODELS = 2_000;
    private static final int MUTANTS = 2_000;

    /** What one task gave: the text written, and the postmortem read or the exception's message. */
    private record Outcome(String written, Postmortem read, String refused) {
    }

    /** Writes the model if there is one, then reads the text (the written text when there is a model). */
    private static Outcome run(PostmortemJson json, Postmortem model, String text) {
        String written = model == null ? null : json.write(model);
        String input = model == null ? text : written;
        try {
            return new Outcome(written, json.read(input), null);
        } catch (PostmortemJsonException e) {
            return new Outcome(written, null, e.getMessage());
        }
    }

    @Test
    @Timeout(60)
    void eightThreadsGiveTheSequentialResults() throws Exception {
        PostmortemJson json = PostmortemJson.builder().ignoreUnknownProperties(false).build();
        List<Postmortem> models = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        PostmortemGenerator.seeds(MODELS).forEach(seed -> {
            models.add(PostmortemGenerator.withSeed(seed).next());
            texts.add(null);
        });
        // Broken inputs too: refusals must not leak state from one thread's read into another's.
        for (int i = 0; i < MUTANTS; i++) {
            models.add(null);
            texts.add(Mutations.withSeed(i).mutate(json.write(models.get(i)), 2).text());
        }
        int n = models.size();
        List<Outcome> sequential = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sequential.add(run(json, models.get(i), texts.get(i)));
        }
        long refusals = sequential.stream().filter(o -> o.refused() != null).count();
        assertTrue(refusals > MUTANTS / 2, "too few refusals to test: " + refusals);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long order = t;
                futures.add(pool.submit(() -> {
                    List<Integer> indices = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        indices.add(i);
                    }
                    Collections.shuffle(indices, new Random(order));
                    List<String> mismatches = new ArrayList<>();
                    start.await();
                    for (int i : indices) {
                        Outcome o = run(json, models.get(i), texts.get(i));
                        if (!o.equals(sequential.get(i)) && mismatches.size() < 5) {
                            mismatches.add("input " + i + ": " + o + "\n  sequential: " + sequential.get(i));
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
            System.out.println("shared PostmortemJson: " + THREADS + " threads x " + n + " inputs (" + refusals
                    + " refused) gave the sequential results");
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
