package dev.postmortem.markdown.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.markdown.ParseResult;
import dev.postmortem.markdown.PostmortemParseException;
import dev.postmortem.markdown.robust.Fixtures.Doc;
import dev.postmortem.testkit.Mutations;
import dev.postmortem.testkit.Mutations.Kind;
import dev.postmortem.testkit.Mutations.Mutant;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of {@link dev.postmortem.markdown.PostmortemParser#parse}: broken variants of the
 * examples, of generated documents and of the corpus (with {@code -Dpostmortem.corpus}), and every
 * prefix and suffix of small documents. Each input ends, within one second, in a result whose
 * positions lie inside the document and which holds no {@code parser-failure}; its rendering does not
 * throw, and rendering is a fixed point of parse-then-render (guarantee 2), checked for every
 * {@value #FIXED_POINT_EVERY}th mutant and every fourth cut. A {@link PostmortemParseException} is never
 * right here: every input is far below the size limit.
 *
 * <p>Known gap: about 3 in 10,000 mutants need two rounds of parse-then-render to settle: a time in
 * bold followed by stray characters ({@code - **20:10"x** - text}) reads as an entry without a time
 * whose plainer rendering then has one; a contributor whose URL is glued to dashes
 * ({@code Name - ---https://...}); a shuffled document whose h2 title comes back as h1. Those are
 * collected, printed with their seeds, and allowed up to {@value #FIXED_POINT_BUDGET_PER_MILLE} per
 * thousand checked inputs; any other failure fails at once.
 *
 * <p>{@code -Dpostmortem.fuzz.count=N} runs N mutants (default {@value #DEFAULT_COUNT}), as it does
 * for the JSON fuzz test; {@code -Dpostmortem.fuzz.seed=S} moves the run to other seeds. A failure
 * prints the failing input's seed, its source, its mutations and its text; {@link #replay(long)}
 * gives the same input again.
 */
class MarkdownFuzzTest {

    private static final int DEFAULT_COUNT = 8_000;
    private static final long DEFAULT_SEED = 20240322L;
    private static final long ONE_SECOND = 1_000_000_000L;
    private static final int GENERATED_SOURCES = 40;
    private static final int FIXED_POINT_EVERY = 5;
    private static final int FIXED_POINT_BUDGET_PER_MILLE = 1;

    /** Documents the mutants start from: the examples, generated documents and the corpus when given. */
    private static final List<Doc> SOURCES = sources();

    private static List<Doc> sources() {
        List<Doc> sources = new ArrayList<>(Fixtures.examples());
        sources.addAll(Fixtures.generated(GENERATED_SOURCES));
        sources.addAll(Fixtures.corpus());
        return List.copyOf(sources);
    }

    /** One fuzz input, built from its seed alone so that it can be replayed. */
    record Input(long seed, String source, String text, boolean reader, String description) {
    }

    /** The input of a seed: a source, one to three mutations, and whether it is read as a string or a reader. */
    static Input replay(long seed) {
        Random r = new Random(seed);
        Doc source = SOURCES.get(r.nextInt(SOURCES.size()));
        Mutant m = Mutations.withSeed(seed).mutate(source.text(), 1 + r.nextInt(3));
        boolean reader = r.nextInt(4) == 0;
        return new Input(seed, source.name(), m.text(), reader, m.description() + (reader ? " [Reader]" : " [String]"));
    }

    @Test
    void mutantsParseToAResultThatRendersToAFixedPoint() {
        int count = Integer.getInteger("postmortem.fuzz.count", DEFAULT_COUNT);
        long base = Long.getLong("postmortem.fuzz.seed", DEFAULT_SEED);
        Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
        long[] fixedPoints = {0};
        List<String> unsettled = new ArrayList<>();
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60 + count / 200), () -> {
            for (int i = 0; i < count; i++) {
                long seed = base * 1_000_003L + i;
                Input input = replay(seed);
                boolean fixedPoint = i % FIXED_POINT_EVERY == 0;
                check(input, fixedPoint, unsettled);
                fixedPoints[0] += fixedPoint ? 1 : 0;
                for (String step : input.description().split("; ")) {
                    for (Kind k : Kind.values()) {
                        if (step.startsWith(k.label() + ":")) {
                            perKind.computeIfAbsent(k, x -> new int[1])[0]++;
                        }
                    }
                }
            }
        }, () -> "fuzzing " + count + " Markdown inputs (seed " + base + ") took too long");
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("fuzzed " + count + " Markdown inputs (seed " + base + ") in " + ms + " ms: " + SOURCES.size()
                + " sources, fixed point checked on " + fixedPoints[0] + ", " + unsettled.size()
                + " needed a second round; mutations per kind " + labels(perKind));
        assertTrue(perKind.size() == Kind.values().length, () -> "not every kind of mutation ran: " + perKind.keySet());
        assertWithinBudget(unsettled, fixedPoints[0]);
    }

    @Test
    void everyPrefixAndSuffixOfSmallDocumentsParses() {
        List<Doc> small = Fixtures.examples();
        int[] inputs = {0};
        List<String> unsettled = new ArrayList<>();
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (Doc doc : small) {
                for (Mutant cut : (Iterable<Mutant>) Mutations.prefixes(doc.text())::iterator) {
                    inputs[0]++;
                    check(new Input(-1, doc.name(), cut.text(), false, cut.description()), inputs[0] % 4 == 0, unsettled);
                }
                for (Mutant cut : (Iterable<Mutant>) Mutations.suffixes(doc.text())::iterator) {
                    inputs[0]++;
                    check(new Input(-1, doc.name(), cut.text(), false, cut.description()), inputs[0] % 4 == 0, unsettled);
                }
            }
        });
        System.out.println("fuzzed " + inputs[0] + " Markdown inputs (every prefix and suffix of " + small.size()
                + " documents) in " + (System.nanoTime() - started) / 1_000_000 + " ms, " + unsettled.size()
                + " needed a second round");
        assertWithinBudget(unsettled, inputs[0] / 4);
    }

    /** Prints every input whose rendering was not a fixed point, and fails when there are too many. */
    private static void assertWithinBudget(List<String> unsettled, long checked) {
        unsettled.stream().limit(20).forEach(u -> System.out.println("  not a fixed point: " + u));
        assertTrue(unsettled.size() * 1000L <= checked * FIXED_POINT_BUDGET_PER_MILLE, () -> unsettled.size()
                + " of " + checked + " inputs did not render to a fixed point, more than the known "
                + FIXED_POINT_BUDGET_PER_MILLE + " per thousand:\n  " + String.join("\n  ", unsettled));
    }

    /**
     * Parses one input, renders the result and, when asked, checks the fixed point. Anything but a
     * sound result fails the test with the input's seed, source, mutations and text; a rendering that
     * is not a fixed point is added to {@code unsettled} with its seed and the first difference.
     */
    private static void check(Input input, boolean fixedPoint, List<String> unsettled) {
        long t0 = System.nanoTime();
        String problem = null;
        Throwable thrown = null;
        try {
            ParseResult r = input.reader() ? Fixtures.PARSER.parse(new StringReader(input.text()))
                    : Fixtures.PARSER.parse(input.text());
            problem = Fixtures.badResult(input.text(), r);
            String once = Fixtures.RENDERER.render(r.postmortem());
            if (problem == null && fixedPoint) {
                ParseResult again = Fixtures.PARSER.parse(once);
                problem = Fixtures.badResult(once, again);
                String twice = Fixtures.RENDERER.render(again.postmortem());
                if (problem == null && !once.equals(twice)) {
                    unsettled.add((input.seed() >= 0 ? "MarkdownFuzzTest.replay(" + input.seed() + "L)" : input.source())
                            + ", " + input.description() + ": " + firstDifference(once, twice));
                }
            }
        } catch (PostmortemParseException e) {
            problem = "PostmortemParseException for an input far below the limits: " + e.getMessage();
            thrown = e;
        } catch (Throwable e) {
            problem = "undocumented exception " + e;
            thrown = e;
        }
        long nanos = System.nanoTime() - t0;
        if (problem == null && nanos > ONE_SECOND) {
            problem = "took " + nanos / 1_000_000 + " ms";
        }
        if (problem != null) {
            AssertionError error = new AssertionError("fuzz input failed: " + problem + "\n  input seed: " + input.seed()
                    + (input.seed() >= 0 ? " (replay: MarkdownFuzzTest.replay(" + input.seed() + "L))" : "")
                    + "\n  source: " + input.source() + "\n  mutations: " + input.description()
                    + "\n  input: " + Fixtures.show(input.text()), thrown);
            System.out.println(error.getMessage());
            throw error;
        }
    }

    private static String firstDifference(String a, String b) {
        String[] la = a.split("\n", -1);
        String[] lb = b.split("\n", -1);
        for (int i = 0; i < Math.min(la.length, lb.length); i++) {
            if (!la[i].equals(lb[i])) {
                return "first difference at line " + (i + 1) + ": " + Fixtures.show(la[i]) + " then " + Fixtures.show(lb[i]);
            }
        }
        return "the renderings have " + la.length + " and " + lb.length + " lines";
    }

    private static String labels(Map<Kind, int[]> perKind) {
        StringBuilder sb = new StringBuilder("{");
        perKind.forEach((k, n) -> sb.append(sb.length() > 1 ? ", " : "").append(k.label()).append('=').append(n[0]));
        return sb.append('}').toString();
    }
}
