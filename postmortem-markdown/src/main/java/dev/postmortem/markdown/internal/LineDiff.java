package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence after the common head and tail are cut off)
 * and its unified form. Line ends are not compared: {@code "a\r\n"} and {@code "a\n"} are the same
 * line; a difference only in line ends shows as no difference.
 */
public final class LineDiff {

    /**
     * One run of changed lines.
     *
     * @param oldStart first changed line of the old text, 0-based (where lines are inserted when none are removed)
     * @param removed  the old text's lines in the run
     * @param newStart first line of the run in the new text, 0-based
     * @param added    the new text's lines in the run
     */
    public record Hunk(int oldStart, List<String> removed, int newStart, List<String> added) {
    }

    /** The most pairs of elements {@link #align} compares one by one: a table of 16 MB. */
    private static final long MAX_TABLE = 4_000_000L;

    private LineDiff() {
    }

    /**
     * Splits text into lines, with {@code \r\n}, {@code \r} and {@code \n} as line ends; a last line end
     * starts no further line.
     *
     * @param text the text
     * @return its lines without their ends
     */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * Computes the runs of lines that differ.
     *
     * @param oldText the old text
     * @param newText the new text
     * @return the hunks in order; empty when the lines are the same
     */
    public static List<Hunk> diff(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        int[] aToB = align(a, b, false);
        boolean[] matchedB = new boolean[b.size()];
        for (int j : aToB) {
            if (j >= 0) {
                matchedB[j] = true;
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && aToB[i] == j) {
                i++;
                j++;
                continue;
            }
            int si = i;
            int sj = j;
            while (i < a.size() && aToB[i] < 0) {
                i++;
            }
            while (j < b.size() && !matchedB[j]) {
                j++;
            }
            hunks.add(new Hunk(si, List.copyOf(a.subList(si, i)), sj, List.copyOf(b.subList(sj, j))));
        }
        return hunks;
    }

    /**
     * Aligns two sequences: a longest common subsequence of equal elements, after the common head and
     * tail are cut off. Where the rest is too large to align element by element (more than
     * {@value #MAX_TABLE} pairs), none of it is aligned: the rest of one is all removed, the rest of the
     * other all added. Time and space are linear in the lengths apart from that bounded table.
     *
     * @param a         the old sequence
     * @param b         the new sequence
     * @param keepLater where two alignments are as long, align the later elements of {@code a} (of
     *                  {@code [x, y]} and {@code [y, x]}, {@code y}; {@code x} counts as moved after it)
     *                  rather than the earlier ones
     * @param <T> the element type, compared with {@code equals}
     * @return for each element of {@code a}, the index of the equal element of {@code b} it is aligned
     *     with, or -1; aligned indexes increase
     */
    public static <T> int[] align(List<T> a, List<T> b, boolean keepLater) {
        int[] aToB = new int[a.size()];
        Arrays.fill(aToB, -1);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            aToB[head] = head;
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            aToB[a.size() - 1 - tail] = b.size() - 1 - tail;
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        if (n == 0 || m == 0 || (long) n * m > MAX_TABLE) {
            return aToB;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(head + i).equals(b.get(head + j))) {
                aToB[head + i] = head + j;
                i++;
                j++;
            } else if (keepLater ? lcs[i + 1][j] < lcs[i][j + 1] : lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        return aToB;
    }

    /**
     * Writes the difference as a unified diff with three lines of context.
     *
     * @param oldText the old text
     * @param newText the new text
     * @param oldName the name on the {@code ---} line
     * @param newName the name on the {@code +++} line
     * @return the diff, empty when the lines are the same
     */
    public static String unified(String oldText, String newText, String oldName, String newName) {
        List<Hunk> hunks = diff(oldText, newText);
        if (hunks.isEmpty()) {
            return "";
        }
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int k = 0;
        while (k < hunks.size()) {
            int first = k;
            int last = k;
            while (last + 1 < hunks.size()
                    && hunks.get(last + 1).oldStart() - (hunks.get(last).oldStart() + hunks.get(last).removed().size()) <= 6) {
                last++;
            }
            Hunk h0 = hunks.get(first);
            Hunk h1 = hunks.get(last);
            int oldFrom = Math.max(0, h0.oldStart() - 3);
            int oldTo = Math.min(a.size(), h1.oldStart() + h1.removed().size() + 3);
            int newFrom = h0.newStart() - (h0.oldStart() - oldFrom);
            int newTo = Math.min(b.size(), h1.newStart() + h1.added().size() + (oldTo - h1.oldStart() - h1.removed().size()));
            out.append("@@ -").append(range(oldFrom, oldTo - oldFrom)).append(" +").append(range(newFrom, newTo - newFrom))
                    .append(" @@\n");
            int oi = oldFrom;
            for (int h = first; h <= last; h++) {
                Hunk hk = hunks.get(h);
                while (oi < hk.oldStart()) {
                    out.append(' ').append(a.get(oi++)).append('\n');
                }
                for (String r : hk.removed()) {
                    out.append('-').append(r).append('\n');
                }
                for (String ad : hk.added()) {
                    out.append('+').append(ad).append('\n');
                }
                oi += hk.removed().size();
            }
            while (oi < oldTo) {
                out.append(' ').append(a.get(oi++)).append('\n');
            }
            k = last + 1;
        }
        return out.toString();
    }

    private static String range(int start, int count) {
        return count == 0 ? start + ",0" : (start + 1) + (count == 1 ? "" : "," + count);
    }
}
