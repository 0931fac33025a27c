package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.postmortem.core.Postmortem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the exact pretty output of hand-built examples. To regenerate after a deliberate format
 * change, run with {@code -Dpostmortem.updateGolden=true} and review the diff.
 */
class GoldenFileTest {

    private static final PostmortemJson JSON = PostmortemJson.create();

    @TestFactory
    Stream<DynamicTest> writeGivesTheGoldenFile() {
        return Examples.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String written = JSON.write(e.getValue());
            if (Boolean.getBoolean("postmortem.updateGolden")) {
                Files.writeString(Path.of("src/test/resources/golden", e.getKey() + ".json"), written);
            }
            assertEquals(golden(e.getKey()), written, "golden/" + e.getKey() + ".json");
        }));
    }

    @TestFactory
    Stream<DynamicTest> readingTheGoldenFileGivesTheModel() {
        return Examples.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Postmortem read = JSON.read(golden(e.getKey()));
            assertEquals(e.getValue(), read, "golden/" + e.getKey() + ".json");
        }));
    }

    @TestFactory
    Stream<DynamicTest> compactOutputReadsBackToo() {
        PostmortemJson compact = PostmortemJson.builder().pretty(false).build();
        return Examples.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String written = compact.write(e.getValue());
            assertEquals(-1, written.indexOf('\n'), "compact output is one line");
            assertEquals(e.getValue(), compact.read(written));
            assertEquals(golden(e.getKey()), JSON.write(compact.read(written)));
        }));
    }

    static String golden(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            assertNotNull(in, "missing golden/" + name + ".json; run with -Dpostmortem.updateGolden=true");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Postmortem> examples() {
        return Examples.all();
    }
}
