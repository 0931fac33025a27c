package dev.postmortem.core.internal.validation;

import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.Postmortem;
import java.util.Map;

/** Rule {@code section-missing}. */
public final class ExpectedSectionsValidator extends DocumentRuleValidator<ExpectedSections> {

    @Override
    void check(Postmortem p, IncidentClock clock, Findings findings) {
        if (p.summary().start() == null && p.summary().end() == null) {
            findings.at("the summary states neither when the incident started nor when it ended", Map.of(),
                    "summary", "start");
        }
        if (p.timeline().entries().isEmpty()) {
            findings.at("the postmortem has no timeline entries", Map.of(), "timeline");
        }
        if (p.rootCause() == null && p.summary().rootCause() == null) {
            findings.at("the postmortem states no root cause", Map.of(), "rootCause");
        }
        if (p.resolution() == null) {
            findings.at("the postmortem has no resolution section", Map.of(), "resolution");
        }
        if (p.actions().isEmpty()) {
            findings.at("the postmortem lists no corrective actions", Map.of(), "actions");
        }
    }
}
