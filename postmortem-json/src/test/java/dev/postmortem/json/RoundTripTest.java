package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import dev.postmortem.core.Postmortem;
import dev.postmortem.testkit.PostmortemGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code read(write(m))} equals {@code m} for thousands of generated models. A failure names its
 * seed; replay it with {@code PostmortemGenerator.withSeed(seed).next()}, or move the whole run to
 * other seeds with {@code -Dpostmortem.seed=...}.
 */
class RoundTripTest {

    private static final int MODELS = 5_000;
    private static final int SCHEMA_CHECKED = 500;

    private static final PostmortemJson PRETTY = PostmortemJson.create();
    private static final PostmortemJson COMPACT = PostmortemJson.builder().pretty(false).build();

    @Test
    void readOfWriteGivesTheModel() {
        for (long seed : PostmortemGenerator.seeds(MODELS).toArray()) {
            Postmortem pm = PostmortemGenerator.withSeed(seed).next();
            String pretty = PRETTY.write(pm);
            assertEquals(pm, read(PRETTY, pretty, seed), () -> "seed " + seed + ", pretty:\n" + pretty);
            String compact = COMPACT.write(pm);
            assertEquals(pm, read(COMPACT, compact, seed), () -> "seed " + seed + ", compact:\n" + compact);
            assertEquals(pretty, PRETTY.write(COMPACT.read(compact)), () -> "seed " + seed + ": output is canonical");
        }
    }

    @Test
    void streamsAndStringsAgree() {
        for (long seed : PostmortemGenerator.seeds(200).toArray()) {
            Postmortem pm = PostmortemGenerator.withSeed(seed).next();
            String text = PRETTY.write(pm);
            StringWriter chars = new StringWriter();
            PRETTY.write(pm, chars);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PRETTY.write(pm, bytes);
            assertEquals(text, chars.toString(), () -> "seed " + seed);
            assertEquals(text, bytes.toString(java.nio.charset.StandardCharsets.UTF_8), () -> "seed " + seed);
            assertEquals(pm, PRETTY.read(new StringReader(text)), () -> "seed " + seed);
            assertEquals(pm, PRETTY.read(new ByteArrayInputStream(bytes.toByteArray())), () -> "seed " + seed);
        }
    }

    @Test
    void everythingWrittenValidatesAgainstTheSchema() {
        for (long seed : PostmortemGenerator.seeds(SCHEMA_CHECKED).toArray()) {
            String json = COMPACT.write(PostmortemGenerator.withSeed(seed).next());
            List<Error> errors = SchemaSupport.validate(json);
            assertEquals(List.of(), errors, () -> "seed " + seed + ":\n" + json);
        }
    }

    private static Postmortem read(PostmortemJson json, String text, long seed) {
        try {
            return json.read(text);
        } catch (PostmortemJsonException e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + text, e);
        }
    }
}
