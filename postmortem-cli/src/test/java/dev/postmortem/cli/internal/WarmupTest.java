package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.validation.PostmortemValidator;
import dev.postmortem.core.validation.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The start-up head start exercises the validator, and never fails a command. */
class WarmupTest {

    @Test
    void sampleBreaksTheDocumentRules() {
        List<Diagnostic> found = PostmortemValidator.defaults().validate(Warmup.sample());
        Set<String> ids = found.stream().map(Diagnostic::ruleId).collect(Collectors.toSet());
        for (Rule rule : List.of(Rule.DURATION_MISMATCH, Rule.TIMELINE_ORDER, Rule.ZONE_UNKNOWN, Rule.SECTION_MISSING,
                Rule.ACTION_OWNER_MISSING)) {
            assertTrue(ids.contains(rule.id()), () -> rule.id() + " not found in " + ids);
        }
    }

    @Test
    void validationRunsQuietly() {
        Warmup.validation();
        Warmup.startFor(new String[] {"check", "nothing.md"});
        Warmup.startFor(new String[0]);
    }
}
