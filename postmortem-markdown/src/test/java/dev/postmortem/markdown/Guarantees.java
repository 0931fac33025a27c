package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import java.util.List;

/** Shared assertions for guarantees 2, 4 and 5. */
final class Guarantees {

    static final PostmortemParser PARSER = PostmortemParser.builder().build();
    static final PostmortemRenderer RENDERER = PostmortemRenderer.builder().build();

    private Guarantees() {
    }

    /** Guarantee 2 (render(parse(d)) is a fixed point of parse-then-render) and guarantee 4 (no word lost). */
    static void assertFixedPointAndNoLostWords(String name, String doc) {
        Postmortem first = PARSER.parse(doc).postmortem();
        String once = RENDERER.render(first);
        Postmortem second = PARSER.parse(once).postmortem();
        String twice = RENDERER.render(second);
        if (!once.equals(twice)) {
            fail(name + ": render(parse(d)) is not a fixed point; the models differ in\n" + Diffs.describe(first, second)
                    + "\n--- first rendering:\n" + clip(once) + "\n--- second rendering:\n" + clip(twice));
        }
        List<String> lost = Words.lost(doc, once);
        assertTrue(lost.isEmpty(), () -> name + ": words lost in rendering: " + lost + "\n--- input:\n" + clip(doc)
                + "\n--- rendered:\n" + clip(once));
    }

    /** Guarantee 5: a result (and no parser failure), or the one documented exception. */
    static void assertParses(String name, String doc) {
        try {
            ParseResult r = PARSER.parse(doc);
            for (Diagnostic d : r.diagnostics()) {
                assertEquals(false, d.ruleId().equals("parser-failure"), () -> name + ": " + d + "\n--- input:\n" + clip(doc));
            }
        } catch (PostmortemParseException expected) {
            // unreadable input is allowed to end this way
        } catch (RuntimeException e) {
            throw new AssertionError(name + ": " + e + "\n--- input:\n" + clip(doc), e);
        }
    }

    static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "\n[... " + (s.length() - 2000) + " more characters]" : s;
    }
}
