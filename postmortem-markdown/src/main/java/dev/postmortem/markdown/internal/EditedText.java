package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A document's text as the parser saw it (line ends normalised to {@code \n}) over the exact source,
 * with changes to apply at offsets of the normalised text. Applying them copies every untouched
 * character of the source as it was (CRLF or CR line ends, a byte-order mark, trailing spaces) and
 * writes changed text with the document's own line end.
 */
final class EditedText {

    private final String raw;
    private final String text;
    private final int[] starts;
    private final int[] rawStarts;
    private final String eol;
    private final List<ValueText.Change> changes = new ArrayList<>();
    private final BitSet deleted = new BitSet();

    EditedText(String raw) {
        this.raw = raw;
        this.text = Source.normalise(raw);
        Source src = new Source(text);
        this.starts = new int[src.lineCount()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = src.lineStart(i);
        }
        this.rawStarts = new int[starts.length];
        int p = !raw.isEmpty() && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        String firstEol = null;
        int line = 0;
        rawStarts[0] = p;
        for (int i = p; i < raw.length() && line + 1 < rawStarts.length; i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                int len = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
                if (firstEol == null) {
                    firstEol = raw.substring(i, i + len);
                }
                i += len - 1;
                rawStarts[++line] = i + 1;
            }
        }
        this.eol = firstEol == null ? "\n" : firstEol;
    }

    String text() {
        return text;
    }

    String eol() {
        return eol;
    }

    int lineCount() {
        return starts.length;
    }

    int lineOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int lineStart(int line) {
        return starts[line];
    }

    /** End of a line's text, before its line end. */
    int lineEnd(int line) {
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }

    boolean isBlank(int line) {
        return line >= 0 && line < starts.length && text.substring(lineStart(line), lineEnd(line)).isBlank();
    }

    void change(int start, int end, String replacement) {
        changes.add(new ValueText.Change(start, end, replacement));
    }

    void changes(List<ValueText.Change> cs) {
        changes.addAll(cs);
    }

    /**
     * Deletes whole lines {@code first..last} with their line ends. Deleted lines are collected and
     * written as one change per run of adjacent lines when the changes are applied, so that deletions
     * that meet or overlap (the last two items of a document with no final line end) do not collide.
     */
    void deleteLines(int first, int last) {
        deleted.set(first, last + 1);
    }

    /** Inserts lines (joined by {@code \n}, no final line end) after a line. */
    void insertAfter(int line, String lines) {
        if (line + 1 < starts.length) {
            change(lineStart(line + 1), lineStart(line + 1), lines + "\n");
        } else {
            change(text.length(), text.length(), (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + lines
                    + (text.endsWith("\n") ? "\n" : ""));
        }
    }

    /** Inserts lines (joined by {@code \n}, no final line end) before a line. */
    void insertBefore(int line, String lines) {
        change(lineStart(line), lineStart(line), lines + "\n");
    }

    /**
     * Applies the changes to the source.
     *
     * @return the new text, or null when two changes overlap
     */
    String apply() {
        List<ValueText.Change> all = new ArrayList<>(changes);
        for (int first = deleted.nextSetBit(0); first >= 0; ) {
            int end = deleted.nextClearBit(first);
            all.add(deletion(first, end - 1));
            first = deleted.nextSetBit(end);
        }
        // in source offsets: the mapping keeps the order of offsets, so overlaps and ties stay as they were
        List<ValueText.Change> raws = new ArrayList<>(all.size());
        for (ValueText.Change c : all) {
            raws.add(new ValueText.Change(raw(c.start()), raw(c.end()),
                    eol.equals("\n") ? c.text() : c.text().replace("\n", eol)));
        }
        return apply(raw, raws);
    }

    /** The change that deletes lines {@code first..last}: a last line with no line end takes the one before it. */
    private ValueText.Change deletion(int first, int last) {
        if (last + 1 < starts.length) {
            return new ValueText.Change(lineStart(first), lineStart(last + 1), "");
        }
        if (first > 0) {
            return new ValueText.Change(lineEnd(first - 1), text.length(), "");
        }
        return new ValueText.Change(0, text.length(), "");
    }

    /**
     * Applies changes to a string: at the same start, insertions (in the order they were made) come
     * before a replaced range.
     *
     * @return the new string, or null when two changes overlap
     */
    static String apply(String s, List<ValueText.Change> cs) {
        List<ValueText.Change> sorted = new ArrayList<>(cs);
        sorted.sort(Comparator.comparingInt(ValueText.Change::start).thenComparing(c -> c.end() > c.start()));
        StringBuilder out = new StringBuilder(s.length() + 256);
        int pos = 0;
        for (ValueText.Change c : sorted) {
            if (c.start() < pos) {
                return null;
            }
            out.append(s, pos, c.start()).append(c.text());
            pos = c.end();
        }
        return out.append(s, pos, s.length()).toString();
    }

    /** The source offset of a normalised offset. */
    private int raw(int offset) {
        if (offset >= text.length()) {
            return raw.length();
        }
        int line = lineOf(offset);
        return rawStarts[line] + (offset - starts[line]);
    }
}
