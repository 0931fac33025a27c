package dev.postmortem.markdown;

import dev.postmortem.markdown.internal.DocumentParser;
import dev.postmortem.markdown.internal.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guarantee 4 as a check: every word of a document's prose reaches the rendered output.
 *
 * <p>A word is a run of letters and digits, compared without case. Markdown syntax has no words
 * (list markers, emphasis, pipes), and numbers of ordered-list markers are syntax too. The text the
 * parser read as structure rather than prose is left out of the input: labels ({@code Start:},
 * {@code **Impact:**}), recognised section headings, times and durations that became values
 * (written back in canonical form), task-list boxes and table headers of tables that became entries.
 * Kept sections are part of the rendered output, so their words count as reached.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ORDERED_MARKER = Pattern.compile("(?m)^[ \\t>]*\\d{1,9}[.)](?=[ \\t]|$)");
    private static final DocumentParser PARSER = new DocumentParser(PostmortemParser.DEFAULT_MAX_NESTING);

    private Words() {
    }

    /** Words of the input that are missing from the output, with how many of each are missing. */
    static List<String> lost(String input, String rendered) {
        Parsed p = PARSER.parse(input);
        Map<String, Integer> in = count(p.text(), p.consumed());
        Map<String, Integer> out = count(rendered, List.of());
        List<String> lost = new ArrayList<>();
        in.forEach((w, n) -> {
            int have = out.getOrDefault(w, 0);
            if (have < n) {
                lost.add(w + " x" + (n - have));
            }
        });
        return lost;
    }

    static Map<String, Integer> count(String text, List<int[]> skip) {
        char[] chars = text.toCharArray();
        for (int[] r : skip) {
            for (int i = Math.max(0, r[0]); i < r[1] && i < chars.length; i++) {
                chars[i] = ' ';
            }
        }
        String t = ORDERED_MARKER.matcher(new String(chars)).replaceAll(" ");
        Map<String, Integer> m = new TreeMap<>();
        Matcher mt = WORD.matcher(t);
        while (mt.find()) {
            m.merge(mt.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return m;
    }
}
