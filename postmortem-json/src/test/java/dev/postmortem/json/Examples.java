package dev.postmortem.json;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionKind;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.EntryKind;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built postmortems, each pinned by a golden file {@code golden/NAME.json}. */
final class Examples {

    private Examples() {
    }

    /** Name to model, in a fixed order. */
    static Map<String, Postmortem> all() {
        Map<String, Postmortem> all = new LinkedHashMap<>();
        all.put("minimal", Postmortem.builder().build());
        all.put("checkout-outage", checkoutOutage());
        all.put("partial-times", partialTimes());
        all.put("odd-text", oddText());
        return all;
    }

    /** Every field of the format set once. */
    static Postmortem checkoutOutage() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("service", "checkout-api");
        extra.put("region", "eu-west-2");
        extra.put("customer-facing", "yes");
        return Postmortem.builder()
                .title("Checkout requests failing after a config push")
                .metadata(Metadata.builder()
                        .id("INC-2024-031")
                        .status("final")
                        .severity("SEV2")
                        .date(LocalDate.of(2024, 3, 22))
                        .authors(List.of("Noor Haddad", "Tomas Lind"))
                        .tags(List.of("config", "payments"))
                        .extra(extra)
                        .build())
                .summary(Summary.builder()
                        .description("A malformed rate-limit rule reached every checkout node.")
                        .start(Timestamp.parse("2024-03-22T14:02Z[UTC]"))
                        .end(Timestamp.parse("2024-03-22T16:32Z[UTC]"))
                        .duration(Duration.ofMinutes(150))
                        .impact("About 40% of checkout attempts returned HTTP 503.")
                        .rootCause("A rule with an empty match list matched every request.")
                        .build())
                .timeline(new Timeline("All times UTC.", List.of(
                        TimelineEntry.of(Timestamp.parse("14:02"), "Config push 4711 reached all nodes"),
                        TimelineEntry.of(Timestamp.parse("14:09"), "Alert fired for checkout error rate"),
                        TimelineEntry.of(Timestamp.parse("14:20"), "Escalated to the edge team"),
                        new TimelineEntry(Timestamp.parse("14:45"), "Suspected the payment provider; their status was green",
                                EntryKind.MISLEADING),
                        TimelineEntry.of(Timestamp.parse("15:50"), "Rolled back push 4711"),
                        TimelineEntry.of(Timestamp.parse("16:32"), "Full service restored"))))
                .rootCause("The rule validator accepted an **empty** match list.\n\nAn empty list means *match all*.")
                .resolution("Push 4711 was rolled back.")
                .lessons("- Validate rules before they ship\n- Canary config pushes")
                .actions(List.of(
                        ActionItem.builder("Reject empty match lists in the rule validator")
                                .status(ActionStatus.DONE)
                                .description("Fail the push with a clear message.")
                                .owner("Tomas Lind")
                                .due(LocalDate.of(2024, 3, 29))
                                .kind(ActionKind.PREVENT)
                                .link("https://tracker.example/EDGE-118")
                                .build(),
                        ActionItem.builder("Canary config pushes to one region first")
                                .status(ActionStatus.IN_PROGRESS)
                                .kind(ActionKind.MITIGATE)
                                .build(),
                        ActionItem.of("Review alert thresholds")))
                .sections(List.of(
                        new Section("Visual Summary", "![error rate](error-rate.png)"),
                        new Section("Appendix", "")))
                .contributors(List.of(
                        new Contributor("Noor Haddad", "https://people.example/noor"),
                        Contributor.of("Tomas Lind")))
                .build();
    }

    /** Timestamps of every precision, and a timeline past midnight. */
    static Postmortem partialTimes() {
        return Postmortem.builder()
                .title("Batch import stalled overnight")
                .summary(Summary.builder()
                        .start(Timestamp.parse("2023-11-04T22:20-08:00[PST]"))
                        .end(Timestamp.parse("2023-11-05"))
                        .duration(Duration.ofHours(26).plusSeconds(5))
                        .build())
                .timeline(Timeline.of(List.of(
                        TimelineEntry.of(Timestamp.parse("22:20-08:00[PST]"), "Import job paged the on-call"),
                        TimelineEntry.of(Timestamp.parse("23:59:30"), "Investigated the queue depth"),
                        TimelineEntry.of(Timestamp.parse("00:10:05.250"), "Restarted the consumer"),
                        TimelineEntry.of(Timestamp.parse("01:00+05:30"), "Checked with the Bengaluru team"),
                        TimelineEntry.of(Timestamp.parse("09:00[XYZ]"), "Status update sent"),
                        TimelineEntry.of(Timestamp.parse("2023-11-05"), "Backfill planned"),
                        TimelineEntry.of(null, "Someone noticed the dashboard was stale"),
                        new TimelineEntry(Timestamp.parse("2023-11-05T10:00Z"), "Backfill done", EntryKind.RESOLUTION))))
                .build();
    }

    /** Text that needs escaping, non-Latin scripts, and parts present without their neighbours. */
    static Postmortem oddText() {
        return Postmortem.builder()
                .title("\"Quotes\", back\\slashes and a tab\there")
                .metadata(Metadata.builder().tags(List.of("ünïcödé", "日本語", "emoji 🔥")).build())
                .summary(Summary.builder().impact("Line one\nLine two\r\nLine three").build())
                .timeline(new Timeline("Only notes, no entries: </script> & <b>", List.of()))
                .actions(List.of(ActionItem.builder("Follow up").owner("Zoë").build()))
                .sections(List.of(new Section("  Padded heading  ", "\n\nbody with leading newlines\n")))
                .contributors(List.of(Contributor.of("Ωmega")))
                .build();
    }
}
