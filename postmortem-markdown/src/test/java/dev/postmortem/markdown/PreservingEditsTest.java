package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.internal.LineDiff;
import dev.postmortem.testkit.ModelEdits;
import dev.postmortem.testkit.PostmortemGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 8's checks over every document we have: our examples, generated documents, and the corpus when
 * {@code -Dpostmortem.corpus} names it.
 * <ul>
 *   <li>With no edit the output is the input byte for byte, also with CRLF or CR line ends, a
 *       byte-order mark, trailing spaces and tabs.</li>
 *   <li>Seeded random edits of every kind ({@link ModelEdits.Kind}): the output reads back as the edited
 *       model (prose that held a changed value reads with the new value), and a line diff against the
 *       source removes or changes only lines of the edited parts, as the parser located them. Edits
 *       written canonically instead are counted per kind, and their share is bounded.</li>
 * </ul>
 * A failure names the document, the kind and the seed ({@code ModelEdits.withSeed(seed)}) to replay it.
 */
class PreservingEditsTest {

    private static final int SEEDS = Integer.getInteger("postmortem.edits.seeds", 3);
    private static final PostmortemParser PARSER = PostmortemParser.builder().build();
    private static final PostmortemEditor EDITOR = PostmortemEditor.builder().parser(PARSER).build();

    /** Per set of documents and kind: edits tried, written in place, written canonically, and canonical misses. */
    private static final Map<String, Map<ModelEdits.Kind, AtomicIntegerArray>> STATS = new ConcurrentHashMap<>();

    private record Doc(String set, String name, String text) {
    }

    private static List<Doc> documents() {
        List<Doc> docs = new ArrayList<>();
        for (Path p : Documents.markdownIn(Documents.examples())) {
            docs.add(new Doc("examples", p.getFileName().toString(), Documents.read(p)));
        }
        PostmortemGenerator.seeds(60).forEach(seed -> docs.add(new Doc("generated", "seed " + seed,
                PostmortemRenderer.builder().build().render(PostmortemGenerator.withSeed(seed).next()))));
        String corpus = System.getProperty("postmortem.corpus", "");
        if (!corpus.isBlank() && Files.isDirectory(Path.of(corpus))) {
            for (Path p : Documents.markdownIn(Path.of(corpus))) {
                docs.add(new Doc("corpus", p.getFileName().toString(), Documents.read(p)));
            }
        }
        return docs;
    }

