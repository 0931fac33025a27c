package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Postmortem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DocumentEditor} on its own: what it does when its own code fails. */
class DocumentEditorTest {

    private static final DocumentParser PARSER = new DocumentParser(256);

    @Test
    void aFailureInsideTheInPlaceEditFallsBackToTheCanonicalText() {
        String doc = "# Cache stampede\n\n## Summary\n\n**Impact:** Slow pages for ten minutes.\n";
        Parsed parsed = PARSER.parse(doc);
        Postmortem edited = parsed.postmortem().withSummary(parsed.postmortem().summary().withImpact("Slow pages."));
        // where the impact was read from, as a broken source map would say: past the end of the text
        Map<String, int[]> extents = new HashMap<>(parsed.extents());
        extents.put("summary.impact", new int[] {doc.length() + 10, doc.length() + 20});
        DocumentEditor.Outcome o = new DocumentEditor().edit(doc, parsed.postmortem(), extents, edited,
                text -> PARSER.parse(text).postmortem());
        assertFalse(o.preserved());
        assertTrue(o.reason().startsWith("the document could not be edited in place: StringIndexOutOfBoundsException"),
                o.reason());
        assertEquals(new MarkdownWriter().write(edited), o.text());
        assertEquals(edited, o.result());
    }
}
