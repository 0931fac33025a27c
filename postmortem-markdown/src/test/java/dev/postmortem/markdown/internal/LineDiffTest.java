package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LineDiff#align}: the alignment that both the diff and the editor's lists use. */
class LineDiffTest {

    @Test
    void aSwapKeepsTheEarlierOrTheLaterElementAsAsked() {
        assertArrayEquals(new int[] {1, -1}, LineDiff.align(List.of("x", "y"), List.of("y", "x"), false));
        assertArrayEquals(new int[] {-1, 0}, LineDiff.align(List.of("x", "y"), List.of("y", "x"), true));
    }

    @Test
    void headAndTailAreAlignedAroundAChange() {
        assertArrayEquals(new int[] {0, -1, 3, 4}, LineDiff.align(List.of("a", "b", "d", "e"),
                List.of("a", "B", "c", "d", "e"), true));
    }

    @Test
    void aMiddleTooLargeToCompareIsNotAlignedButHeadAndTailAre() {
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        a.add(-1);
        b.add(-1);
        for (int i = 0; i < 3000; i++) {
            a.add(i);
            b.add(i + 1_000_000);
        }
        a.add(-2);
        b.add(-2);
        int[] aToB = LineDiff.align(a, b, true);
        assertEquals(0, aToB[0]);
        assertEquals(3001, aToB[3001]);
        for (int i = 1; i <= 3000; i++) {
            assertEquals(-1, aToB[i]);
        }
    }

    @Test
    void theDiffOfAChangedLine() {
        List<LineDiff.Hunk> hunks = LineDiff.diff("a\nb\nc\n", "a\nB\nc\n");
        assertEquals(List.of(new LineDiff.Hunk(1, List.of("b"), 1, List.of("B"))), hunks);
    }
}
