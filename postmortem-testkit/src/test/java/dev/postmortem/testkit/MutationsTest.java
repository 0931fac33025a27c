package dev.postmortem.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.testkit.Mutations.Kind;
import dev.postmortem.testkit.Mutations.Mutant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MutationsTest {

    private static final String DOC = """
            # Checkout outage
              - **14:00** - Alert fired
              - **14:05** - Rolled back the config
            {"formatVersion": 1, "title": "Caf\u00e9 \uD83D\uDD25"}
            Root cause: an empty match list.
            """;
    private static final List<String> INPUTS = List.of(DOC, "a", "one line, no break", "x\ny", "\r\n\r\n",
            "tab\tand space", "\uD83D\uDD25", "a\r\nb\rc\nd", "same\nsame\nother\n");

    @Test
    void theSameSeedGivesTheSameMutants() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Mutations a = Mutations.withSeed(seed);
            Mutations b = Mutations.withSeed(seed);
            for (int i = 0; i < 500; i++) {
                String input = INPUTS.get(i % INPUTS.size());
                assertEquals(a.mutate(input), b.mutate(input), "seed " + seed + ", call " + i);
            }
            assertEquals(seed, a.seed());
        }
    }

    @Test
    void differentSeedsGiveDifferentMutants() {
        Set<String> texts = new java.util.HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            texts.add(Mutations.withSeed(seed).mutate(DOC).text());
        }
        assertTrue(texts.size() > 40, "only " + texts.size() + " distinct mutants of 50 seeds");
    }

    @Test
    void randomMutationsChangeTheInputAndUseEveryKind() {
        Mutations m = Mutations.withSeed(7);
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (int i = 0; i < 3_000; i++) {
            String input = INPUTS.get(i % INPUTS.size());
            Mutant mutant = m.mutate(input);
            seen.add(mutant.kind());
            assertNotEquals(input, mutant.text(), mutant.description());
            assertTrue(mutant.description().startsWith(mutant.kind().label() + ": "), mutant.description());
        }
        assertEquals(EnumSet.allOf(Kind.class), seen);
        assertEquals(List.of(Kind.values()), Mutations.kinds());
    }

    @Test
    void anEmptyInputCanStillBeMutated() {
        Mutations m = Mutations.withSeed(3);
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (int i = 0; i < 200; i++) {
            Mutant mutant = m.mutate("");
            assertNotEquals("", mutant.text(), mutant.description());
            seen.add(mutant.kind());
        }
        assertEquals(EnumSet.of(Kind.INSERT_UNICODE, Kind.INSERT_TOKEN, Kind.BOM, Kind.TABS), seen);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachKindChangesEveryInputItAppliesTo(Kind kind) {
        Mutations m = Mutations.withSeed(kind.ordinal());
        for (int i = 0; i < 300; i++) {
            String input = INPUTS.get(i % INPUTS.size());
            Mutant mutant = m.mutate(input, kind);
            assertEquals(kind, mutant.kind());
            if (Mutations.applies(kind, input)) {
                assertNotEquals(input, mutant.text(), mutant.description());
            } else {
                assertEquals(input, mutant.text());
                assertTrue(mutant.description().contains("nothing to change"), mutant.description());
            }
        }
    }

    @Test
    void bitFlipChangesOneCharByOneBit() {
        Mutations m = Mutations.withSeed(11);
        for (int i = 0; i < 200; i++) {
            Mutant mutant = m.mutate(DOC, Kind.BIT_FLIP);
            assertEquals(DOC.length(), mutant.text().length());
            List<Integer> diffs = differingPositions(DOC, mutant.text());
            assertEquals(1, diffs.size(), mutant.description());
            int x = DOC.charAt(diffs.get(0)) ^ mutant.text().charAt(diffs.get(0));
            assertEquals(1, Integer.bitCount(x), mutant.description());
            assertTrue(x < 256, mutant.description());
        }
    }

    @Test
    void byteFlipChangesTheUtf8Encoding() {
        Mutations m = Mutations.withSeed(12);
        for (int i = 0; i < 200; i++) {
            Mutant mutant = m.mutate("plain ascii text", Kind.BYTE_FLIP);
            // One flipped bit in ASCII: one char changes, to another ASCII char or to U+FFFD.
            List<Integer> diffs = differingPositions("plain ascii text", mutant.text());
            assertEquals(1, diffs.size(), mutant.description());
            assertTrue(mutant.description().contains("UTF-8 byte"), mutant.description());
        }
    }

    @Test
    void replaceChangesOneChar() {
        Mutations m = Mutations.withSeed(13);
        for (int i = 0; i < 200; i++) {
            Mutant mutant = m.mutate(DOC, Kind.REPLACE_CHAR);
            assertEquals(1, differingPositions(DOC, mutant.text()).size(), mutant.description());
        }
    }

    @Test
    void truncationKeepsAProperPrefixAndCutHeadAProperSuffix() {
        Mutations m = Mutations.withSeed(14);
        for (int i = 0; i < 200; i++) {
            Mutant cut = m.mutate(DOC, Kind.TRUNCATE);
            assertTrue(DOC.startsWith(cut.text()) && cut.text().length() < DOC.length(), cut.description());
            assertTrue(cut.description().contains("keep the first " + cut.text().length() + " of "), cut.description());
            Mutant head = m.mutate(DOC, Kind.CUT_HEAD);
            assertTrue(DOC.endsWith(head.text()) && head.text().length() < DOC.length(), head.description());
        }
    }

    @Test
    void deleteAndDuplicateRangesChangeTheLength() {
        Mutations m = Mutations.withSeed(15);
        for (int i = 0; i < 200; i++) {
            Mutant deleted = m.mutate(DOC, Kind.DELETE_RANGE);
            int removed = DOC.length() - deleted.text().length();
            assertTrue(removed >= 1 && removed <= 16, deleted.description());
            Mutant copied = m.mutate(DOC, Kind.DUPLICATE_RANGE);
            int added = copied.text().length() - DOC.length();
            assertTrue(added >= 1 && added <= 64, copied.description());
        }
    }

    @Test
    void lineMutationsKeepTheLinesAsAMultiset() {
        Mutations m = Mutations.withSeed(16);
        List<String> lines = DOC.lines().sorted().toList();
        for (int i = 0; i < 200; i++) {
            Mutant shuffled = m.mutate(DOC, Kind.SHUFFLE_LINES);
            // split with -1 keeps the empty line after the last break, which a shuffle may move
            assertEquals(Arrays.stream(DOC.split("\n", -1)).sorted().toList(),
                    Arrays.stream(shuffled.text().split("\n", -1)).sorted().toList(), shuffled.description());
            assertNotEquals(DOC, shuffled.text());

            Mutant duplicated = m.mutate(DOC, Kind.DUPLICATE_LINE);
            List<String> after = new ArrayList<>(duplicated.text().lines().toList());
            assertEquals(lines.size() + 1, after.size(), duplicated.description());
            for (String line : DOC.lines().toList()) {
                after.remove(line);
            }
            assertEquals(1, after.size(), duplicated.description());
            assertTrue(DOC.lines().anyMatch(after.get(0)::equals), duplicated.description());

            Mutant deleted = m.mutate(DOC, Kind.DELETE_LINE);
            assertEquals(lines.size() - 1, deleted.text().lines().count(), deleted.description());
        }
        // The last line, without a break, is duplicated as a line of its own.
        Mutant last = Mutations.withSeed(1).mutate("only", Kind.DUPLICATE_LINE);
        assertEquals("only\nonly", last.text());
    }

    @Test
    void unicodeInsertionAddsOneTroublesomeCodePointSequence() {
        Mutations m = Mutations.withSeed(17);
        Set<String> inserted = new java.util.HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            Mutant mutant = m.mutate("ab", Kind.INSERT_UNICODE);
            String t = mutant.text();
            assertTrue(t.length() > 2, mutant.description());
            // "ab" stays in order around the insertion
            int a = t.indexOf('a');
            int b = t.lastIndexOf('b');
            String added = a == 0 && b == t.length() - 1 ? t.substring(1, t.length() - 1)
                    : a == 0 ? t.substring(2) : t.substring(0, t.length() - 2);
            inserted.add(added);
        }
        for (String wanted : List.of("\uD800", "\uDC00", "\u202E", "\u200F", "\u200B", "\uFEFF", "\u0000",
                "\uD83D\uDD25", "\u0301")) {
            assertTrue(inserted.contains(wanted), "never inserted U+" + Integer.toHexString(wanted.charAt(0)));
        }
    }

    @Test
    void lineEndsAreRewrittenAsCrlfCrOrMixed() {
        Mutations m = Mutations.withSeed(18);
        String input = "a\nb\nc\nd\n";
        Set<String> styles = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            Mutant mutant = m.mutate(input, Kind.LINE_ENDS);
            String t = mutant.text();
            assertEquals(input.lines().toList(), t.lines().toList(), mutant.description());
            assertNotEquals(input, t);
            if (t.equals("a\r\nb\r\nc\r\nd\r\n")) {
                styles.add("crlf");
            } else if (t.equals("a\rb\rc\rd\r")) {
                styles.add("cr");
            } else {
                assertTrue(t.contains("\r") && mutant.description().contains("mixed"), mutant.description());
                styles.add("mixed");
            }
        }
        assertEquals(Set.of("crlf", "cr", "mixed"), styles);
        assertEquals("one line", Mutations.withSeed(1).mutate("one line", Kind.LINE_ENDS).text());
    }

    @Test
    void bomAndTabs() {
        Mutations m = Mutations.withSeed(19);
        assertEquals("\uFEFF" + DOC, m.mutate(DOC, Kind.BOM).text());
        Mutant tabs = m.mutate(DOC, Kind.TABS);
        assertEquals(DOC.replace("\n  - ", "\n\t- "), tabs.text(), tabs.description());
        Mutant inserted = m.mutate("no indent", Kind.TABS);
        assertEquals("no indent", inserted.text().replace("\t", ""));
        assertEquals(1, inserted.text().chars().filter(c -> c == '\t').count());
    }

    @Test
    void stackedMutationsListEveryStep() {
        Mutant m = Mutations.withSeed(20).mutate(DOC, 3);
        assertEquals(3, m.description().split("; ").length, m.description());
        assertThrows(IllegalArgumentException.class, () -> Mutations.withSeed(1).mutate(DOC, 0));
    }

    @Test
    void prefixesAndSuffixesCoverEveryCut() {
        String s = "ab\uD83D\uDD25";
        assertEquals(List.of("", "a", "ab", "ab\uD83D", s),
                Mutations.prefixes(s).map(Mutant::text).toList());
        assertEquals(List.of(s, "b\uD83D\uDD25", "\uD83D\uDD25", "\uDD25", ""),
                Mutations.suffixes(s).map(Mutant::text).toList());
        assertEquals(Set.of(Kind.TRUNCATE), Mutations.prefixes(s).map(Mutant::kind).collect(Collectors.toSet()));
        assertEquals("truncate: keep the first 2 of 4 chars", Mutations.prefixes(s).toList().get(2).description());
        assertEquals("cut-head: drop the first 1 of 4 chars", Mutations.suffixes(s).toList().get(1).description());
    }

    private static List<Integer> differingPositions(String a, String b) {
        List<Integer> diffs = new ArrayList<>();
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diffs.add(i);
            }
        }
        return diffs;
    }
}
