package dev.postmortem.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Timestamp;
import dev.postmortem.core.validation.PostmortemValidator;
import dev.postmortem.core.validation.Rule;
import dev.postmortem.testkit.InvalidPostmortems.InvalidPostmortem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GeneratedModelsTest {

    private static final PostmortemValidator VALIDATOR = PostmortemValidator.defaults();

    @Test
    void tenThousandGeneratedModelsHaveNoErrors() {
        List<String> failures = new ArrayList<>();
        PostmortemGenerator.seeds(10_000).forEach(seed -> {
            Postmortem pm = PostmortemGenerator.withSeed(seed).next();
            List<Diagnostic> errors = VALIDATOR.validate(pm).stream().filter(Diagnostic::isError).toList();
            if (!errors.isEmpty() && failures.size() < 5) {
                failures.add("seed " + seed + " (replay with PostmortemGenerator.withSeed(" + seed + "L)): " + errors);
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void sameSeedGivesSameModel() {
        PostmortemGenerator.seeds(200).forEach(seed ->
                assertEquals(PostmortemGenerator.withSeed(seed).next(), PostmortemGenerator.withSeed(seed).next(),
                        "seed " + seed));
    }

    @Test
    void generatedModelsCoverTheShapesTheyPromise() {
        int timeOnly = 0;
        int dated = 0;
        int labelled = 0;
        int bareOffset = 0;
        int pastMidnight = 0;
        int emptyTimeline = 0;
        int hugeTimeline = 0;
        int unicode = 0;
        for (long seed : PostmortemGenerator.seeds(2_000).toArray()) {
            Postmortem pm = PostmortemGenerator.withSeed(seed).next();
            List<Timestamp> stamps = pm.timeline().entries().stream().map(e -> e.at()).filter(Objects::nonNull).toList();
            timeOnly += stamps.stream().anyMatch(t -> !t.hasDate()) ? 1 : 0;
            dated += stamps.stream().anyMatch(Timestamp::hasDate) ? 1 : 0;
            labelled += stamps.stream().anyMatch(t -> t.zoneLabel() != null) ? 1 : 0;
            bareOffset += stamps.stream().anyMatch(t -> t.offset() != null && t.zoneLabel() == null) ? 1 : 0;
            for (int i = 1; i < stamps.size(); i++) {
                if (!stamps.get(i).hasDate() && stamps.get(i).time().isBefore(stamps.get(i - 1).time())) {
                    pastMidnight++;
                    break;
                }
            }
            emptyTimeline += pm.timeline().entries().isEmpty() ? 1 : 0;
            hugeTimeline += pm.timeline().entries().size() >= 200 ? 1 : 0;
            unicode += pm.toString().chars().anyMatch(c -> c > 0x2000) ? 1 : 0;
        }
        Map<String, Integer> counts = Map.of("timeOnly", timeOnly, "dated", dated, "labelled", labelled,
                "bareOffset", bareOffset, "pastMidnight", pastMidnight, "emptyTimeline", emptyTimeline,
                "hugeTimeline", hugeTimeline, "unicode", unicode);
        counts.forEach((k, v) -> assertTrue(v > 0, "no generated model has " + k + ": " + counts));
    }

    @TestFactory
    Stream<DynamicTest> eachInvalidVariantTripsExactlyItsRule() {
        return Stream.of(Rule.values()).map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Map<Rule, Integer> checked = new EnumMap<>(Rule.class);
            PostmortemGenerator.seeds(300).forEach(seed -> {
                InvalidPostmortem c = InvalidPostmortems.withSeed(seed).next(rule);
                String replay = "seed " + seed + " (InvalidPostmortems.withSeed(" + seed + "L).next(Rule." + rule.name()
                        + ")), " + c.description();
                List<String> before = VALIDATOR.validate(c.valid()).stream()
                        .filter(d -> !d.ruleId().equals(rule.id())).map(Diagnostic::toString).toList();
                List<Diagnostic> afterAll = VALIDATOR.validate(c.invalid());
                List<String> after = afterAll.stream()
                        .filter(d -> !d.ruleId().equals(rule.id())).map(Diagnostic::toString).toList();
                long targetBefore = VALIDATOR.validate(c.valid()).stream().filter(d -> d.ruleId().equals(rule.id())).count();
                long targetAfter = afterAll.stream().filter(d -> d.ruleId().equals(rule.id())).count();
                if (targetAfter <= targetBefore) {
                    fail(replay + ": rule " + rule.id() + " did not fire; findings: " + afterAll);
                }
                assertEquals(before, after, replay + ": other findings changed");
                checked.merge(rule, 1, Integer::sum);
            });
            assertEquals(300, checked.get(rule));
        }));
    }

    @Test
    void invalidVariantsAreDeterministic() {
        for (long seed : PostmortemGenerator.seeds(50).toArray()) {
            assertEquals(InvalidPostmortems.withSeed(seed).next(), InvalidPostmortems.withSeed(seed).next(), "seed " + seed);
        }
    }

    @Test
    void fixedTimelineSizeIsHonoured() {
        assertEquals(1_000, PostmortemGenerator.withSeed(1).withTimelineSize(1_000).next().timeline().entries().size());
        assertEquals(0, PostmortemGenerator.withSeed(1).withTimelineSize(0).next().timeline().entries().size());
        Map<Boolean, Long> errors = Stream.of(10, 1_000, 5_000)
                .map(n -> PostmortemGenerator.withSeed(n).withTimelineSize(n).next())
                .collect(Collectors.partitioningBy(pm -> VALIDATOR.validate(pm).stream().anyMatch(Diagnostic::isError),
                        Collectors.counting()));
        assertEquals(0L, errors.get(true));
    }
}
