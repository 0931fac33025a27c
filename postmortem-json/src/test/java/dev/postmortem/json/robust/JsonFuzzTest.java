package dev.postmortem.json.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postmortem.core.Postmortem;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.PostmortemJsonException;
import dev.postmortem.testkit.Mutations;
import dev.postmortem.testkit.Mutations.Kind;
import dev.postmortem.testkit.Mutations.Mutant;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of {@link PostmortemJson#read}: broken variants of the golden documents and of
 * generated documents, and every cut of small documents, each end in a postmortem or in a
 * {@link PostmortemJsonException} whose message names a JSON Pointer, line and column, within one
 * second. A postmortem read from a mutant must also survive its own round trip.
 *
 * <p>{@code -Dpostmortem.fuzz.count=1000000} runs more mutants (default {@value #DEFAULT_COUNT});
 * {@code -Dpostmortem.fuzz.seed=S} moves the run to other seeds. A failure prints the seed of the
 * failing input, its mutations and the input; {@link #replay(long)} gives the same input again.
 */
class JsonFuzzTest {

    private static final int DEFAULT_COUNT = 10_000;
    private static final long DEFAULT_SEED = 20240322L;
    private static final long ONE_SECOND = 1_000_000_000L;
    private static final int GENERATED_SOURCES = 40;

    private static final PostmortemJson STRICT = PostmortemJson.create();
    private static final PostmortemJson LENIENT = PostmortemJson.builder().ignoreUnknownProperties(true).build();
    private static final PostmortemJson COMPACT = PostmortemJson.builder().pretty(false).build();

    /** Documents the mutants start from: the golden files and generated documents, pretty and compact. */
    private static final List<String> SOURCES = sources();

    private static List<String> sources() {
        List<String> sources = new ArrayList<>(Outcomes.goldenDocuments().values());
        PostmortemGenerator.seeds(GENERATED_SOURCES).forEach(seed -> {
            Postmortem pm = PostmortemGenerator.withSeed(seed).next();
            sources.add(STRICT.write(pm));
            sources.add(COMPACT.write(pm));
        });
        return List.copyOf(sources);
    }

    /** How an input is handed to the reader. */
    private enum Feed { STRING, READER, BYTES }

    /** One fuzz input, built from its seed alone so that it can be replayed. */
    private record Input(long seed, String text, byte[] bytes, Feed feed, PostmortemJson json, String description) {
    }

    static Input replay(long seed) {
        Random r = new Random(seed);
        String source = SOURCES.get(r.nextInt(SOURCES.size()));
        Mutant m = Mutations.withSeed(seed).mutate(source, 1 + r.nextInt(3));
        Feed feed = Feed.values()[r.nextInt(3)];
        PostmortemJson json = r.nextBoolean() ? STRICT : LENIENT;
        String description = m.description() + " [" + feed + (json == LENIENT ? ", ignoreUnknownProperties" : "") + "]";
        byte[] bytes = null;
        if (feed == Feed.BYTES) {
            bytes = m.text().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && r.nextInt(4) == 0) {
                // Raw bytes that are no longer UTF-8 reach the stream parser's own decoding.
                int at = r.nextInt(bytes.length);
                bytes[at] ^= (byte) (1 << r.nextInt(8));
                description += "; then flip a bit of raw byte " + at;
            }
        }
        return new Input(seed, m.text(), bytes, feed, json, description);
    }

    @Test
    void mutantsReadToAPostmortemOrADocumentedException() {
        int count = Integer.getInteger("postmortem.fuzz.count", DEFAULT_COUNT);
        long base = Long.getLong("postmortem.fuzz.seed", DEFAULT_SEED);
        Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
        int[] read = {0};
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60 + count / 200), () -> {
            for (int i = 0; i < count; i++) {
                long seed = base * 1_000_003L + i;
                Input input = replay(seed);
                if (check(input)) {
                    read[0]++;
                }
                for (String label : input.description().split("; ")) {
                    for (Kind k : Kind.values()) {
                        if (label.startsWith(k.label() + ":")) {
                            perKind.computeIfAbsent(k, x -> new int[1])[0]++;
                        }
                    }
                }
            }
        }, () -> "fuzzing " + count + " inputs (seed " + base + ") took too long");
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("fuzzed " + count + " JSON inputs (seed " + base + ") in " + ms + " ms: " + read[0]
                + " read, " + (count - read[0]) + " refused; mutations per kind " + labels(perKind));
        assertTrue(read[0] > 0, "no mutant was readable: the mutations are too coarse to test the accepting paths");
    }

    @Test
    void everyCutOfSmallDocumentsIsRefusedCleanly() {
        List<String> small = new ArrayList<>(Outcomes.goldenDocuments().values());
        PostmortemGenerator.seeds(6).forEach(seed -> small.add(COMPACT.write(PostmortemGenerator.withSeed(seed).next())));
        int[] inputs = {0};
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String doc : small) {
                String whole = doc.strip();
                for (Mutant cut : (Iterable<Mutant>) Mutations.prefixes(doc)::iterator) {
                    inputs[0]++;
                    boolean ok = check(new Input(-1, cut.text(), null, Feed.STRING, STRICT, cut.description()));
                    // Only the whole document, with or without its final line break, is a postmortem.
                    if (ok != cut.text().strip().equals(whole)) {
                        fail("cut " + cut.description() + " was " + (ok ? "read" : "refused") + ":\n" + Outcomes.show(cut.text()));
                    }
                }
                for (Mutant cut : (Iterable<Mutant>) Mutations.suffixes(doc)::iterator) {
                    inputs[0]++;
                    boolean ok = check(new Input(-1, cut.text(), null, Feed.STRING, STRICT, cut.description()));
                    if (ok != cut.text().equals(doc)) {
                        fail("cut " + cut.description() + " was " + (ok ? "read" : "refused") + ":\n" + Outcomes.show(cut.text()));
                    }
                }
            }
        });
        System.out.println("fuzzed " + inputs[0] + " JSON inputs (every prefix and suffix of " + small.size()
                + " documents) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Reads one input; true if it gave a postmortem, false if it was refused in the documented way.
     * Anything else fails the test with the input's seed, mutations and text.
     */
    private static boolean check(Input input) {
        long t0 = System.nanoTime();
        boolean ok;
        String problem = null;
        Throwable thrown = null;
        try {
            Postmortem pm = switch (input.feed()) {
                case STRING -> input.json().read(input.text());
                case READER -> input.json().read(new StringReader(input.text()));
                case BYTES -> input.json().read(new ByteArrayInputStream(input.bytes()));
            };
            ok = true;
            String again = STRICT.write(pm);
            if (!pm.equals(STRICT.read(again))) {
                problem = "a mutant read to a postmortem that does not survive write then read:\n" + again;
            }
        } catch (PostmortemJsonException e) {
            ok = false;
            problem = Outcomes.undocumented(e);
            thrown = e;
        } catch (Throwable e) {
            ok = false;
            problem = "undocumented exception " + e;
            thrown = e;
        }
        long nanos = System.nanoTime() - t0;
        if (problem == null && nanos > ONE_SECOND) {
            problem = "took " + nanos / 1_000_000 + " ms";
        }
        if (problem != null) {
            AssertionError error = new AssertionError("fuzz input failed: " + problem + "\n  input seed: " + input.seed()
                    + " (replay: JsonFuzzTest.replay(" + input.seed() + "L))\n  mutations: " + input.description()
                    + "\n  input: " + Outcomes.show(input.text()), thrown);
            System.out.println(error.getMessage());
            throw error;
        }
        return ok;
    }

    private static String labels(Map<Kind, int[]> perKind) {
        StringBuilder sb = new StringBuilder("{");
        perKind.forEach((k, n) -> sb.append(sb.length() > 1 ? ", " : "").append(k.label()).append('=').append(n[0]));
        return sb.append('}').toString();
    }
}
