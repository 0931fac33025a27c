package dev.postmortem.markdown.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.markdown.ParseResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents the fuzz tests found not rendering to a fixed point, each fixed in the parser. */
class FuzzFindingsTest {

    /** Asserts that render(parse(d)) is a fixed point of parse-then-render and returns the first model. */
    private static Postmortem assertFixedPoint(String doc) {
        Postmortem first = Fixtures.PARSER.parse(doc).postmortem();
        String once = Fixtures.RENDERER.render(first);
        String twice = Fixtures.RENDERER.render(Fixtures.PARSER.parse(once).postmortem());
        assertEquals(once, twice, () -> "not a fixed point for\n" + doc);
        return first;
    }

    @Test
    void aFirstLineThatReadsAsASectionHeadingIsNotTheTitle() {
        // A suffix of lighthouse-outage.md: "# *Task List:**" would come back as the actions heading.
        Postmortem pm = assertFixedPoint("*Task List:**\n1. **Clean up:** Delete the old credentials.\n");
        assertNull(pm.title());
        pm = assertFixedPoint("-fix**\n\n## Summary\n\nAll good.\n");
        assertNull(pm.title());
        assertEquals("Plain title", assertFixedPoint("Plain title\n\n## Summary\n\nAll good.\n").title());
    }

    @Test
    void anEmptyItemAmongActionsIsKept() {
        // A prefix of lighthouse-outage.md ending in "1.": the empty item was dropped on the second parse.
        assertFixedPoint("# T\n\n## Corrective actions\n\n**Task List:**\n1.");
        Postmortem pm = assertFixedPoint("# T\n\n## Corrective actions\n\n1. **Add an alert**\n2.\n");
        assertEquals(1, pm.actions().size());
        assertEquals(List.of(new Section("Corrective actions", "2.")), pm.sections());
    }

    @Test
    void labelLinesOverADashedLineAreLabelsNotAHeading() {
        // A suffix of ferry-booking-incident.md that cuts the opening fence of its front matter: the
        // lines above the closing "---" made a setext heading, which came back as a label once written
        // as "## ...".
        String doc = "18\nauthors: [Ingrid Solberg, Kofi Mensah]\ntags: [booking, database]\n---\n\n# Ferry\n\n"
                + "## Summary\n\nSearch failed.\n";
        Postmortem pm = assertFixedPoint(doc);
        assertTrue(pm.sections().stream().noneMatch(s -> s.heading().contains("tags")), pm::toString);
        assertTrue(Fixtures.RENDERER.render(pm).contains("tags: [booking, database]"));
        Postmortem dated = assertFixedPoint("2\ndate: 2024-11-18\nteam: ferry\n---\n\n# Ferry\n");
        assertEquals(LocalDate.of(2024, 11, 18), dated.metadata().date());
        // a setext heading that is not a label stays a heading
        Postmortem heading = assertFixedPoint("# T\n\nCustomer\ncommunication\n---\n\nWe wrote to everyone.\n");
        assertEquals(List.of(new Section("Customer communication", "We wrote to everyone.")), heading.sections());
    }

    @Test
    void anImpossibleOffsetIsAnUnreadableTimeNotAParserFailure() {
        // MarkdownFuzzTest.replay(20240382772379L) with 100,000 mutants: "+51:00" threw DateTimeException
        // inside the parser, which then kept the whole document as one section with a parser-failure.
        String doc = "# T\n\n## Summary\n\n**Start:** 2018-07-12 23:43+51:00\n\n## Timeline\n\n- **23:43+25:00** - x\n";
        ParseResult r = Fixtures.PARSER.parse(doc);
        assertNull(Fixtures.badResult(doc, r), () -> Fixtures.badResult(doc, r));
        assertEquals("unparsed-time", r.diagnostics().get(0).ruleId());
        assertNull(r.postmortem().summary().start());
        assertTrue(r.postmortem().summary().description().contains("23:43+51:00"));
        assertEquals("**23:43+25:00** - x", r.postmortem().timeline().entries().get(0).text());
        assertFixedPoint(doc);
    }
}
