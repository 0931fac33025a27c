package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Front matter that only the YAML engine reads reads the same again when what it read as is kept. */
class FrontMatterEngineCacheTest {

    @Test
    void readsTheSameAgain() {
        String yaml = "owner:\n  team: storage\n  level: 2\nseverity: 1\ntags:\n  - db\n  - disk\n";
        assertNull(FrontMatter.flat(yaml), "left to the YAML engine");
        FrontMatter.Read first = FrontMatter.read(yaml);
        assertNotNull(first);
        for (int i = 0; i < 3; i++) {
            assertEquals(first, FrontMatter.read(yaml));
        }
    }

    @Test
    void failsTheSameAgain() {
        assertNull(FrontMatter.read("key: [unclosed\n"));
        assertNull(FrontMatter.read("key: [unclosed\n"));
        assertNull(FrontMatter.read("- a\n- b\n"), "not a mapping");
        assertNull(FrontMatter.read("- a\n- b\n"));
    }

    @Test
    void manyFrontMattersEachReadAsAlone() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 100; i++) {
                String yaml = "n: " + i + "\nnested:\n  k: v" + i + "\n";
                FrontMatter.Read read = FrontMatter.read(yaml);
                assertEquals(String.valueOf(i), read.metadata().extra().get("n"), yaml);
                assertEquals("{\"k\":\"v" + i + "\"}", read.metadata().extra().get("nested"), yaml);
            }
        }
    }
}
