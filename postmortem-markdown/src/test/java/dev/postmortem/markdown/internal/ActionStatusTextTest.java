package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.core.ActionStatus;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link DocumentParser#status} reads a status as it did with regular expressions. */
class ActionStatusTextTest {

    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final String[] PARTS = {"open", "To", "do", "in", "progress", "in_progress", "WIP", "done", "won't",
        "wont_do", "Won't Fix", "cancelled", "not started", " ", "  ", "\t", "-", "_", "'", "✅", "☐", "❌", "🔥", "é", "2",
        "\u00a0", "\n", "ǅ", "Ⅻ"};

    @Test
    void readsAsTheRegularExpressionsDid() {
        Random random = new Random(112611L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(5); p >= 0; p--) {
                sb.append(PARTS[random.nextInt(PARTS.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String raw = sb.toString();
            assertEquals(reference(raw), DocumentParser.status(raw), () -> "status '" + raw + "'");
        }
    }

    private static ActionStatus reference(String raw) {
        String v = WHITESPACE_RUN.matcher(NON_LETTER.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        String g = raw.strip();
        if (g.startsWith("✅") || g.startsWith("✔") || g.startsWith("☑")) {
            return ActionStatus.DONE;
        }
        if (g.startsWith("☐") || g.startsWith("⬜") || g.startsWith("🔲")) {
            return ActionStatus.OPEN;
        }
        return switch (v) {
            case "open", "todo", "to do", "not started", "planned", "pending", "new", "backlog" -> ActionStatus.OPEN;
            case "in progress", "in_progress", "inprogress", "wip", "ongoing", "started", "doing" -> ActionStatus.IN_PROGRESS;
            case "done", "complete", "completed", "finished", "closed", "fixed", "resolved", "accomplished", "implemented" ->
                    ActionStatus.DONE;
            case "wont do", "won t do", "wont_do", "wontfix", "won t fix", "wont fix", "cancelled", "canceled", "rejected",
                    "dropped" -> ActionStatus.WONT_DO;
            default -> raw.strip().equalsIgnoreCase("wont_do") ? ActionStatus.WONT_DO
                    : raw.strip().equalsIgnoreCase("in_progress") ? ActionStatus.IN_PROGRESS : null;
        };
    }
}