    @TestFactory
    Stream<DynamicTest> withNoEditTheOutputIsTheInputByteForByte() {
        return documents().stream().map(d -> DynamicTest.dynamicTest(d.set() + " " + d.name(), () -> {
            List<String> variants = List.of(d.text(), d.text().replace("\n", "\r\n"), d.text().replace("\n", "\r"),
                    "\uFEFF" + d.text(), d.text().replace("\n", "  \n"), d.text().replace("\n", "\t\n"),
                    d.text().stripTrailing());
            for (String v : variants) {
                ParseResult r = PARSER.parse(v);
                EditResult e = EDITOR.apply(r, r.postmortem());
                assertTrue(e.preserved());
                assertTrue(v.equals(e.text()), d.name() + ": a no-edit round trip changed the text");
                assertEquals("", e.diff("a", "b"));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> seededEditsReadBackAndTouchOnlyTheirLines() {
        return documents().stream().map(d -> DynamicTest.dynamicTest(d.set() + " " + d.name(), () -> {
            ParseResult original = PARSER.parse(d.text());
            Map<ModelEdits.Kind, AtomicIntegerArray> stats = STATS.computeIfAbsent(d.set(), k -> new ConcurrentHashMap<>());
            for (ModelEdits.Kind kind : ModelEdits.Kind.values()) {
                for (int s = 0; s < SEEDS; s++) {
                    long seed = s * 1000L + kind.ordinal();
                    Postmortem edited = ModelEdits.withSeed(seed).apply(kind, original.postmortem());
                    if (edited == null || edited.equals(original.postmortem())) {
                        continue;
                    }
                    String where = d.set() + " " + d.name() + ", " + kind + ", ModelEdits.withSeed(" + seed + ")";
                    AtomicIntegerArray st = stats.computeIfAbsent(kind, k -> new AtomicIntegerArray(4));
                    st.incrementAndGet(0);
                    EditResult result = EDITOR.apply(original, edited);
                    Postmortem back = PARSER.parse(result.text()).postmortem();
                    if (!result.preserved()) {
                        st.incrementAndGet(2);
                        if (!back.equals(edited)) {
                            st.incrementAndGet(3);
                        }
                        assertEquals(edited, back, where + ": written canonically (" + result.reason().orElse("")
                                + "), and that does not read back as the edited model");
                        continue;
                    }
                    st.incrementAndGet(1);
                    assertEquals(result.postmortem(), back, where);
                    assertReadsBackAsEdited(where, kind, edited, back);
                    assertTouchesOnlyEditedLines(where, original, edited, result.text());
                }
            }
        }));
    }

    /** The output reads as the edited model; only prose a changed summary value was written in may differ. */
    private static void assertReadsBackAsEdited(String where, ModelEdits.Kind kind, Postmortem edited, Postmortem back) {
        if (back.equals(edited)) {
            return;
        }
        boolean summaryValue = kind == ModelEdits.Kind.SUMMARY_START || kind == ModelEdits.Kind.SUMMARY_END
                || kind == ModelEdits.Kind.SUMMARY_DURATION;
        Postmortem proseFromEdited = back
                .withSummary(back.summary().toBuilder().description(edited.summary().description())
                        .impact(edited.summary().impact()).rootCause(edited.summary().rootCause()).build())
                .withTimeline(back.timeline().withNotes(edited.timeline().notes()))
                .withRootCause(edited.rootCause()).withResolution(edited.resolution()).withLessons(edited.lessons());
        if (back.sections().size() == edited.sections().size()) {
            // a kept section's text (its body, or a heading that is a whole sentence) can state the start or end
            // too: it reads with the new value, and only one of its two parts may change
            List<dev.postmortem.core.Section> sections = new ArrayList<>();
            for (int i = 0; i < back.sections().size(); i++) {
                dev.postmortem.core.Section b = back.sections().get(i);
                dev.postmortem.core.Section e = edited.sections().get(i);
                sections.add(b.heading().equals(e.heading()) || b.body().equals(e.body()) ? e : b);
            }
            proseFromEdited = proseFromEdited.withSections(sections);
        }
        if (!summaryValue || !proseFromEdited.equals(edited)) {
            fail(where + ": the output does not read back as the edited model\nedited: " + edited + "\nread:   " + back);
        }
    }

    /** Every line the diff removes or changes belongs to a part the edit changed (or is a blank line next to one). */
    private static void assertTouchesOnlyEditedLines(String where, ParseResult original, Postmortem edited, String out) {
        String source = original.source().startsWith("\uFEFF") ? original.source().substring(1) : original.source();
        List<String> lines = LineDiff.lines(source);
        int[] starts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            starts[i + 1] = starts[i] + lines.get(i).length() + 1;
        }
        Set<Integer> allowed = new TreeSet<>();
        for (String path : changedParts(original, edited)) {
            int[] r = original.extents().get(path);
            if (r == null) {
                continue;
            }
            for (int l = lineOf(starts, r[0]); l <= lineOf(starts, Math.max(r[0], r[1] - 1)); l++) {
                allowed.add(l);
            }
        }
        Set<String> allowedText = new HashSet<>();
        allowed.forEach(l -> allowedText.add(lines.get(l)));
        for (LineDiff.Hunk h : LineDiff.diff(original.source(), out)) {
            for (int k = 0; k < h.removed().size(); k++) {
                int line = h.oldStart() + k;
                String t = lines.get(line);
                boolean ok = allowed.contains(line) || allowedText.contains(t)
                        || t.isBlank() && (allowed.contains(line - 1) || allowed.contains(line + 1));
                if (!ok) {
                    fail(where + ": line " + (line + 1) + " changed but belongs to no edited part: '" + t + "'\nallowed lines "
                            + allowed + "\n" + LineDiff.unified(original.source(), out, "a", "b"));
                }
            }
        }
    }

    private static int lineOf(int[] starts, int offset) {
        int l = 0;
        while (l + 1 < starts.length - 1 && starts[l + 1] <= offset) {
            l++;
        }
        return l;
    }

    /** The model paths of the original's parts that the edit changed or removed. */
    private static Set<String> changedParts(ParseResult original, Postmortem e) {
        Postmortem o = original.postmortem();
        Set<String> out = new HashSet<>();
        if (!Objects.equals(o.title(), e.title())) {
            out.add("title");
        }
        if (!o.metadata().equals(e.metadata())) {
            out.add("metadata");
            out.add("metadata.date");
        }
        boolean value = false;
        if (!Objects.equals(o.summary().start(), e.summary().start())) {
            out.add("summary.start");
            value = true;
        }
        if (!Objects.equals(o.summary().end(), e.summary().end())) {
            out.add("summary.end");
            value = true;
        }
        if (!Objects.equals(o.summary().duration(), e.summary().duration())) {
            out.add("summary.duration");
            value = true;
        }
        if (value || !Objects.equals(o.summary().description(), e.summary().description())) {
            out.add("summary.description");
        }
        if (value || !Objects.equals(o.summary().impact(), e.summary().impact())) {
            out.add("summary.impact");
        }
        if (value || !Objects.equals(o.summary().rootCause(), e.summary().rootCause())) {
            out.add("summary.rootCause");
        }
        if (value || !Objects.equals(o.timeline().notes(), e.timeline().notes())) {
            out.add("timeline.notes");
        }
        if (!Objects.equals(o.rootCause(), e.rootCause())) {
            out.add("rootCause");
        }
        if (!Objects.equals(o.resolution(), e.resolution())) {
            out.add("resolution");
        }
        if (!Objects.equals(o.lessons(), e.lessons())) {
            out.add("lessons");
        }
        unmatched("timeline.entries", o.timeline().entries(), e.timeline().entries(), out);
        unmatched("actions", o.actions(), e.actions(), out);
        unmatched("sections", o.sections(), e.sections(), out);
        unmatched("contributors", o.contributors(), e.contributors(), out);
        return out;
    }

    /**
     * Adds the originals that are not in a longest common subsequence of the two lists, with both ways of
     * breaking ties (two swapped parts: either can be the one that moved, and a line diff may pick either).
     */
    private static <T> void unmatched(String prefix, List<T> a, List<T> b, Set<String> out) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (boolean skipOldFirst : new boolean[] {true, false}) {
            int i = 0;
            int j = 0;
            while (i < a.size()) {
                if (j < b.size() && a.get(i).equals(b.get(j))) {
                    i++;
                    j++;
                } else if (j < b.size() && (skipOldFirst ? lcs[i][j + 1] > lcs[i + 1][j] : lcs[i][j + 1] >= lcs[i + 1][j])) {
                    j++;
                } else {
                    out.add(prefix + "[" + i + "]");
                    i++;
                }
            }
        }
    }

    @AfterAll
    static void report() {
        STATS.forEach((set, byKind) -> {
            int tried = 0;
            int kept = 0;
            StringBuilder sb = new StringBuilder("preserving edits, " + set + ":");
            for (Map.Entry<ModelEdits.Kind, AtomicIntegerArray> e : new EnumMap<>(byKind).entrySet()) {
                AtomicIntegerArray a = e.getValue();
                tried += a.get(0);
                kept += a.get(1);
                sb.append(String.format("%n  %-20s %4d edits, %4d in the document's form, %3d canonical (%d of those "
                        + "not reading back)", e.getKey(), a.get(0), a.get(1), a.get(2), a.get(3)));
            }
            System.out.println(sb.append(String.format("%n  total %d edits, %d (%.1f %%) in the document's form", tried, kept,
                    tried == 0 ? 0.0 : 100.0 * kept / tried)));
        });
    }

    /** At least 90 % of all edits (75 % of each kind) are written in the document's own form. */
    @Test
    void mostEditsKeepTheDocumentsForm() {
        int tried = 0;
        int kept = 0;
        Map<ModelEdits.Kind, int[]> byKind = new EnumMap<>(ModelEdits.Kind.class);
        for (Doc d : documents()) {
            ParseResult original = PARSER.parse(d.text());
            for (ModelEdits.Kind kind : ModelEdits.Kind.values()) {
                Postmortem edited = ModelEdits.withSeed(7000L + kind.ordinal()).apply(kind, original.postmortem());
                if (edited == null || edited.equals(original.postmortem())) {
                    continue;
                }
                int[] c = byKind.computeIfAbsent(kind, k -> new int[2]);
                c[0]++;
                tried++;
                if (EDITOR.apply(original, edited).preserved()) {
                    c[1]++;
                    kept++;
                }
            }
        }
        assertTrue(tried > 100, "too few edits to measure: " + tried);
        double share = (double) kept / tried;
        assertTrue(share >= 0.9, String.format("only %d of %d edits (%.1f %%) kept the document's form", kept, tried,
                100 * share));
        byKind.forEach((k, c) -> assertTrue(c[1] >= 0.75 * c[0], k + ": only " + c[1] + " of " + c[0]
                + " edits kept the document's form"));
    }
}
