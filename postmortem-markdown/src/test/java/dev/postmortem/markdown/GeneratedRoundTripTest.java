package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postmortem.core.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import org.junit.jupiter.api.Test;

/** Guarantee 1: for every valid model m, parse(render(m)) equals m, over thousands of generated models. */
class GeneratedRoundTripTest {

    private static final int COUNT = 3_000;

    private final PostmortemParser parser = PostmortemParser.builder().build();
    private final PostmortemRenderer renderer = PostmortemRenderer.builder().build();

    @Test
    void parseOfRenderGivesTheSameModel() {
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (long seed : PostmortemGenerator.seeds(COUNT).toArray()) {
            Postmortem m = PostmortemGenerator.withSeed(seed).next();
            String md = renderer.render(m);
            Postmortem back = parser.parse(md).postmortem();
            if (!m.equals(back)) {
                failures++;
                if (failures <= 3) {
                    report.append("\nseed ").append(seed).append(" (replay with PostmortemGenerator.withSeed(")
                            .append(seed).append("L)):\n").append(Diffs.describe(m, back)).append("\n--- rendered:\n")
                            .append(md.length() > 4000 ? md.substring(0, 4000) + "\n[...]" : md);
                }
            }
        }
        if (failures > 0) {
            fail(failures + " of " + COUNT + " generated models did not survive parse(render(m)):" + report);
        }
    }

    @Test
    void renderIsStableForGeneratedModels() {
        for (long seed : PostmortemGenerator.seeds(200).toArray()) {
            Postmortem m = PostmortemGenerator.withSeed(seed).next();
            String md = renderer.render(m);
            assertEquals(md, renderer.render(parser.parse(md).postmortem()), "seed " + seed);
        }
    }
}
