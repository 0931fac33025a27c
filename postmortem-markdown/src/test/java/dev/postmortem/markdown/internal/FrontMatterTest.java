package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The hand reader of flat front matter gives the YAML engine's tree, and leaves everything else to it. */
class FrontMatterTest {

    private static final String[] KEYS = {"id", "status", "severity", "date", "authors", "author", "tags", "title", "team",
        "x-ref", "_k", "Key9"};
    private static final String[] ODD_KEYS = {"null", "true", "on", "a b", "2x", "k:", " id", "id ", "\"q\"", "-x"};
    private static final String[] VALUES = {"INC-2024-118", "final", "SEV2", "2024-11-18", "Ingrid Solberg", "Ólafur Arnalds",
        "v1.2", "a@b.c", "x+y", "a/b", "snake_case", "\"double\"", "\"with \\\"escape\\\"\"", "\"tab\\there\"",
        "\"new\\nline\"", "\"\"", "\"é ü ß\"", "\"nbsp\u00a0x\"", "[a, b]", "[\"a\", \"b\"]", "[]", "[ ]", "[a,b]",
        "[\"a, b\", c]", "[a b, c-d]", "[\"x\" , y ]", "Straße", "naïve café", "trailing   ", "two  spaces", "\"2024-01-02\"",
        "\"a: b # c\"", "\"[x]\"", "[\"true\", \"1\"]"};
    private static final String[] ODD_VALUES = {"2024-1-18", "2024-11-18x", "true", "False", "yes", "No", "on", "OFF", "y", "N",
        "null", "Null", "~", "", "42", "007", "1.50", "0x1F", "1e3", ".inf", "-", "- a", "a: b", "a #c", "a#b", "'single'",
        "\"uni\\u00e9\"", "\"bad\\q\"", "\"open", "\"a\" b", "\"emoji 🔥\"", "\"ctl\u0001\"", "&anchor", "*alias",
        "!tag x", "|", ">", "{a: b}", "[a, ]", "[a, [b]]", "[1, 2]", "[true]", "[a", "a]", "x\u2028y", "\ttab", "%x", "@x",
        "`x`", "a,b", "[x]y"};

    @Test
    void readsFlatFrontMatterAsTheYamlEngineDoes() {
        Random random = new Random(1126L);
        int read = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(12) == 0) {
                    yaml.append(random.nextBoolean() ? "\n" : "# comment\n");
                    continue;
                }
                boolean odd = random.nextInt(12) == 0;
                yaml.append(odd && random.nextBoolean() ? ODD_KEYS[random.nextInt(ODD_KEYS.length)] : KEYS[random.nextInt(KEYS.length)]);
                yaml.append(':').append(" ".repeat(random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(2)));
                yaml.append(odd ? ODD_VALUES[random.nextInt(ODD_VALUES.length)] : VALUES[random.nextInt(VALUES.length)]);
                if (random.nextInt(10) == 0) {
                    yaml.append("  ");
                }
                yaml.append('\n');
            }
            String text = yaml.toString();
            JsonNode flat = FrontMatter.flat(text);
            if (flat == null) {
                continue;
            }
            read++;
            assertEquals(FrontMatter.Yaml.MAPPER.readTree(text), flat, () -> "front matter:\n" + text);
            assertEquals(FrontMatter.read(FrontMatter.Yaml.MAPPER.readTree(text)), FrontMatter.read(text),
                    () -> "front matter:\n" + text);
        }
        assertEquals(true, read > 5_000, "too few documents read by hand: " + read);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "id: INC-2024-118\nstatus: final\nseverity: SEV2\ndate: 2024-11-18\nauthors: [Ingrid Solberg, Kofi Mensah]\n"
                + "tags: [booking, database]\nteam: ferry-platform\n",
        "date: \"2025-08-24\"\nauthors: [\"Platform team\"]\ntags: [\"customer-impact\", \"database\", \"network\"]\n"})
    void readsTheFrontMatterOfTheExamplesByHand(String yaml) {
        assertNotNull(FrontMatter.flat(yaml));
        assertEquals(FrontMatter.Yaml.MAPPER.readTree(yaml), FrontMatter.flat(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sidebar:\n  title: x\n", "a: 1\n", "# c\na: b\n", "a: b\na: c\n", "", "\n", "a: yes\n"})
    void leavesTheRestToTheYamlEngine(String yaml) {
        assertNull(FrontMatter.flat(yaml));
    }
}
