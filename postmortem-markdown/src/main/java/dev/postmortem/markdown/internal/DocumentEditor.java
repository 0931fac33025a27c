package dev.postmortem.markdown.internal;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an edited postmortem into the text it was parsed from: unchanged parts keep their exact
 * text, changed parts are rewritten in place in the way the document already writes them (the same
 * time, date and duration forms, list markers, labels, table cells), removed parts lose their lines,
 * and new parts are written like their neighbours. The result is parsed again; when that does not
 * give the edited model, the document is written canonically instead. The implementation behind
 * {@code PostmortemEditor}.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentEditor {

    /**
     * What an edit produced.
     *
     * @param text      the new document
     * @param preserved true when the document kept its own text outside the edited parts; false when it
     *                  had to be written canonically
     * @param reason    why the document was written canonically, or null
     * @param result    what the new text reads as: the edited model, except that prose a changed value
     *                  was read from reads with the new value
     */
    public record Outcome(String text, boolean preserved, String reason, Postmortem result) {
    }

    /** A zone after a time (optional) and the separator before an entry's text: {@code  UTC: }, {@code  (PST) - }. */
    private static final Pattern ZONE_AND_SEPARATOR = Pattern.compile(
            "[ \\t]*(?:\\(?[A-Z][A-Za-z]{1,4}(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?[ \\t]*)?[:\\-\u2013\u2014|][ \\t]*");
    private static final Pattern KIND_MARKER = Pattern.compile("\\s*\\(kind: [a-z_]+\\)");
    private static final Pattern CHECKBOX = Pattern.compile("^(\\s*(?:[-*+]|\\d{1,9}[.)])\\s+)\\[([ xX])\\]");
    private static final Pattern ATX = Pattern.compile("^(#{1,6})(?=\\s)");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])(\\s+)");
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^(\\s*(?:[-*+]\\s+)?)(\\*\\*|__|)(owner|owners|assignee|assigned to|responsible|due|due date|deadline|eta|"
                    + "target date|status|state|kind|type|category|link|ticket|tracking|issue|bug)(:)?(\\*\\*|__|)(:)?\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_PLAIN = Pattern.compile("([\\w.-]+:[ \t]+)([A-Za-z0-9][^\"'#\\[{]*?)([ \t]*)");
    private static final Pattern YAML_QUOTED = Pattern.compile("([\\w.-]+): \"([^\"\\\\]*)\"");
    private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/-]*[A-Za-z0-9]|[A-Za-z]");
    private static final Pattern LABEL_WORD = Pattern.compile(
            "(?i)\\b(start(?:ed)?|began|begin|end(?:ed)?|duration|date|time)\\b");
    private static final Map<ActionStatus, String> STATUS_GLYPH = Map.of(ActionStatus.OPEN, "⬜", ActionStatus.DONE, "✅",
            ActionStatus.WONT_DO, "❌");

    private final MarkdownWriter writer = new MarkdownWriter();

    /** Creates an editor. */
    public DocumentEditor() {
    }

    /**
     * Writes {@code edited} into {@code source}.
     *
     * @param source   the document as it was parsed
     * @param original the model parsed from it
     * @param extents  where each part was read from (model path to normalised offsets)
     * @param edited   the edited model
     * @param reparse  parses a document (to check the result)
     * @return the new document and whether it kept the source's text
     */
    public Outcome edit(String source, Postmortem original, Map<String, int[]> extents, Postmortem edited,
            Function<String, Postmortem> reparse) {
        if (original.equals(edited)) {
            return new Outcome(source, true, null, original);
        }
        String failure;
        String text = null;
        String eol = "\n";
        Run run = null;
        try {
            EditedText doc = new EditedText(source);
            eol = doc.eol();
            run = new Run(doc, extents);
            failure = run.all(original, edited);
            text = failure == null ? doc.apply() : null;
            if (failure == null && text == null) {
                failure = "two edited parts share text";
            }
        } catch (RuntimeException e) {
            // a fault of the in-place edit must not fail the edit: the canonical text is still right
            failure = "the document could not be edited in place: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (text != null) {
            // the parser's own exception (text over its size limit) is the caller's to see
            Postmortem again = reparse.apply(text);
            if (again.equals(edited) || !run.shared.isEmpty() && again.equals(withProse(edited, again, run.shared))) {
                return new Outcome(text, true, null, again);
            }
            failure = "the edited text does not read back as the edited " + firstDifference(again, edited);
        }
        String canonical = canonical(source, eol, edited);
        return new Outcome(canonical, false, failure, reparse.apply(canonical));
    }

    /** The edited model with the prose at the given paths as the new text reads it. */
    private static Postmortem withProse(Postmortem edited, Postmortem again, Set<String> paths) {
        Summary s = edited.summary();
        Summary.Builder b = s.toBuilder();
        if (paths.contains("summary.description")) {
            b.description(again.summary().description());
        }
        if (paths.contains("summary.impact")) {
            b.impact(again.summary().impact());
        }
        if (paths.contains("summary.rootCause")) {
            b.rootCause(again.summary().rootCause());
        }
        Postmortem p = edited.withSummary(b.build());
        if (paths.contains("timeline.notes")) {
            p = p.withTimeline(p.timeline().withNotes(again.timeline().notes()));
        }
        if (paths.contains("rootCause")) {
            p = p.withRootCause(again.rootCause());
        }
        if (paths.contains("resolution")) {
            p = p.withResolution(again.resolution());
        }
        if (paths.contains("lessons")) {
            p = p.withLessons(again.lessons());
        }
        if (p.sections().size() == again.sections().size()) {
            List<Section> sections = new ArrayList<>(p.sections());
            for (int i = 0; i < sections.size(); i++) {
                if (paths.contains("sections[" + i + "]")) {
                    sections.set(i, again.sections().get(i));
                }
            }
            p = p.withSections(sections);
        }
        return p;
    }

    private String canonical(String source, String eol, Postmortem edited) {
        String out = writer.write(edited);
        if (!eol.equals("\n")) {
            out = out.replace("\n", eol);
        }
        return !source.isEmpty() && source.charAt(0) == '\uFEFF' ? '\uFEFF' + out : out;
    }

    private static String firstDifference(Postmortem a, Postmortem b) {
        if (!Objects.equals(a.title(), b.title())) {
            return "title";
        }
        if (!a.metadata().equals(b.metadata())) {
            return "metadata";
        }
        if (!a.summary().equals(b.summary())) {
            return "summary";
        }
        if (!a.timeline().equals(b.timeline())) {
            return "timeline";
        }
        if (!a.actions().equals(b.actions())) {
            return "actions";
        }
        if (!a.sections().equals(b.sections())) {
            return "sections";
        }
        return "document";
    }

    /** One edit: the text being changed and where the original's parts were. */
    private final class Run {
        final EditedText doc;
        final String text;
        final Map<String, int[]> ext;
        /** Prose that a changed value was read from: it changes with the value. */
        final Set<String> shared = new HashSet<>();

        Run(EditedText doc, Map<String, int[]> ext) {
            this.doc = doc;
            this.text = doc.text();
            this.ext = ext;
        }

        /** Records the changes; returns why it cannot, or null. */
        String all(Postmortem o, Postmortem n) {
            List<String> problems = new ArrayList<>();
            check(problems, "title", title(o.title(), n.title()));
            check(problems, "metadata", metadata(o.metadata(), n.metadata()));
            check(problems, "summary", summary(o.summary(), n.summary()));
            check(problems, "timeline.notes", prose("timeline.notes", o.timeline().notes(), n.timeline().notes()));
            // a part the document does not have yet gets a section of its own at the end
            check(problems, "timeline", o.timeline().entries().isEmpty() && !n.timeline().entries().isEmpty()
                    ? append(Postmortem.builder().timeline(new Timeline(null, n.timeline().entries())).build())
                    : list("timeline.entries", o.timeline().entries(), n.timeline().entries(), this::entry, false));
            check(problems, "rootCause", o.rootCause() == null && n.rootCause() != null
                    ? append(Postmortem.builder().rootCause(n.rootCause()).build())
                    : prose("rootCause", o.rootCause(), n.rootCause()));
            check(problems, "resolution", o.resolution() == null && n.resolution() != null
                    ? append(Postmortem.builder().resolution(n.resolution()).build())
                    : prose("resolution", o.resolution(), n.resolution()));
            check(problems, "lessons", o.lessons() == null && n.lessons() != null
                    ? append(Postmortem.builder().lessons(n.lessons()).build())
                    : prose("lessons", o.lessons(), n.lessons()));
            check(problems, "actions", o.actions().isEmpty() && !n.actions().isEmpty()
                    ? append(Postmortem.builder().actions(n.actions()).build())
                    : list("actions", o.actions(), n.actions(), this::action, false));
            check(problems, "sections", o.sections().isEmpty() && !n.sections().isEmpty()
                    ? append(Postmortem.builder().sections(n.sections()).build())
                    : list("sections", o.sections(), n.sections(), this::section, true));
            check(problems, "contributors", o.contributors().isEmpty() && !n.contributors().isEmpty()
                    ? append(Postmortem.builder().contributors(n.contributors()).build())
                    : list("contributors", o.contributors(), n.contributors(), this::contributor, false));
            return problems.isEmpty() ? null : String.join("; ", problems);
        }

        /**
         * Appends a part the document does not have, written canonically, with its headings at the level
         * the document's own sections use.
         */
        private boolean append(Postmortem only) {
            String block = writer.write(only).stripTrailing();
            int shift = sectionLevel() - 2;
            if (shift != 0) {
                StringBuilder sb = new StringBuilder();
                for (String line : block.split("\n", -1)) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    Matcher h = ATX.matcher(line);
                    sb.append(h.lookingAt() ? "#".repeat(Math.min(6, Math.max(1, h.group(1).length() + shift)))
                            + line.substring(h.group(1).length()) : line);
                }
                block = sb.toString();
            }
            appendBlock(block);
            return true;
        }

        /** Appends a block at the end of the document, after a blank line. */
        private void appendBlock(String block) {
            boolean endsWithBreak = text.endsWith("\n");
            String lead = text.isEmpty() ? "" : endsWithBreak ? (text.endsWith("\n\n") ? "" : "\n") : "\n\n";
            doc.change(text.length(), text.length(), lead + block + (endsWithBreak || text.isEmpty() ? "\n" : ""));
        }

        /** The heading level most of the document's headings below the title use; 2 when it has none. */
        private int sectionLevel() {
            int[] count = new int[7];
            for (int l = 0; l < doc.lineCount(); l++) {
                Matcher h = ATX.matcher(text.substring(doc.lineStart(l), doc.lineEnd(l)));
                if (h.lookingAt() && h.group(1).length() >= 2) {
                    count[h.group(1).length()]++;
                }
            }
            int best = 2;
            for (int k = 2; k <= 6; k++) {
                if (count[k] > count[best]) {
                    best = k;
                }
            }
            return best;
        }

        /** Notes the prose that holds changed text. */
        private void share(List<ValueText.Change> cs) {
            List<String> prose = new ArrayList<>(List.of("summary.description", "summary.impact", "summary.rootCause",
                    "timeline.notes", "rootCause", "resolution", "lessons"));
            for (int i = 0; ext.containsKey("sections[" + i + "]"); i++) {
                prose.add("sections[" + i + "]");
            }
            for (String p : prose) {
                int[] r = ext.get(p);
                for (ValueText.Change c : cs) {
                    if (r != null && c.start() < r[1] && c.end() > r[0]) {
                        shared.add(p);
                    }
                }
            }
        }

        private void check(List<String> problems, String part, boolean ok) {
            if (!ok) {
                problems.add("the " + part + " could not be written in the document's own form");
            }
        }

        // ---------------------------------------------------------- title, metadata

        private boolean title(String o, String n) {
            if (Objects.equals(o, n)) {
                return true;
            }
            int[] r = ext.get("title");
            if (o == null || n == null || r == null) {
                return false;
            }
            int[] f = ValueText.findText(text, r[0], r[1], o);
            if (f == null || n.indexOf('\n') >= 0) {
                return false;
            }
            doc.change(f[0], f[1], n);
            return true;
        }

        private boolean metadata(Metadata o, Metadata n) {
            if (o.equals(n)) {
                return true;
            }
            int[] fm = ext.get("metadata");
            if (fm == null) {
                int[] d = ext.get("metadata.date");
                Metadata withoutDate = o.toBuilder().date(n.date()).build();
                if (d != null && withoutDate.equals(n) && o.date() != null && n.date() != null) {
                    List<ValueText.Change> cs = ValueText.stamp(text, d[0], d[1], Timestamp.ofDate(o.date()),
                            Timestamp.ofDate(n.date()));
                    if (cs == null) {
                        return false;
                    }
                    doc.changes(cs);
                    return true;
                }
                // no front matter yet: one is written at the top; a date read from a label stays there
                boolean labelled = d != null && Objects.equals(o.date(), n.date());
                Metadata fromElsewhere = labelled ? o.toBuilder().date(null).build() : o;
                if (!fromElsewhere.isEmpty() || text.startsWith("---")) {
                    return false;
                }
                StringBuilder sb = new StringBuilder();
                FrontMatter.write(labelled ? n.toBuilder().date(null).build() : n, sb);
                doc.change(0, 0, sb.toString());
                return true;
            }
            Map<String, String> ov = yamlLines(o);
            Map<String, String> nv = yamlLines(n);
            int first = 1;
            int closing = doc.lineOf(fm[1]);
            for (String key : union(ov.keySet(), nv.keySet())) {
                String a = ov.get(key);
                String b = nv.get(key);
                if (Objects.equals(a, b)) {
                    continue;
                }
                int[] lines = keyLines(first, closing, key);
                if (lines == null) {
                    if (a != null) {
                        return false;
                    }
                    doc.insertBefore(closing, b);
                } else if (b == null) {
                    doc.deleteLines(lines[0], lines[1]);
                } else {
                    doc.change(doc.lineStart(lines[0]), doc.lineEnd(lines[1]), plainLike(lines, b));
                }
            }
            return true;
        }

        /** The front matter lines of each key, as the canonical writer writes them. */
        private Map<String, String> yamlLines(Metadata m) {
            Map<String, String> out = new LinkedHashMap<>();
            put(out, "id", m.id() == null ? null : Metadata.builder().id(m.id()).build());
            put(out, "status", m.status() == null ? null : Metadata.builder().status(m.status()).build());
            put(out, "severity", m.severity() == null ? null : Metadata.builder().severity(m.severity()).build());
            put(out, "date", m.date() == null ? null : Metadata.builder().date(m.date()).build());
            put(out, "authors", m.authors().isEmpty() ? null : Metadata.builder().authors(m.authors()).build());
            put(out, "tags", m.tags().isEmpty() ? null : Metadata.builder().tags(m.tags()).build());
            m.extra().forEach((k, v) -> put(out, k, Metadata.builder().extra(Map.of(k, v)).build()));
            return out;
        }

        private void put(Map<String, String> out, String key, Metadata single) {
            if (single == null) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            FrontMatter.write(single, sb);
            String s = sb.toString();
            // drop the fences: "---\n" ... "---\n"
            out.put(key, s.substring(4, s.length() - 5));
        }

        private List<String> union(Set<String> a, Set<String> b) {
            List<String> keys = new ArrayList<>(a);
            for (String k : b) {
                if (!a.contains(k)) {
                    keys.add(k);
                }
            }
            return keys;
        }

        /**
         * A scalar written plain ({@code status: draft}) stays plain when its new value needs no quotes;
         * else the canonical line.
         */
        private String plainLike(int[] lines, String canonical) {
            if (lines[0] != lines[1] || canonical.indexOf('\n') >= 0) {
                return canonical;
            }
            String old = text.substring(doc.lineStart(lines[0]), doc.lineEnd(lines[0]));
            Matcher om = YAML_PLAIN.matcher(old);
            Matcher nm = YAML_QUOTED.matcher(canonical);
            if (!om.matches() || !nm.matches() || !SAFE_PLAIN.matcher(nm.group(2)).matches()) {
                return canonical;
            }
            return om.group(1) + nm.group(2) + om.group(3);
        }

        /** The lines {@code [first, last]} of a front matter key and its nested lines, or null. */
        private int[] keyLines(int from, int closing, String key) {
            for (int l = from; l < closing; l++) {
                String line = text.substring(doc.lineStart(l), doc.lineEnd(l));
                String k = line.startsWith("\"") || line.startsWith("'") ? line.substring(1) : line;
                if (k.startsWith(key) && k.length() > key.length()
                        && (k.charAt(key.length()) == ':' || k.charAt(key.length()) == '"' || k.charAt(key.length()) == '\'')) {
                    int last = l;
                    while (last + 1 < closing) {
                        String next = text.substring(doc.lineStart(last + 1), doc.lineEnd(last + 1));
                        if (next.isEmpty() || next.charAt(0) == ' ' || next.charAt(0) == '\t' || next.startsWith("- ")) {
                            last++;
                        } else {
                            break;
                        }
                    }
                    return new int[] {l, last};
                }
            }
            return null;
        }

        // ---------------------------------------------------------- summary and prose

        private boolean summary(Summary o, Summary n) {
            if (o.equals(n)) {
                return true;
            }
            boolean ok = stamp("summary.start", o.start(), n.start(), o, n);
            ok &= stamp("summary.end", o.end(), n.end(), o, n);
            ok &= duration(o.duration(), n.duration(), o, n);
            ok &= prose("summary.description", o.description(), n.description());
            ok &= prose("summary.impact", o.impact(), n.impact());
            ok &= prose("summary.rootCause", o.rootCause(), n.rootCause());
            return ok;
        }

        private boolean stamp(String path, Timestamp o, Timestamp n, Summary os, Summary ns) {
            if (Objects.equals(o, n)) {
                return true;
            }
            int[] r = ext.get(path);
            if (o != null && n != null) {
                if (r == null) {
                    return false;
                }
                int lineEnd = doc.lineEnd(doc.lineOf(r[0]));
                List<ValueText.Change> cs = ValueText.stamp(text, r[0], lineEnd, o, n);
                if (cs == null) {
                    return false;
                }
                doc.changes(cs);
                share(cs);
                return true;
            }
            if (n == null) {
                return r != null && deleteLabelLine(r);
            }
            boolean start = path.endsWith("start");
            String sibling = start ? "summary.end" : "summary.start";
            Timestamp siblingValue = start ? os.end() : os.start();
            int[] s = ext.get(sibling);
            if (s == null || siblingValue == null || !Objects.equals(siblingValue, start ? ns.end() : ns.start())) {
                return false;
            }
            String line = labelLine(s, start ? "Start" : "End", siblingValue, n);
            if (line == null) {
                return false;
            }
            int l = doc.lineOf(s[0]);
            if (start) {
                doc.insertBefore(l, line);
            } else {
                doc.insertAfter(l, line);
            }
            return true;
        }

        /** A sibling's label line with its label word and value replaced. */
        private String labelLine(int[] sibling, String word, Timestamp siblingValue, Timestamp value) {
            int l = doc.lineOf(sibling[0]);
            String line = text.substring(doc.lineStart(l), doc.lineEnd(l));
            int valueAt = sibling[0] - doc.lineStart(l);
            Matcher m = LABEL_WORD.matcher(line).region(0, valueAt);
            if (!m.find()) {
                return null;
            }
            String found = m.group(1);
            String w = Character.isUpperCase(found.charAt(0)) ? word : word.toLowerCase(Locale.ROOT);
            List<ValueText.Change> cs = ValueText.stamp(line, valueAt, line.length(), siblingValue, value);
            if (cs == null) {
                return null;
            }
            cs = new ArrayList<>(cs);
            cs.add(new ValueText.Change(m.start(1), m.end(1), w));
            return EditedText.apply(line, cs);
        }

        private boolean duration(Duration o, Duration n, Summary os, Summary ns) {
            if (Objects.equals(o, n)) {
                return true;
            }
            int[] r = ext.get("summary.duration");
            if (o != null && n != null) {
                if (r == null) {
                    return false;
                }
                List<ValueText.Change> cs = ValueText.duration(text, r[0], doc.lineEnd(doc.lineOf(r[0])), o, n);
                if (cs == null) {
                    return false;
                }
                doc.changes(cs);
                share(cs);
                return true;
            }
            if (n == null) {
                return r != null && deleteLabelLine(r);
            }
            // a new duration: a label line like the end's (or the start's), after it
            int[] s = ext.get(os.end() != null ? "summary.end" : "summary.start");
            if (s == null) {
                return false;
            }
            int l = doc.lineOf(s[0]);
            String line = text.substring(doc.lineStart(l), doc.lineEnd(l));
            int valueAt = s[0] - doc.lineStart(l);
            Matcher m = LABEL_WORD.matcher(line).region(0, valueAt);
            if (!m.find() || doc.lineOf(ext.getOrDefault("summary.start", s)[0]) == doc.lineOf(ext.getOrDefault("summary.end",
                    s)[0]) && os.start() != null && os.end() != null) {
                return false;
            }
            String w = Character.isUpperCase(m.group(1).charAt(0)) ? "Duration" : "duration";
            String tail = line.substring(valueAt);
            String trailing = tail.substring(tail.stripTrailing().length());
            doc.insertAfter(l, line.substring(0, m.start(1)) + w + line.substring(m.end(1), valueAt) + TimeText.format(n)
                    + trailing);
            return true;
        }

        /** Deletes the line a value was read from when it holds that value only (after its label). */
        private boolean deleteLabelLine(int[] r) {
            int l = doc.lineOf(r[0]);
            int end = r[1] > doc.lineEnd(l) ? doc.lineOf(r[1] - 1) : l;
            for (String other : List.of("summary.start", "summary.end", "summary.duration")) {
                int[] x = ext.get(other);
                if (x != null && x != r && doc.lineOf(x[0]) >= l && doc.lineOf(x[0]) <= end) {
                    return false;
                }
            }
            doc.deleteLines(l, end);
            return true;
        }

        /** A text value: rewritten where it is written, its lines deleted when it is removed. */
        private boolean prose(String path, String o, String n) {
            if (Objects.equals(o, n)) {
                return true;
            }
            int[] r = ext.get(path);
            if (o == null || r == null) {
                return false;
            }
            if (n == null) {
                doc.deleteLines(doc.lineOf(r[0]), doc.lineOf(Math.max(r[0], r[1] - 1)));
                return true;
            }
            int[] f = ValueText.findText(text, r[0], r[1], o);
            if (f == null) {
                // the value's lines hold more than its words (a separator line): all of them are replaced
                int b = r[0];
                int e = r[1];
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (b == e || doc.lineStart(doc.lineOf(b)) != b) {
                    return false;
                }
                f = new int[] {b, e, 0};
            }
            doc.change(f[0], f[1], ValueText.indent(n, f[2] >= 0 ? f[2] : 0));
            return true;
        }

        // ---------------------------------------------------------- lists of parts

        /**
         * Aligns the original list with the edited one ({@link LineDiff#align}: equal parts, then moves,
         * then changed parts in the gaps) and records deletions, rewrites and insertions. Linear in the
         * lengths of the lists, so that a long timeline with one entry changed costs little.
         */
        private <T> boolean list(String prefix, List<T> olds, List<T> news, Rewrite<T> rewrite, boolean blocks) {
            if (olds.equals(news)) {
                return true;
            }
            int n = olds.size();
            int m = news.size();
            int[][] lines = new int[n][];
            for (int i = 0; i < n; i++) {
                int[] r = ext.get(prefix + "[" + i + "]");
                if (r == null) {
                    return false;
                }
                lines[i] = new int[] {doc.lineOf(r[0]), doc.lineOf(Math.max(r[0], r[1] - 1))};
                while (lines[i][1] > lines[i][0] && doc.isBlank(lines[i][1])) {
                    lines[i][1]--;
                }
                if (i > 0 && lines[i][0] <= lines[i - 1][1]) {
                    return false;
                }
            }
            int[] oldTo = LineDiff.align(olds, news, true);
            int[] newFrom = new int[m];
            Arrays.fill(newFrom, -1);
            for (int i = 0; i < n; i++) {
                if (oldTo[i] >= 0) {
                    newFrom[oldTo[i]] = i;
                }
            }
            boolean[] kept = new boolean[m];
            for (int j = 0; j < m; j++) {
                kept[j] = newFrom[j] >= 0;
            }
            // moves: an edited part equal to an unmatched original (the first such original)
            Map<T, ArrayDeque<Integer>> unmatched = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (oldTo[i] < 0) {
                    unmatched.computeIfAbsent(olds.get(i), k -> new ArrayDeque<>()).add(i);
                }
            }
            boolean[] moved = new boolean[n];
            int[] moveFrom = new int[m];
            Arrays.fill(moveFrom, -1);
            for (int j = 0; j < m; j++) {
                ArrayDeque<Integer> same = newFrom[j] >= 0 ? null : unmatched.get(news.get(j));
                if (same != null && !same.isEmpty()) {
                    int i = same.poll();
                    moved[i] = true;
                    moveFrom[j] = i;
                }
            }
            // changed parts: pair the remaining originals and edited parts between two kept ones
            int[] modifiedFrom = new int[m];
            Arrays.fill(modifiedFrom, -1);
            boolean[] modified = new boolean[n];
            int i0 = 0;
            int j0 = 0;
            while (j0 <= m) {
                int j1 = j0;
                while (j1 < m && !kept[j1]) {
                    j1++;
                }
                int i1 = j1 < m ? newFrom[j1] : n;
                int i = i0;
                for (int j = j0; j < j1; j++) {
                    if (moveFrom[j] >= 0) {
                        continue;
                    }
                    while (i < i1 && (oldTo[i] >= 0 || moved[i])) {
                        i++;
                    }
                    if (i < i1) {
                        modifiedFrom[j] = i;
                        modified[i] = true;
                        i++;
                    }
                }
                i0 = i1 + 1;
                j0 = j1 + 1;
            }
            // deletions and rewrites
            for (int i = 0; i < n; i++) {
                if (oldTo[i] >= 0 || modified[i]) {
                    continue;
                }
                deleteBlock(lines[i], blocks);
            }
            for (int j = 0; j < m; j++) {
                int i = modifiedFrom[j];
                if (i < 0) {
                    continue;
                }
                int s = doc.lineStart(lines[i][0]);
                int e = doc.lineEnd(lines[i][1]);
                String out = rewrite.apply(text.substring(s, e), olds.get(i), news.get(j));
                if (out == null) {
                    return false;
                }
                doc.change(s, e, out);
            }
            // insertions: moved parts as they were written, new parts written like a neighbour
            for (int j = 0; j < m; j++) {
                if (newFrom[j] >= 0 || modifiedFrom[j] >= 0) {
                    continue;
                }
                String content;
                if (moveFrom[j] >= 0) {
                    int[] l = lines[moveFrom[j]];
                    content = text.substring(doc.lineStart(l[0]), doc.lineEnd(l[1]));
                } else {
                    content = null;
                    for (int t : templates(j, newFrom, modifiedFrom, n)) {
                        int[] l = lines[t];
                        content = rewrite.apply(text.substring(doc.lineStart(l[0]), doc.lineEnd(l[1])), olds.get(t),
                                news.get(j));
                        if (content != null) {
                            content = renumber(content, lines, j, newFrom, modifiedFrom);
                            break;
                        }
                    }
                    if (content == null && blocks) {
                        // no section to write it like: a canonical section, before the next section that
                        // has a heading of its own, or at the end
                        Section sec = (Section) news.get(j);
                        String fresh = "#".repeat(sectionLevel()) + " " + sec.heading().strip()
                                + (sec.body().isBlank() ? "" : "\n\n" + sec.body().strip());
                        int next = -1;
                        for (int k = j + 1; k < m && next < 0; k++) {
                            int i = original(k, newFrom, modifiedFrom);
                            if (i >= 0 && ext.containsKey(prefix + "[" + i + "].heading")) {
                                next = i;
                            }
                        }
                        if (next >= 0) {
                            doc.insertBefore(lines[next][0], fresh + "\n");
                        } else {
                            appendBlock(fresh);
                        }
                        continue;
                    }
                    if (content == null) {
                        return false;
                    }
                }
                int before = -1;
                for (int k = j - 1; k >= 0 && before < 0; k--) {
                    before = original(k, newFrom, modifiedFrom);
                }
                if (before >= 0) {
                    doc.insertAfter(lines[before][1], blocks ? "\n" + content : content);
                    continue;
                }
                int after = -1;
                for (int k = j + 1; k < m && after < 0; k++) {
                    after = original(k, newFrom, modifiedFrom);
                }
                if (after < 0 && n > 0) {
                    after = 0;
                }
                if (after < 0) {
                    return false;
                }
                doc.insertBefore(lines[after][0], blocks ? content + "\n" : content);
            }
            return true;
        }

        /** Originals to write a new part like: the nearest kept or changed ones first, then any. */
        private Collection<Integer> templates(int j, int[] newFrom, int[] modifiedFrom, int n) {
            Set<Integer> out = new LinkedHashSet<>();
            for (int d = 1; d < newFrom.length + 1; d++) {
                for (int k : new int[] {j - d, j + d}) {
                    if (k >= 0 && k < newFrom.length) {
                        int i = original(k, newFrom, modifiedFrom);
                        if (i >= 0) {
                            out.add(i);
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }

        /** A numbered item written after another takes the next number. */
        private String renumber(String content, int[][] lines, int j, int[] newFrom, int[] modifiedFrom) {
            Matcher m = LIST_MARKER.matcher(content);
            if (!m.lookingAt() || !Character.isDigit(m.group(2).charAt(0))) {
                return content;
            }
            int prev = -1;
            for (int k = j - 1; k >= 0 && prev < 0; k--) {
                prev = original(k, newFrom, modifiedFrom);
            }
            if (prev < 0) {
                return content;
            }
            int pl = lines[prev][0];
            Matcher pm = LIST_MARKER.matcher(text.substring(doc.lineStart(pl), doc.lineEnd(pl)));
            if (!pm.lookingAt() || !Character.isDigit(pm.group(2).charAt(0))) {
                return content;
            }
            String num = pm.group(2);
            int value = Integer.parseInt(num.substring(0, num.length() - 1)) + 1;
            return m.group(1) + value + num.charAt(num.length() - 1) + m.group(3) + content.substring(m.end());
        }

        private void deleteBlock(int[] l, boolean blocks) {
            if (blocks && doc.isBlank(l[1] + 1)) {
                doc.deleteLines(l[0], l[1] + 1);
            } else if (blocks && doc.isBlank(l[0] - 1)) {
                doc.deleteLines(l[0] - 1, l[1]);
            } else {
                doc.deleteLines(l[0], l[1]);
            }
        }

        // ---------------------------------------------------------- parts

        private String entry(String region, TimelineEntry o, TimelineEntry n) {
            List<ValueText.Change> cs = new ArrayList<>();
            boolean table = region.stripLeading().startsWith("|");
            int textStart = -1;
            int textEnd = -1;
            int indent = -1;
            if (!o.text().isEmpty()) {
                int[] f = ValueText.findText(region, 0, region.length(), o.text());
                if (f != null) {
                    textStart = f[0];
                    textEnd = f[1];
                    indent = f[2];
                }
            }
            String oldMarker = "";
            if (textEnd >= 0) {
                Matcher km = KIND_MARKER.matcher(region).region(textEnd, region.length());
                if (km.lookingAt()) {
                    oldMarker = km.group();
                }
            }
            String newMarker = n.hasInferredKind() ? "" : " (kind: " + n.kind().id() + ")";
            boolean textChanged = !o.text().equals(n.text()) || o.kind() != n.kind();
            if (textChanged && textStart < 0 && !table && o.hasInferredKind()) {
                return splitEntry(region, o, n);
            }
            if (textChanged) {
                if (textStart < 0 || !o.hasInferredKind() && oldMarker.isEmpty()) {
                    return null;
                }
                String t = table ? n.text().replace("|", "\\|") : n.text();
                if (table && t.indexOf('\n') >= 0 || n.text().isEmpty()) {
                    return null;
                }
                cs.add(new ValueText.Change(textStart, textEnd + oldMarker.length(),
                        ValueText.indent(t, Math.max(indent, 0)) + newMarker));
            }
            if (!Objects.equals(o.at(), n.at())) {
                if (o.at() == null || n.at() == null) {
                    return null;
                }
                List<ValueText.Change> ts = textStart >= 0
                        ? ValueText.stamp(region, 0, textStart, o.at(), n.at())
                        : ValueText.stamp(region, 0, region.length(), o.at(), n.at());
                if (ts == null && textStart >= 0) {
                    ts = ValueText.stamp(region, textEnd, region.length(), o.at(), n.at());
                }
                if (ts == null) {
                    return null;
                }
                cs.addAll(ts);
            }
            return EditedText.apply(region, cs);
        }

        /**
         * Rewrites a one-line entry (a list item or a plain line) whose text the parser put together from both sides of its time
         * ({@code August 26 ~ 5:00 PM: Checked the logs} reads as text {@code August 26: Checked the logs}
         * at 17:00): the new text follows the time and its separator, which keep their form; what stood
         * before the time belonged to the old text and goes with it. Null when the item is not of that
         * shape; the reparse checks the result.
         */
        private String splitEntry(String region, TimelineEntry o, TimelineEntry n) {
            String body = region.endsWith("\n") ? region.substring(0, region.length() - 1) : region;
            Matcher m = LIST_MARKER.matcher(body);
            if (body.indexOf('\n') >= 0 || o.at() == null || o.at().time() == null || n.text().isEmpty()
                    || n.text().indexOf('\n') >= 0) {
                return null;
            }
            int content = m.lookingAt() ? m.end() : body.length() - body.stripLeading().length();
            int[] t = ValueText.time(body, content, body.length(), o.at().time());
            if (t == null) {
                return null;
            }
            for (int i = content; i < t[0]; i++) {
                char c = body.charAt(i);
                if (c == '*' || c == '_' || c == '`' || c == '[') {
                    return null;
                }
            }
            int after = t[1];
            Matcher z = ZONE_AND_SEPARATOR.matcher(body).region(t[1], body.length());
            if (z.lookingAt()) {
                after = z.end();
            } else {
                while (after < body.length() && !Character.isLetterOrDigit(body.charAt(after))
                        && body.charAt(after) != '*' && body.charAt(after) != '`' && body.charAt(after) != '[') {
                    after++;
                }
            }
            if (after == body.length() || after == t[1]) {
                return null;
            }
            List<ValueText.Change> cs = new ArrayList<>();
            cs.add(new ValueText.Change(content, t[0], ""));
            cs.add(new ValueText.Change(after, body.length(), n.text()));
            if (!Objects.equals(o.at(), n.at())) {
                if (n.at() == null) {
                    return null;
                }
                List<ValueText.Change> ts = ValueText.stamp(body, t[0], after, o.at(), n.at());
                if (ts == null) {
                    return null;
                }
                cs.addAll(ts);
            }
            String out = EditedText.apply(body, cs);
            return out == null ? null : out + region.substring(body.length());
        }

        private String action(String region, ActionItem o, ActionItem n) {
            List<ValueText.Change> cs = new ArrayList<>();
            boolean table = region.stripLeading().startsWith("|");
            int[] t = ValueText.findText(region, 0, region.length(), o.title());
            if (t == null) {
                return null;
            }
            if (!o.title().equals(n.title())) {
                if (n.title().indexOf('\n') >= 0) {
                    return null;
                }
                cs.add(new ValueText.Change(t[0], t[1], table ? n.title().replace("|", "\\|") : n.title()));
            }
            int after = t[1];
            if (!Objects.equals(o.description(), n.description())) {
                if (o.description() == null) {
                    return null;
                }
                int[] d = ValueText.findText(region, after, region.length(), o.description());
                if (d == null) {
                    return null;
                }
                if (n.description() != null) {
                    cs.add(new ValueText.Change(d[0], d[1], ValueText.indent(n.description(), Math.max(d[2], 0))));
                } else if (!deleteLines(region, d[0], d[1], cs)) {
                    return null;
                }
            }
            List<String> added = new ArrayList<>();
            if (!text(region, after, o.owner(), n.owner(), "Owner", cs, added, table)) {
                return null;
            }
            if (!text(region, after, o.link(), n.link(), "Link", cs, added, table)) {
                return null;
            }
            if (!Objects.equals(o.due(), n.due())) {
                if (o.due() == null) {
                    added.add(field(region, "Due", n.due().toString()));
                } else if (n.due() == null) {
                    if (!deleteFieldLine(region, after, o.due().toString(), cs)) {
                        return null;
                    }
                } else {
                    List<ValueText.Change> dc = ValueText.stamp(region, after, region.length(), Timestamp.ofDate(o.due()),
                            Timestamp.ofDate(n.due()));
                    if (dc == null) {
                        return null;
                    }
                    cs.addAll(dc);
                }
            }
            if (o.status() != n.status()) {
                if (n.status() == null) {
                    if (!deleteFieldLine(region, after, o.status().id(), cs)) {
                        return null;
                    }
                } else if (o.status() == null) {
                    added.add(field(region, "Status", n.status().id()));
                } else if (!status(region, t[0], t[1], o.status(), n.status(), cs)) {
                    return null;
                }
            }
            if (o.kind() != n.kind()) {
                if (n.kind() == null) {
                    if (!deleteFieldLine(region, after, o.kind().id(), cs)) {
                        return null;
                    }
                } else if (o.kind() == null) {
                    added.add(field(region, "Kind", n.kind().id()));
                } else {
                    int at = indexOfIgnoreCase(region, o.kind().id(), after);
                    if (at < 0) {
                        return null;
                    }
                    cs.add(new ValueText.Change(at, at + o.kind().id().length(), n.kind().id()));
                }
            }
            if (added.contains(null) || table && !added.isEmpty()) {
                return null;
            }
            String out = EditedText.apply(region, cs);
            if (out == null) {
                return null;
            }
            for (String line : added) {
                out = out + "\n" + line;
            }
            return out;
        }

        /** A text field of an action: rewritten where it is, or a field line to add. */
        private boolean text(String region, int after, String o, String n, String label, List<ValueText.Change> cs,
                List<String> added, boolean table) {
            if (Objects.equals(o, n)) {
                return true;
            }
            if (n == null) {
                return o != null && deleteFieldLine(region, after, o, cs);
            }
            if (n.indexOf('\n') >= 0) {
                return false;
            }
            if (o == null) {
                added.add(field(region, label, n));
                return true;
            }
            int at = region.indexOf(o, after);
            if (at < 0) {
                return false;
            }
            cs.add(new ValueText.Change(at, at + o.length(), table ? n.replace("|", "\\|") : n));
            return true;
        }

        /** Deletes the field line (a line of its own after the title) that holds a value. */
        private boolean deleteFieldLine(String region, int after, String value, List<ValueText.Change> cs) {
            int at = indexOfIgnoreCase(region, value, after);
            if (at < 0) {
                return false;
            }
            int ls = region.lastIndexOf('\n', at) + 1;
            int le = region.indexOf('\n', at);
            le = le < 0 ? region.length() : le;
            if (ls == 0 || !FIELD_LINE.matcher(region.substring(ls, le)).lookingAt()) {
                return false;
            }
            cs.add(new ValueText.Change(ls - 1, le, ""));
            return true;
        }

        /** Deletes the whole lines of {@code [start, end)}, with a blank line before them; false unless whole lines. */
        private boolean deleteLines(String region, int start, int end, List<ValueText.Change> cs) {
            int ls = region.lastIndexOf('\n', start - 1) + 1;
            if (ls == 0 || !region.substring(ls, start).isBlank() || end < region.length() && region.charAt(end) != '\n') {
                return false;
            }
            int from = ls - 1;
            int prev = region.lastIndexOf('\n', from - 1) + 1;
            if (prev > 0 && region.substring(prev, from).isBlank()) {
                from = prev - 1;
            }
            cs.add(new ValueText.Change(from, end, ""));
            return true;
        }

        /**
         * A field line for an action, written like the item's other field lines (or those of another
         * action at the same indentation), or as a nested item.
         */
        private String field(String region, String label, String value) {
            String[] lines = region.split("\n", -1);
            List<String> candidates = new ArrayList<>(List.of(lines));
            Matcher own = LIST_MARKER.matcher(lines[0]);
            for (int k = 0; own.lookingAt() && ext.containsKey("actions[" + k + "]"); k++) {
                int[] r = ext.get("actions[" + k + "]");
                String other = text.substring(doc.lineStart(doc.lineOf(r[0])), doc.lineEnd(doc.lineOf(Math.max(r[0], r[1] - 1))));
                Matcher om = LIST_MARKER.matcher(other);
                if (om.lookingAt() && om.group(1).equals(own.group(1))) {
                    String[] ol = other.split("\n", -1);
                    candidates.addAll(List.of(ol).subList(1, ol.length));
                }
            }
            for (String l : candidates) {
                Matcher m = FIELD_LINE.matcher(l);
                if (m.lookingAt()) {
                    String word = Character.isUpperCase(m.group(3).charAt(0)) ? label : label.toLowerCase(Locale.ROOT);
                    return m.group(1) + m.group(2) + word + (m.group(4) == null ? "" : ":") + m.group(5)
                            + (m.group(6) == null ? "" : ":") + " " + value;
                }
            }
            Matcher lm = LIST_MARKER.matcher(lines[0]);
            if (!lm.lookingAt()) {
                // an action on a line of its own: a field line right after it
                return lines[0].startsWith("|") ? null : label + ": " + value;
            }
            int pad = lm.end();
            String sub = lines.length > 1 ? "\n" : "";
            String bullet = lines.length > 1 && MarkdownWriter.endsWithDashList(region) ? "* " : "- ";
            return sub + MarkdownWriter.fieldLine(" ".repeat(pad) + bullet, label, value);
        }

        /**
         * Rewrites an action's status: its checkbox or glyph before the title, else its word after the
         * title (never a word of the title itself).
         */
        private boolean status(String region, int titleStart, int titleEnd, ActionStatus o, ActionStatus n,
                List<ValueText.Change> cs) {
            Matcher cb = CHECKBOX.matcher(region);
            if (cb.lookingAt() && cb.end() <= titleStart) {
                if (n != ActionStatus.DONE && n != ActionStatus.OPEN) {
                    return false;
                }
                String mark = n == ActionStatus.DONE ? (cb.group(2).equals("X") ? "X" : "x") : " ";
                cs.add(new ValueText.Change(cb.start(2), cb.end(2), mark));
                return true;
            }
            String head = region.substring(0, titleStart);
            for (String glyph : List.of("✅", "✔️", "✔", "☑️", "☑", "☐", "⬜", "🔲", "❌")) {
                int at = head.indexOf(glyph);
                if (at >= 0) {
                    String neu = STATUS_GLYPH.get(n);
                    if (neu == null) {
                        return false;
                    }
                    cs.add(new ValueText.Change(at, at + glyph.length(), neu));
                    return true;
                }
            }
            for (String w : StatusWords.longestFirst(o)) {
                int at = indexOfIgnoreCase(region, w, titleEnd);
                if (at >= 0) {
                    String found = region.substring(at, at + w.length());
                    String neu = switch (n) {
                        case OPEN -> "open";
                        case IN_PROGRESS -> found.indexOf('_') >= 0 ? "in_progress" : "in progress";
                        case DONE -> "done";
                        case WONT_DO -> found.indexOf('_') >= 0 ? "wont_do" : "won't do";
                    };
                    if (found.equals(found.toUpperCase(Locale.ROOT)) && found.chars().anyMatch(Character::isLetter)) {
                        neu = neu.toUpperCase(Locale.ROOT);
                    } else if (Character.isUpperCase(found.charAt(0))) {
                        neu = Character.toUpperCase(neu.charAt(0)) + neu.substring(1);
                    }
                    cs.add(new ValueText.Change(at, at + w.length(), neu));
                    return true;
                }
            }
            return false;
        }

        private String section(String region, Section o, Section n) {
            List<ValueText.Change> cs = new ArrayList<>();
            int firstLineEnd = region.indexOf('\n') < 0 ? region.length() : region.indexOf('\n');
            int headingAt = region.substring(0, firstLineEnd).indexOf(o.heading());
            if (headingAt < 0 || o.body().startsWith(region.substring(0, firstLineEnd).strip())) {
                firstLineEnd = 0; // text kept as a section without a heading of its own
            }
            if (!o.heading().equals(n.heading())) {
                int at = region.indexOf(o.heading());
                if (at < 0 || at >= firstLineEnd || n.heading().indexOf('\n') >= 0 || n.heading().isBlank()) {
                    return null;
                }
                cs.add(new ValueText.Change(at, at + o.heading().length(), n.heading().strip()));
            }
            if (!o.body().equals(n.body())) {
                if (o.body().isEmpty()) {
                    if (!n.body().isEmpty() && !region.contains("\n")) {
                        cs.add(new ValueText.Change(region.length(), region.length(), "\n\n" + n.body()));
                    } else {
                        return null;
                    }
                } else {
                    int[] f = ValueText.findText(region, Math.min(firstLineEnd, region.length()), region.length(), o.body());
                    if (f == null) {
                        // the body as written holds more than its words (a separator line): all of it is replaced
                        int b = firstLineEnd;
                        while (b < region.length() && Character.isWhitespace(region.charAt(b))) {
                            b++;
                        }
                        f = b < region.length() ? new int[] {b, region.stripTrailing().length(), -1} : null;
                    }
                    if (f == null || n.body().isEmpty()) {
                        return null;
                    }
                    cs.add(new ValueText.Change(f[0], f[1], ValueText.indent(n.body(), Math.max(f[2], 0))));
                }
            }
            return EditedText.apply(region, cs);
        }

        private String contributor(String region, Contributor o, Contributor n) {
            List<ValueText.Change> cs = new ArrayList<>();
            int at = region.indexOf(o.name());
            if (at < 0) {
                return null;
            }
            if (!o.name().equals(n.name())) {
                cs.add(new ValueText.Change(at, at + o.name().length(), n.name()));
            }
            if (!Objects.equals(o.url(), n.url())) {
                if (o.url() == null || n.url() == null) {
                    return null;
                }
                int u = region.indexOf(o.url(), at + o.name().length());
                if (u < 0) {
                    return null;
                }
                cs.add(new ValueText.Change(u, u + o.url().length(), n.url()));
            }
            return EditedText.apply(region, cs);
        }
    }

    /** Rewrites one part's text: the new text, or null when it cannot be written in the part's form. */
    @FunctionalInterface
    private interface Rewrite<T> {
        String apply(String region, T old, T neu);
    }

    /** The original an edited list part was kept or changed from, or -1 for a moved or new part. */
    private static int original(int j, int[] newFrom, int[] modifiedFrom) {
        return newFrom[j] >= 0 ? newFrom[j] : modifiedFrom[j];
    }

    private static int indexOfIgnoreCase(String s, String word, int from) {
        return ValueText.indexOfWordIgnoreCase(s, word, from, s.length());
    }

}
