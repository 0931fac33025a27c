package dev.postmortem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins {@link EntryKind#infer}'s word automaton to the word-trie scan it replaced ({@link EntryKindTrieReference}). */
class EntryKindScanTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "partial", "Partial outage", "partially", "PARTIALLY degraded", "partiality", "partial_x", "partial9",
        "partially_", "partialLy.", "partial\u00E9", "partial\u0301", "partially\u0301", "partialy", "partial-ly",
        "x partial", "\u00E9 partial", "\u0301partial", "\u0301 partial", "misleading partial", "partial misleading",
        "partial rollback", "partial restoring", "partially service restored", "notified the db team", "notified sre",
        "notified", "did\u0007nt help", "didn\u0007t help", "DIDN\u0007T fix", "didn't help", "red\u0000herring", "red herring", "did not\u0000fix",
        "restarted then resolved", "paged the team", "paged", "escalated after alert", "alert\u00E9",
        "rolled back without success", "wrong path", "wrong  path", "caf\u00E9 alert", "caf\u00E9alert", "_alert",
        "9alert", "\u00C9alert", "a\u0301lert", "resolved", "RESOLVED", "\uD83D\uDE00 resolved", "\uD83D\uDE00resolved",
        "x", " ", "\u00A0\u00A0", "stabilization", "fix applied", "hotfix deployed", "did not", "identified an issue",
        "monitoring system showed", "monitoring  system showed"})
    void sameAsTheTrieScan(String text) {
        assertEquals(EntryKindTrieReference.infer(text), EntryKind.infer(text), () -> "text: '" + text + "'");
    }

    private static final String[] PIECES = {
        "misleading", "mislead", "red herring", "wrong path", "wrong lead", "dead end", "false lead", "without success",
        "didn't help", "did not fix", "didn't resolve", "didn\u0007t", "didn", "partial", "partially", "ly", "resolved", "resolution",
        "fully restored", "restored fully", "back to normal", "incident over", "service restored", "services fully restored",
        "all clear", "normal operations", "detected", "detect", "alert", "alerts", "noticed", "monitoring system flagged",
        "paged", "reported by", "users report", "complaints", "first sign", "identified an outage", "escalated",
        "called in", "looped in", "paged the", "brought in", "notified the", "notified", "team", "handed over",
        "mitigated", "rolled back", "rollingback", "roll back", "partial restor", "partially service restoring",
        "stabilised", "workaround", "failover", "failed over", "restarted", "hotfix applied", "fix deployed", "the",
        "database", "re", "red", "did", "not", "wrong", "dead", "x", "9", "_", "\u00E9", "\u0301", "\u00C9",
        "\uD83D\uDE00", "\u212A", "\u017F", "\u0130", "\u0000", "\u0007", "'", "-", ":", "`", "@", "[", "{", "\u00A0",
        "\u2019"};
    private static final String[] SEPARATORS = {"", " ", "  ", "-", "_", "\u00E9", "\u0301", "\u0000", "\u0007", "'",
        ".", "\n", "\t", "\u00A0", "9"};

    @Test
    void sameAsTheTrieScanOnRandomTexts() {
        Random random = new Random(8_675_309L);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(7);
            for (int p = 0; p < pieces; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                switch (random.nextInt(5)) {
                    case 0 -> piece = piece.toUpperCase(Locale.ROOT);
                    case 1 -> piece = flipOne(piece, random);
                    default -> {
                    }
                }
                sb.append(piece).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            String text = sb.toString();
            assertEquals(EntryKindTrieReference.infer(text), EntryKind.infer(text), () -> "text: '" + text + "'");
        }
    }

    @Test
    void sameAsTheTrieScanFromThreadsAtOnce() throws Exception {
        // the scanner's states are made on first need: threads that make them at once must agree
        java.util.List<java.util.concurrent.Callable<Void>> tasks = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long seed = 1000L + t;
            tasks.add(() -> {
                Random random = new Random(seed);
                for (int n = 0; n < 20_000; n++) {
                    StringBuilder sb = new StringBuilder();
                    for (int p = random.nextInt(6); p >= 0; p--) {
                        sb.append(PIECES[random.nextInt(PIECES.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                    }
                    String text = sb.toString();
                    assertEquals(EntryKindTrieReference.infer(text), EntryKind.infer(text), () -> "text: '" + text + "'");
                }
                return null;
            });
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (java.util.concurrent.Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The piece with one ASCII letter's case flipped (or a letter taken out), to test partial words. */
    private static String flipOne(String piece, Random random) {
        if (piece.isEmpty()) {
            return piece;
        }
        int at = random.nextInt(piece.length());
        char c = piece.charAt(at);
        if (random.nextBoolean()) {
            return piece.substring(0, at) + piece.substring(at + 1);
        }
        return c < 0x80 && Character.isLetter(c) ? piece.substring(0, at) + (char) (c ^ 0x20) + piece.substring(at + 1)
                : piece;
    }
}
