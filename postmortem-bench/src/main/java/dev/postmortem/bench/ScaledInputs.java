package dev.postmortem.bench;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.markdown.PostmortemRenderer;
import dev.postmortem.testkit.PostmortemGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated documents for the scaling measurements, the same in every JVM.
 *
 * <ul>
 *   <li>{@code t10}, {@code t1000}, {@code t100000}: a title, an incident window and a timeline of that
 *       many entries, nothing else, so cost per entry is read straight off;</li>
 *   <li>{@code 1KB} ... {@code 10MB}: a whole postmortem grown evenly (timeline entries, and one
 *       action per 8 entries and one section per 40) until its Markdown reaches that size.</li>
 * </ul>
 */
public final class ScaledInputs {

    /** Every input name, smallest first in each series. */
    public static final List<String> NAMES = List.of("t10", "t1000", "t100000", "1KB", "10KB", "100KB", "1MB", "10MB");

    private static final long SEED = 7_000_003L;

    private ScaledInputs() {
    }

    /**
     * One scaling input.
     *
     * @param name     its name
     * @param model    the model it was rendered from
     * @param markdown its Markdown
     * @param entries  its timeline entries
     * @param bytes    its size in UTF-8 bytes
     */
    public record Input(String name, Postmortem model, String markdown, int entries, long bytes) {
    }

    /**
     * Builds an input by name.
     *
     * @param name one of {@link #NAMES}
     * @return the input
     */
    public static Input of(String name) {
        PostmortemRenderer renderer = PostmortemRenderer.builder().build();
        Postmortem pm;
        if (name.startsWith("t")) {
            pm = timelineOnly(Integer.parseInt(name.substring(1)));
        } else {
            long target = name.endsWith("MB") ? Long.parseLong(name.replace("MB", "")) * 1024 * 1024
                    : Long.parseLong(name.replace("KB", "")) * 1024;
            pm = ofSize(target, renderer);
        }
        String md = renderer.render(pm);
        return new Input(name, pm, md, pm.timeline().entries().size(), md.getBytes(StandardCharsets.UTF_8).length);
    }

    private static Postmortem timelineOnly(int entries) {
        Postmortem g = PostmortemGenerator.withSeed(SEED).withTimelineSize(entries).next();
        return Postmortem.builder()
                .title("Scaling run with " + entries + " timeline entries")
                .summary(Summary.builder().start(g.summary().start()).end(g.summary().end()).build())
                .timeline(g.timeline())
                .build();
    }

    private static Postmortem ofSize(long targetBytes, PostmortemRenderer renderer) {
        int entries = (int) Math.max(1, targetBytes / 120);
        Postmortem pm = grown(entries);
        for (int round = 0; round < 6; round++) {
            long size = renderer.render(pm).getBytes(StandardCharsets.UTF_8).length;
            if (Math.abs(size - targetBytes) <= targetBytes / 20) {
                break;
            }
            entries = (int) Math.max(1, Math.round(entries * (double) targetBytes / size));
            pm = grown(entries);
        }
        return pm;
    }

    private static Postmortem grown(int entries) {
        Postmortem g = PostmortemGenerator.withSeed(SEED + 1).withTimelineSize(entries).next();
        int wantActions = entries / 8;
        int wantSections = entries / 40;
        List<ActionItem> actions = new ArrayList<>(wantActions);
        List<Section> sections = new ArrayList<>(wantSections);
        PostmortemGenerator more = PostmortemGenerator.withSeed(SEED + 2);
        while (actions.size() < wantActions || sections.size() < wantSections) {
            Postmortem m = more.next();
            for (ActionItem a : m.actions()) {
                if (actions.size() < wantActions) {
                    actions.add(a);
                }
            }
            for (Section s : m.sections()) {
                if (sections.size() < wantSections && !s.body().isEmpty()) {
                    sections.add(s);
                }
            }
        }
        return Postmortem.builder()
                .title("Scaling run of " + entries + " entries")
                .summary(Summary.builder().start(g.summary().start()).end(g.summary().end())
                        .impact(g.summary().impact()).build())
                .timeline(g.timeline())
                .actions(actions)
                .sections(sections)
                .build();
    }
}
