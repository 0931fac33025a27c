package dev.postmortem.markdown.internal;

import dev.postmortem.core.ActionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words that state an action's status: {@link DocumentParser#status(String)} reads a status by them, and
 * the editor finds the word a document wrote among them.
 */
final class StatusWords {

    private static final Map<ActionStatus, List<String>> WORDS = words();

    private StatusWords() {
    }

    /**
     * The words of a status, longest first (so that {@code not started} is found before {@code started}).
     *
     * @param status the status
     * @return its words, lower case
     */
    static List<String> longestFirst(ActionStatus status) {
        return WORDS.get(status);
    }

    /**
     * All the words with their status.
     *
     * @return the words, lower case, by status
     */
    static Map<ActionStatus, List<String>> all() {
        return WORDS;
    }

    private static Map<ActionStatus, List<String>> words() {
        Map<ActionStatus, List<String>> m = new EnumMap<>(ActionStatus.class);
        m.put(ActionStatus.OPEN, List.of("not started", "to do", "open", "todo", "planned", "pending", "new", "backlog"));
        m.put(ActionStatus.IN_PROGRESS, List.of("in progress", "in_progress", "in-progress", "inprogress", "wip",
                "ongoing", "started", "doing"));
        m.put(ActionStatus.DONE, List.of("completed", "complete", "done", "finished", "closed", "fixed", "resolved",
                "accomplished", "implemented"));
        m.put(ActionStatus.WONT_DO, List.of("won't do", "wont do", "wont_do", "won't fix", "wontfix", "wont fix",
                "cancelled", "canceled", "rejected", "dropped"));
        for (Map.Entry<ActionStatus, List<String>> e : m.entrySet()) {
            List<String> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            e.setValue(List.copyOf(sorted));
        }
        return m;
    }
}
