package dev.postmortem.json.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.json.PostmortemJson;
import dev.postmortem.json.PostmortemJsonException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile JSON: deep nesting, huge strings, lines, lists and numbers. Each ends within its timeout
 * in a postmortem or in a {@link PostmortemJsonException}; limits are reached with a message that
 * names the builder option raising them, and nothing recurses as deep as the input nests.
 */
class PathologicalJsonTest {

    private static final int DEEP = 100_000;
    private static final int TEN_MB = 10 * 1024 * 1024;

    private static final PostmortemJson STRICT = PostmortemJson.create();
    private static final PostmortemJson LENIENT = PostmortemJson.builder().ignoreUnknownProperties(true).build();

    private static final String NESTING = "the document nests deeper than the limit of 64 levels"
            + " (maxNestingDepth; raise it with PostmortemJson.builder().maxNestingDepth(int))";
    private static final String STRING_LENGTH = "a string is longer than the limit of 1000000 characters"
            + " (maxStringLength; raise it with PostmortemJson.builder().maxStringLength(int))";
    private static final String DOCUMENT_LENGTH = "the document is longer than the limit of 10000000 characters or bytes"
            + " (maxDocumentLength; raise it with PostmortemJson.builder().maxDocumentLength(long))";
    private static final String NUMBER_LENGTH = "a number is longer than the limit of 1000 characters"
            + " (a fixed limit: the format's only number is formatVersion)";

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static PostmortemJsonException refused(PostmortemJson json, String input) {
        PostmortemJsonException e = assertThrows(PostmortemJsonException.class, () -> json.read(input));
        assertNull(Outcomes.undocumented(e), () -> Outcomes.undocumented(e));
        return e;
    }

    private static void assertRefused(PostmortemJson json, String input, String path, String problem) {
        PostmortemJsonException e = refused(json, input);
        assertEquals(problem, e.problem(), e::getMessage);
        assertEquals(path, e.jsonPath(), e::getMessage);
    }

    /** Runs on a thread with a 256 KiB stack: input nested 100,000 deep must not need a deep stack. */
    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("failed on a small stack", failure.get());
        }
        return result.get();
    }

    // ---------------------------------------------------------------- nesting

    @Test
    @Timeout(10)
    void deepNestingAtTopLevelIsRefusedAtOnce() {
        assertRefused(STRICT, arrays(DEEP), "", "expected a postmortem JSON object, found an array");
        assertRefused(STRICT, objects(DEEP), "/a", NESTING);
        assertRefused(LENIENT, objects(DEEP), "/a", NESTING);
        assertRefused(LENIENT, "[".repeat(DEEP), "", "expected a postmortem JSON object, found an array");
        assertRefused(LENIENT, "{\"a\":".repeat(DEEP), "/a", NESTING);
    }

    @Test
    @Timeout(10)
    void deepNestingInsideKnownFieldsIsRefusedAtTheField() {
        String v = "{\"formatVersion\": 1, ";
        assertRefused(STRICT, v + "\"title\": " + arrays(DEEP) + "}", "/title", "expected a string, found an array");
        assertRefused(STRICT, v + "\"timeline\": {\"entries\": " + arrays(DEEP) + "}}", "/timeline/entries/0",
                "expected an object, found an array");
        assertRefused(STRICT, v + "\"timeline\": {\"entries\": [" + objects(DEEP) + "]}}", "/timeline/entries/0/a",
                "unknown property 'a', expected one of at, text, kind");
        assertRefused(STRICT, v + "\"metadata\": {\"extra\": " + objects(DEEP) + "}}", "/metadata/extra/a",
                "expected a string, found an object");
        assertRefused(STRICT, v + "\"sections\": [{\"heading\": \"h\", \"body\": " + arrays(DEEP) + "}]}",
                "/sections/0/body", "expected a string, found an array");
    }

    @Test
    @Timeout(10)
    void deepUnknownValuesReachTheNestingLimit() {
        String v = "{\"formatVersion\": 1, ";
        assertRefused(STRICT, v + "\"x\": " + arrays(DEEP) + "}", "/x",
                "unknown property 'x', expected one of formatVersion, title, metadata, summary, timeline, rootCause,"
                        + " resolution, lessons, actions, sections, contributors");
        assertRefused(LENIENT, v + "\"x\": " + arrays(DEEP) + "}", "/x", NESTING);
        assertRefused(LENIENT, v + "\"x\": " + objects(DEEP) + "}", "/x", NESTING);
        assertRefused(LENIENT, v + "\"timeline\": {\"entries\": [{\"text\": \"t\", \"x\": " + arrays(DEEP) + "}]}}",
                "/timeline/entries/0/x", NESTING);
        assertRefused(LENIENT, v + "\"x\": " + "[".repeat(DEEP), "/x", NESTING);
        // Just inside the limit: the document is depth 1, so 63 more levels are allowed.
        assertEquals(Postmortem.builder().build(), LENIENT.read(v + "\"x\": " + arrays(63) + "}"));
    }

    @Test
    @Timeout(20)
    void aRaisedNestingLimitSkipsDeepUnknownValuesWithoutRecursion() throws InterruptedException {
        PostmortemJson deep = PostmortemJson.builder().ignoreUnknownProperties(true).maxNestingDepth(3 * DEEP).build();
        String v = "{\"formatVersion\": 1, \"title\": \"kept\", ";
        for (String value : new String[] {arrays(DEEP), objects(DEEP)}) {
            assertEquals("kept", onSmallStack(() -> deep.read(v + "\"x\": " + value + "}")).title());
            Postmortem inEntry = onSmallStack(() -> deep.read(
                    v + "\"timeline\": {\"entries\": [{\"text\": \"t\", \"x\": " + value + "}]}}"));
            assertEquals("t", inEntry.timeline().entries().get(0).text());
            Postmortem inExtra = onSmallStack(() -> deep.read(
                    v + "\"metadata\": {\"id\": \"INC-1\", \"x\": " + value + "}}"));
            assertEquals("INC-1", inExtra.metadata().id());
        }
        PostmortemJson strictDeep = PostmortemJson.builder().maxNestingDepth(3 * DEEP).build();
        PostmortemJsonException e = onSmallStack(() -> assertThrows(PostmortemJsonException.class,
                () -> strictDeep.read(v + "\"x\": " + objects(DEEP) + "}")));
        assertTrue(e.problem().startsWith("unknown property 'x'"), e::getMessage);
    }

    // ---------------------------------------------------------------- size

    @Test
    @Timeout(20)
    void aTenMegabyteStringIsRefusedByTheStringLimitOrReadWhenRaised() {
        String huge = "x".repeat(TEN_MB);
        String doc = "{\"formatVersion\": 1,\n\"title\": \"" + huge + "\"}";
        PostmortemJsonException e = refused(STRICT, doc);
        assertEquals(STRING_LENGTH, e.problem());
        assertEquals("/title", e.jsonPath());
        assertEquals(2, e.line());
        // A skipped unknown property's string is never held in memory: only the document limit bounds it.
        assertEquals(DOCUMENT_LENGTH, refused(LENIENT, "{\"formatVersion\": 1, \"x\": \"" + huge + "\"}").problem());
        assertEquals(Postmortem.builder().build(),
                LENIENT.read("{\"formatVersion\": 1, \"x\": \"" + "x".repeat(2_000_000) + "\"}"));
        // As bytes, the byte parser counts the document first: either limit may be the one reached.
        PostmortemJsonException bytes = assertThrows(PostmortemJsonException.class,
                () -> STRICT.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
        assertTrue(Set.of(STRING_LENGTH, DOCUMENT_LENGTH).contains(bytes.problem()), bytes::getMessage);

        PostmortemJson big = PostmortemJson.builder().maxStringLength(2 * TEN_MB).maxDocumentLength(4L * TEN_MB).build();
        Postmortem pm = big.read(doc);
        assertEquals(huge, pm.title());
        String written = big.write(pm);
        assertTrue(written.length() > TEN_MB);
        assertEquals(pm, big.read(new StringReader(written)));
    }

    @Test
    @Timeout(20)
    void aTenMegabyteSingleLineReadsAndLocatesAnErrorAtItsEnd() {
        // Many sections, all on one line, just under the default document limit.
        StringBuilder sb = new StringBuilder(TEN_MB).append("{\"formatVersion\":1,\"sections\":[");
        String section = "{\"heading\":\"Section\",\"body\":\"" + "word ".repeat(18) + "\"}";
        int sections = 0;
        while (sb.length() + section.length() + 3 < 9_999_000) {
            sb.append(sections++ == 0 ? "" : ",").append(section);
        }
        String line = sb + "]}";
        assertEquals(-1, line.indexOf('\n'));
        assertTrue(line.length() > 9_900_000, "length " + line.length());
        Postmortem pm = STRICT.read(line);
        assertEquals(sections, pm.sections().size());
        assertEquals(new Section("Section", "word ".repeat(18)), pm.sections().get(sections - 1));

        // A broken end of the line is found at its column.
        String broken = sb + "}}";
        PostmortemJsonException e = refused(STRICT, broken);
        assertEquals(1, e.line());
        assertEquals(broken.length() - 1, e.column(), e::getMessage);
        assertEquals("/sections", e.jsonPath(), e::getMessage);

        // One character over the default limit: refused by the document limit.
        String over = "{\"formatVersion\":1,\"title\":\"" + "x".repeat(999_000) + "\",\"sections\":["
                + (section + ",").repeat((int) (PostmortemJson.DEFAULT_MAX_DOCUMENT_LENGTH / section.length()))
                + section + "]}";
        PostmortemJsonException tooLong = refused(STRICT, over);
        assertEquals(DOCUMENT_LENGTH, tooLong.problem());
        assertEquals(1, tooLong.line());
    }

    @Test
    @Timeout(30)
    void aMillionTimelineEntriesAreRefusedByTheDocumentLimitOrReadWhenRaised() {
        StringBuilder sb = new StringBuilder(16_000_000).append("{\"formatVersion\":1,\"timeline\":{\"entries\":[");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"text\":\"e").append(i % 10).append("\"}");
        }
        String doc = sb.append("]}}").toString();
        assertTrue(doc.length() > PostmortemJson.DEFAULT_MAX_DOCUMENT_LENGTH);

        // There is no separate limit on entries: the document limit is what refuses them.
        long t0 = System.nanoTime();
        PostmortemJsonException e = refused(STRICT, doc);
        assertEquals(DOCUMENT_LENGTH, e.problem());
        assertTrue(e.jsonPath().startsWith("/timeline/entries/"), e::getMessage);
        long refusedMs = (System.nanoTime() - t0) / 1_000_000;

        PostmortemJson big = PostmortemJson.builder().pretty(false).maxDocumentLength(4L * TEN_MB).build();
        t0 = System.nanoTime();
        Postmortem pm = big.read(doc);
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1_000_000, pm.timeline().entries().size());
        assertEquals("e9", pm.timeline().entries().get(999_999).text());
        t0 = System.nanoTime();
        String written = big.write(pm);
        long writeMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(written.length() > doc.length(), "kinds are written: " + written.length());
        System.out.println("a million timeline entries: refused in " + refusedMs + " ms by default, read in " + readMs
                + " ms and written in " + writeMs + " ms with maxDocumentLength raised");
    }

    // ---------------------------------------------------------------- numbers and names

    @Test
    @Timeout(10)
    void hugeNumbersAreRefusedWithAClearMessage() {
        String digits = "1" + "0".repeat(100_000);
        assertEquals(NUMBER_LENGTH, refused(STRICT, "{\"formatVersion\": " + digits + "}").problem());
        assertEquals(NUMBER_LENGTH, refused(LENIENT, "{\"formatVersion\": 1, \"x\": " + digits + "}").problem());
        assertEquals(NUMBER_LENGTH, refused(STRICT, "{\"formatVersion\": 1, \"title\": -" + digits + ".5e7}").problem());
        // Within the number limit, formatVersion is compared exactly, not rounded.
        String big = "1" + "0".repeat(900);
        assertRefused(STRICT, "{\"formatVersion\": " + big + "}", "/formatVersion",
                "formatVersion " + big + " is newer than this library reads (version 1); use a newer postmortem-json"
                        + " to read it");
        assertRefused(STRICT, "{\"formatVersion\": -" + big + "}", "/formatVersion", "formatVersion must be 1, was -" + big);
        assertRefused(STRICT, "{\"formatVersion\": 1e999999999}", "/formatVersion",
                "expected an integer, found a decimal number");
        assertRefused(STRICT, "{\"formatVersion\": 1.0}", "/formatVersion", "expected an integer, found a decimal number");
        assertRefused(STRICT, "{\"formatVersion\": 18446744073709551617}", "/formatVersion",
                "formatVersion 18446744073709551617 is newer than this library reads (version 1); use a newer"
                        + " postmortem-json to read it");
        // Numbers an unknown property holds are skipped, not converted.
        assertEquals(Postmortem.builder().build(),
                LENIENT.read("{\"formatVersion\": 1, \"x\": [1e999999999, -1e-999999999, 123456789012345678901234567890]}"));
        assertTrue(refused(STRICT, "{\"formatVersion\": 01}").problem().startsWith("invalid JSON: "));
        assertTrue(refused(STRICT, "{\"formatVersion\": NaN}").problem().startsWith("invalid JSON: "));
    }

    @Test
    @Timeout(10)
    void hugePropertyNamesAndManyUnknownPropertiesAreBounded() {
        String name = "n".repeat(100_000);
        assertEquals("a property name is longer than the limit of 50000 characters"
                        + " (a fixed limit: the format's property names are short)",
                refused(LENIENT, "{\"formatVersion\": 1, \"" + name + "\": 1}").problem());
        StringBuilder many = new StringBuilder("{\"formatVersion\": 1");
        for (int i = 0; i < 100_000; i++) {
            many.append(",\"p").append(i).append("\": {\"q\": [").append(i).append(", \"s\"]}");
        }
        String doc = many.append('}').toString();
        assertEquals(Postmortem.builder().build(), LENIENT.read(doc));
        assertRefused(STRICT, doc, "/p0", "unknown property 'p0', expected one of formatVersion, title, metadata,"
                + " summary, timeline, rootCause, resolution, lessons, actions, sections, contributors");
    }
}
