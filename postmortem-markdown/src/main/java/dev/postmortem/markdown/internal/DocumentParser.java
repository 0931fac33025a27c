package dev.postmortem.markdown.internal;

import dev.postmortem.core.ActionItem;
import dev.postmortem.core.ActionKind;
import dev.postmortem.core.ActionStatus;
import dev.postmortem.core.Contributor;
import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.EntryKind;
import dev.postmortem.core.Metadata;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Section;
import dev.postmortem.core.Severity;
import dev.postmortem.core.SourcePosition;
import dev.postmortem.core.Summary;
import dev.postmortem.core.Timeline;
import dev.postmortem.core.TimelineEntry;
import dev.postmortem.core.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown into a postmortem: the implementation behind {@code PostmortemParser}.
 *
 * <p>Immutable and thread-safe; each call to {@link #parse(String)} works on its own state.
 */
public final class DocumentParser {

    /** Rule id: a time or date that could not be read. */
    public static final String UNPARSED_TIME = "unparsed-time";
    /** Rule id: a duration that could not be read. */
    public static final String UNPARSED_DURATION = "unparsed-duration";
    /** Rule id: a date like 07/09/2023 that may be read two ways; left out. */
    public static final String AMBIGUOUS_DATE = "ambiguous-date";
    /** Rule id: a part of the document kept as a section because it was not understood. */
    public static final String KEPT_SECTION = "kept-section";
    /** Rule id: a second statement of start, end or duration; the first one counts. */
    public static final String DUPLICATE_VALUE = "duplicate-value";
    /** Rule id: front matter that is not a YAML mapping, or a value of the wrong type. */
    public static final String FRONT_MATTER = "front-matter";
    /** Rule id: a code fence never closed; it is closed at the end of its text. */
    public static final String UNCLOSED_FENCE = "unclosed-fence";
    /** Rule id: the parser failed on this document; everything is kept in one section. */
    public static final String PARSER_FAILURE = "parser-failure";

    private static final Pattern STAMP_LEAD = Pattern.compile("(?i)(?:at|on|around|approximately|approx\\.?|about|~)\\s{1,3}");
    private static final Pattern TIME_HEADER = Pattern.compile(".*\\b(time|date|when|hour|timestamp)s?\\b.*");
    private static final Pattern INNER_REST_LEAD = Pattern.compile("^[\\s:–—-]+");
    private static final Pattern UNIT_AFTER = Pattern.compile("^(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|%)\\b.*");
    private static final Pattern OWNER_HEADER = Pattern.compile("(?:owners?|who|assignee|responsible|assigned to|owner\\(s\\))");
    private static final Pattern STATUS_HEADER = Pattern.compile("(?:status|state|done)");
    private static final Pattern DUE_HEADER = Pattern.compile("(?:due|due date|deadline|eta|target date|target)");
    private static final Pattern LINK_HEADER = Pattern.compile("(?:link|ticket|bug|bug #|issue|tracking|jira|bug)");
    private static final Pattern KIND_HEADER = Pattern.compile("(?:type|kind|category)");
    private static final Pattern TITLE_HEADER = Pattern.compile(
            ".*\\b(?:task|action|item|title|description|what|todo|to do|recommendation|measure|fix)s?\\b.*");
    private static final Pattern KIND_MARKER = Pattern.compile("\\s*\\(kind: ([a-z_]+)\\)\\s*$");
    private static final Pattern ENTRY_LEAD = Pattern.compile(
            "(?i)(?:at|around|approx\\.?|approximately|about|by|~|≈)\\s{0,3}(?=\\d|\\*|_|`|noon|midnight)");
    private static final Pattern GLYPH = Pattern.compile("^(?:[•·▪◦>]\\s*|[-–—*+](?=\\s|\\d)\\s*|o\\t)(?=\\S)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\)\\s*)?(?:(?:[-–—:|=~>,]|->|=>){1,3}\\s*)?");
    private static final Pattern TASK = Pattern.compile("\\[([ xX])\\]\\s+");
    private static final Pattern STATUS_GLYPH = Pattern.compile("(✅|✔️?|☑️?|☐|⬜|🔲|❌)\\s*");
    private static final Pattern BOLD_START = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern TITLE_REST = Pattern.compile("\\s*:?\\s*(?:[-–—]\\s+)?");
    private static final Pattern FIELD = Pattern.compile(
            "(?:\\*\\*|__)?([A-Za-z][A-Za-z #/]{0,20}?)\\s*(?::(?:\\*\\*|__)|(?:\\*\\*|__):|:)\\s*(\\S.*)");
    private static final Pattern CONTRIB_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern CONTRIB_AUTOLINK = Pattern.compile("(.+?)\\s*[-–—:,]?\\s*<([^<>\\s]+)>");
    private static final Pattern CONTRIB_URL = Pattern.compile("(.+?)\\s*(?:[-–—:,]\\s*|\\(\\s*)(https?://[^\\s()]+)\\)?");
    private static final Pattern HEADING_ZONE = Pattern.compile(
            "\\(\\s*(?:(?:all|the)\\s+)?(?:times?|hours?)?\\s*[,:]?\\s*(?:are\\s+|is\\s+)?(?:shown\\s+)?(?:in\\s+)?(?:the\\s+)?([^()]{1,40}?)\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHASE_LINE = Pattern.compile("\\p{Lu}[\\p{L} /&'-]{1,40}:\\s+\\S.*");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

    /**
     * Where a list glyph written as text at {@code from} ends: what {@link #GLYPH} ({@code ^(?:[•·▪◦>]\s*|
     * [-–—*+](?=\s|\d)\s*|o\t)(?=\S)}) matches there, without running it.
     *
     * @return the offset after the glyph and its blanks, or -1 when there is none
     */
    static int glyphEnd(String t, int from) {
        int n = t.length();
        if (from >= n) {
            return -1;
        }
        char c = t.charAt(from);
        int k = from + 1;
        if (c == '•' || c == '·' || c == '▪' || c == '◦' || c == '>') {
            // then blanks
        } else if (c == '-' || c == '–' || c == '—' || c == '*' || c == '+') {
            if (k >= n || !(Source.isRegexSpace(t.charAt(k)) || t.charAt(k) >= '0' && t.charAt(k) <= '9')) {
                return -1;
            }
        } else if (c == 'o' && k < n && t.charAt(k) == '\t') {
            return k + 1 < n && !Source.isRegexSpace(t.charAt(k + 1)) ? k + 1 : -1;
        } else {
            return -1;
        }
        while (k < n && Source.isRegexSpace(t.charAt(k))) {
            k++;
        }
        return k < n ? k : -1;
    }

    /**
     * Where the separator between an entry's time and its text ends: what {@link #SEPARATOR}
     * ({@code \s*(?:\)\s*)?(?:(?:[-–—:|=~>,]|->|=>){1,3}\s*)?}) matches from {@code from}, which is always
     * something, possibly nothing. (The pattern's "->" and "=>" never win over its one-character class,
     * which holds their first characters.)
     */
    static int separatorEnd(String t, int from) {
        int n = t.length();
        int k = from;
        while (k < n && Source.isRegexSpace(t.charAt(k))) {
            k++;
        }
        if (k < n && t.charAt(k) == ')') {
            k++;
            while (k < n && Source.isRegexSpace(t.charAt(k))) {
                k++;
            }
        }
        int marks = 0;
        while (marks < 3 && k < n && "-–—:|=~>,".indexOf(t.charAt(k)) >= 0) {
            k++;
            marks++;
        }
        if (marks > 0) {
            while (k < n && Source.isRegexSpace(t.charAt(k))) {
                k++;
            }
        }
        return k;
    }

    /**
     * Counts the sentence breaks of {@code s}, {@link #SENTENCE_BREAK} ({@code [.!?]\s+\p{Lu}}), up to
     * {@code limit}.
     */
    static int sentenceBreaks(String s, int limit) {
        int count = 0;
        int n = s.length();
        for (int i = 0; i < n && count < limit; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int k = i + 1;
            while (k < n && Source.isRegexSpace(s.charAt(k))) {
                k++;
            }
            if (k > i + 1 && k < n && Character.getType(s.codePointAt(k)) == Character.UPPERCASE_LETTER) {
                count++;
                i = k;
            }
        }
        return count;
    }

    /**
     * Whether {@link #FIELD} can match {@code t} whole: after an optional "**" or "__" comes an ASCII letter,
     * and the first character after it that is neither a letter, blank, "#" nor "/" is ":", "*" or "_".
     */
    static boolean mayBeField(String t) {
        int n = t.length();
        int k = t.startsWith("**") || t.startsWith("__") ? 2 : 0;
        if (k >= n || !isAsciiLetter(t.charAt(k))) {
            return false;
        }
        for (k++; k < n; k++) {
            char c = t.charAt(k);
            if (!isAsciiLetter(c) && c != ' ' && c != '#' && c != '/' && !Source.isRegexSpace(c)) {
                return c == ':' || c == '*' || c == '_';
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether {@code t} from {@code from} on can be a date alone as {@link TimeText#wholeStamp} reads one (the
     * timeline's date lines, "March 3, 2024"): no colon may stand inside what is left once the decoration
     * {@code wholeStamp} may strip (blanks, emphasis, code marks, a trailing colon or full stop) is cut from both
     * ends. No date form holds a colon, and a stamp that holds a time is not a date alone; so when this says no,
     * {@code wholeStamp} would give nothing or a stamp with a time, which the callers do not use.
     */
    static boolean mayBeDateAlone(String t, int from) {
        int a = from;
        int b = t.length();
        while (a < b && (Character.isWhitespace(t.charAt(a)) || "*_`".indexOf(t.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || "*_`:.".indexOf(t.charAt(b - 1)) >= 0)) {
            b--;
        }
        for (int k = a; k < b; k++) {
            if (t.charAt(k) == ':') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #STATUS_GLYPH} can match at the start of {@code t}: all its glyphs lie at U+2600 and above. */
    static boolean mayBeStatusGlyph(String t) {
        return !t.isEmpty() && t.charAt(0) >= 0x2600;
    }

    private final Parser commonmark;

    /**
     * Skips commonmark's inline parsing. This parser reads only the block structure (headings, paragraphs,
     * lists, tables, quotes, code) and takes all text from the source by the blocks' source spans; it never
     * looks at inline nodes (emphasis, links, code spans), and building them was over half of commonmark's
     * time. Blocks, their spans and the table cells (which the tables extension creates before it hands
     * their text to the inline parser) are the same without it.
     */
    private static final InlineParserFactory NO_INLINES = context -> (lines, node) -> {
    };

    /**
     * Creates a parser.
     *
     * @param maxNesting how many blocks may be open inside each other
     */
    public DocumentParser(int maxNesting) {
        this.commonmark = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                // BLOCKS_AND_INLINES, not BLOCKS: the table cells get their source spans only at this level
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(NO_INLINES)
                .maxOpenBlockParsers(maxNesting)
                .build();
    }

    /**
     * Parses a document.
     *
     * @param raw the Markdown text
     * @return the model, diagnostics and source map
     */
    public Parsed parse(String raw) {
        String text = Source.normalise(raw);
        try {
            return new Run(text).run();
        } catch (RuntimeException | StackOverflowError e) {
            // A document this parser cannot handle still loses nothing: all of it is kept.
            Postmortem pm = Postmortem.builder().sections(List.of(new Section("Document", text.strip()))).build();
            Diagnostic d = new Diagnostic(PARSER_FAILURE, Severity.ERROR,
                    "the document could not be read (" + e + "); all of it is kept in one section", "sections[0]",
                    new SourcePosition(1, 1));
            return new Parsed(pm, List.of(d), Map.of(), List.of(), text, Map.of());
        }
    }

    // ------------------------------------------------------------------ per-parse state

    private enum Ctx { SUMMARY, TIMELINE, ROOT_CAUSE, RESOLUTION, ACTIONS, LESSONS, CONTRIBUTORS, KEPT }

    private enum Target { DESCRIPTION, IMPACT, ROOT_CAUSE }

    private record Piece(int start, int end, int unit, String literal) {
    }

    private static final class Field {
        final List<Piece> pieces = new ArrayList<>();
        SourcePosition position;
    }

    private static final class EntryB {
        Timestamp at;
        SourcePosition position;
        SourcePosition atPosition;
        final Field text = new Field();
        /** End offset of the entry's source when its text was read as a literal (list items); else -1. */
        int end = -1;
    }

    private static final class ActionB {
        String title;
        final Field description = new Field();
        String owner;
        LocalDate due;
        ActionStatus status;
        ActionKind kind;
        String link;
        SourcePosition position;
        final Map<String, SourcePosition> fieldPositions = new LinkedHashMap<>();
        /** End offset of the action's source when known (list items, field lines); else -1. */
        int end = -1;
    }

    private static final class SectionB {
        final String heading;
        final SourcePosition position;
        final boolean leftover;
        final Field body = new Field();

        SectionB(String heading, SourcePosition position, boolean leftover) {
            this.heading = heading;
            this.position = position;
            this.leftover = leftover;
        }
    }

    private record Cand(int priority, int order, Object value, SourcePosition position) {
    }

    private record EntryStart(Timestamp ts, int keyStart, int textStart, String replacement, boolean ambiguous) {
    }

    private record Item(boolean empty, int firstLineStart, int firstLineEnd, int indent, int end, ListItem node) {
    }

    private final class Run {
        private final String text;
        private final Source src;
        private List<Unit> units;
        private final List<int[]> consumed = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final Map<String, SourcePosition> map = new LinkedHashMap<>();

        private Metadata metadata = Metadata.EMPTY;
        private String title;
        private final Field description = new Field();
        private final Field impact = new Field();
        private final Field summaryRootCause = new Field();
        private final Field rootCause = new Field();
        private final Field resolution = new Field();
        private final Field lessons = new Field();
        private final Field notes = new Field();
        private final List<EntryB> entries = new ArrayList<>();
        private final List<ActionB> actions = new ArrayList<>();
        private final List<SectionB> sections = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private final List<SourcePosition> contributorPositions = new ArrayList<>();
        private final List<Cand> starts = new ArrayList<>();
        private final List<Cand> ends = new ArrayList<>();
        private final List<Cand> durations = new ArrayList<>();
        private LocalDate labelledDate;
        private int frontMatterEnd = -1;

        private Ctx ctx = Ctx.SUMMARY;
        private Target target = Target.DESCRIPTION;
        private SectionKind pending;
        private SectionB kept;
        private SectionB leftovers;
        private int timelineLevel;
        private String timelineZone;
        private LocalDate groupDate;
        private EntryB headingEntry;
        private EntryB lineEntry;
        private int lineEntryUnit = -10;
        private ActionB lineAction;
        private int lineActionUnit = -10;
        private int order;
        private int cur;
        private int firstContent = Integer.MAX_VALUE;
        private final List<Integer> keptUnits = new ArrayList<>();
        /** The last timestamp read at a timeline key, which the next read of the same key reuses. */
        private final TimeText.StampMemo stamps = new TimeText.StampMemo();
        /** Summary prose to mine once the document is read (see {@link #mine()}), in document order. */
        private final List<Runnable> mines = new ArrayList<>();

        Run(String text) {
            this.text = text;
            this.src = new Source(text);
        }

        Parsed run() {
            String forMarkdown = text;
            int fmEnd = FrontMatter.closingLine(src);
            if (fmEnd > 0) {
                String yaml = text.substring(src.lineStart(1), src.lineStart(fmEnd));
                FrontMatter.Read read = FrontMatter.read(yaml);
                if (read == null) {
                    diag(FRONT_MATTER, Severity.WARNING, "the leading --- block is not a YAML mapping; read as Markdown",
                            "metadata", 0);
                } else {
                    metadata = read.metadata();
                    title = read.title();
                    map.put("metadata", src.position(0));
                    for (String p : read.problems()) {
                        diag(FRONT_MATTER, Severity.WARNING, p, "metadata", 0);
                    }
                    consumed.add(new int[] {0, src.lineEnd(fmEnd)});
                    frontMatterEnd = src.lineEnd(fmEnd);
                    StringBuilder blanked = new StringBuilder(text);
                    for (int i = 0; i < src.lineEnd(fmEnd); i++) {
                        if (blanked.charAt(i) != '\n') {
                            blanked.setCharAt(i, ' ');
                        }
                    }
                    forMarkdown = blanked.toString();
                }
            }
            Document doc = (Document) commonmark.parse(forMarkdown);
            units = Units.of(doc, src);
            int titleIndex = findTitle();
            if (titleIndex >= 0) {
                Unit t = units.get(titleIndex);
                title = t.type == Unit.Type.HEADING ? t.headingText : stripBold(t.text(src));
                map.put("title", src.position(t.content));
            }
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                cur = i;
                if (i == titleIndex) {
                    ctx = Ctx.SUMMARY;
                    target = Target.DESCRIPTION;
                    continue;
                }
                if (u.closingFence != null) {
                    diag(UNCLOSED_FENCE, Severity.INFO, "a code fence is never closed; it is closed at the end of its text",
                            "", u.content);
                }
                if (u.node instanceof ThematicBreak) {
                    // a separator line carries no words; keeping it would only leave empty sections behind
                    consume(u.content, u.end);
                } else if (u.type == Unit.Type.HEADING) {
                    heading(i, u);
                } else if (u.type == Unit.Type.LINE && ctx != Ctx.KEPT && labelLine(i, u)) {
                    continue;
                } else {
                    dispatch(i, u);
                }
            }
            // Kept parts before the first timeline, cause, resolution, lessons or action often hold the
            // summary under another name ("An Outage Experience"): look there too, without taking text away.
            for (int k : keptUnits) {
                if (k < firstContent) {
                    Unit u = units.get(k);
                    if (u.type == Unit.Type.HEADING) {
                        later(() -> mineProse(u.headingText, u.content));
                    } else {
                        later(() -> mine(u));
                    }
                }
            }
            mine();
            return build();
        }

        private void content() {
            firstContent = Math.min(firstContent, cur);
        }

        // -------------------------------------------------------------- title

        private boolean anyH1() {
            for (Unit u : units) {
                if (u.type == Unit.Type.HEADING && u.level == 1) {
                    return true;
                }
            }
            return false;
        }

        private int findTitle() {
            int firstKnown = units.size();
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                if ((u.type == Unit.Type.HEADING && u.headingKind() != null)
                        || (u.type == Unit.Type.LINE && u.label(src) != null)) {
                    firstKnown = i;
                    break;
                }
            }
            for (int i = 0; i < firstKnown; i++) {
                Unit u = units.get(i);
                if (u.type == Unit.Type.HEADING && u.level == 1) {
                    return i;
                }
            }
            if (units.isEmpty()) {
                return -1;
            }
            Unit first = units.get(0);
            if (first.type == Unit.Type.HEADING && firstKnown > 0 && firstKnown < units.size() && !anyH1()) {
                // a document that starts at h2 or h3: its first heading is the title when all others are deeper
                for (int i = 1; i < units.size(); i++) {
                    Unit u = units.get(i);
                    if (u.type == Unit.Type.HEADING && u.level <= first.level) {
                        return -1;
                    }
                }
                return 0;
            }
            if (title == null && first.type == Unit.Type.LINE && firstKnown > 0) {
                String t = first.text(src);
                boolean singleLine = units.size() == 1 || units.get(1).block != first.block;
                boolean bold = (t.startsWith("**") && t.endsWith("**") && t.length() > 4)
                        || (t.startsWith("__") && t.endsWith("__") && t.length() > 4);
                if ((singleLine || bold) && t.length() <= 150 && hasLetter(t)
                        && "![<|>`".indexOf(t.charAt(0)) < 0 && entryStart(t, 0) == null
                        && !stripBold(t).isBlank() && first.start == first.content
                        // written back as "# title", it must not read as a section heading ("*Task List:**")
                        && SectionKind.classifyHeading(stripBold(t)) == null) {
                    return 0;
                }
            }
            return -1;
        }

        // -------------------------------------------------------------- headings and labels

        private void heading(int i, Unit u) {
            headingEntry = null;
            lineEntry = null;
            lineAction = null;
            pending = null;
            String t = u.headingText;
            if (ctx == Ctx.TIMELINE && u.level > timelineLevel) {
                TimeText.Stamp whole = mayBeDateAlone(t, 0) ? TimeText.wholeStamp(t, true, stamps) : null;
                if (whole != null && whole.value().hasDate() && !whole.value().hasTime()) {
                    groupDate = whole.value().date();
                    consume(u.content, u.end);
                    return;
                }
                EntryStart es = entryStart(t, 0);
                if (es != null && es.ts().hasTime()) {
                    EntryB e = newEntry(es, u.content);
                    consume(u.content, u.end);
                    String rest = es.replacement() != null ? es.replacement() : t.substring(es.textStart()).strip();
                    if (!rest.isEmpty()) {
                        e.text.pieces.add(new Piece(0, 0, i, rest));
                    }
                    headingEntry = e;
                    return;
                }
            }
            SectionKind k = u.headingKind();
            int valueOffset = -1;
            if (k == null) {
                Labels.Label l = Labels.of(t);
                int at = text.indexOf(t, u.content);
                if (l != null && l.hasValue(t) && at >= 0 && at < u.end) {
                    k = l.kind();
                    valueOffset = at + l.valueStart();
                }
            }
            if (k == null) {
                kept = new SectionB(t, src.position(u.content), false);
                sections.add(kept);
                ctx = Ctx.KEPT;
                keptUnits.add(i);
                return;
            }
            consume(u.content, valueOffset >= 0 ? valueOffset : u.end);
            enter(k, i, u, valueOffset, true, t);
        }

        /** Handles a label line; false when the line is not one here. */
        private boolean labelLine(int i, Unit u) {
            String t = u.text(src);
            Labels.Label l = u.label(src);
            if (l == null) {
                return false;
            }
            boolean hasValue = l.hasValue(t);
            SectionKind k = l.kind();
            if (ctx == Ctx.TIMELINE && hasValue && k != SectionKind.ROOT_CAUSE_AND_RESOLUTION && k != SectionKind.ACTIONS
                    && k != SectionKind.LESSONS && k != SectionKind.CONTRIBUTORS) {
                // "Resolution: service restored" inside a timeline is a phase label, not a new section
                return false;
            }
            boolean summaryOnly = k == SectionKind.IMPACT || k == SectionKind.START || k == SectionKind.END
                    || k == SectionKind.DURATION || k == SectionKind.DATE;
            if (summaryOnly && ctx != Ctx.SUMMARY) {
                return false;
            }
            int valueOffset = hasValue ? u.content + l.valueStart() : -1;
            if (k == SectionKind.START || k == SectionKind.END || k == SectionKind.DURATION || k == SectionKind.DATE) {
                if (hasValue) {
                    ctx = Ctx.SUMMARY;
                    target = Target.DESCRIPTION;
                    pending = null;
                    return timeLabel(k, i, u, valueOffset);
                }
            }
            consume(u.content, hasValue ? valueOffset : u.end);
            enter(k, i, u, valueOffset, false, l.name());
            return true;
        }

        private void enter(SectionKind k, int i, Unit u, int valueOffset, boolean isHeading, String name) {
            headingEntry = null;
            lineEntry = null;
            lineAction = null;
            pending = null;
            Piece value = valueOffset >= 0 && valueOffset < u.end ? new Piece(valueOffset, u.end, i, null) : null;
            SourcePosition pos = src.position(u.content);
            switch (k) {
                case SUMMARY -> {
                    ctx = Ctx.SUMMARY;
                    target = Target.DESCRIPTION;
                    map.putIfAbsent("summary", pos);
                    add(description, value, i);
                    later(() -> mineValue(value));
                }
                case IMPACT -> {
                    ctx = Ctx.SUMMARY;
                    target = Target.IMPACT;
                    map.putIfAbsent("summary", pos);
                    impact.position = impact.position == null ? pos : impact.position;
                    add(impact, value, i);
                    later(() -> mineValue(value));
                }
                case ROOT_CAUSE -> {
                    if (!isHeading && ctx == Ctx.SUMMARY) {
                        target = Target.ROOT_CAUSE;
                        summaryRootCause.position = summaryRootCause.position == null ? pos : summaryRootCause.position;
                        add(summaryRootCause, value, i);
                        later(() -> mineValue(value));
                    } else {
                        ctx = Ctx.ROOT_CAUSE;
                        rootCause.position = rootCause.position == null ? pos : rootCause.position;
                        add(rootCause, value, i);
                    }
                }
                case ROOT_CAUSE_AND_RESOLUTION -> {
                    ctx = Ctx.ROOT_CAUSE;
                    rootCause.position = rootCause.position == null ? pos : rootCause.position;
                    add(rootCause, value, i);
                }
                case RESOLUTION -> {
                    ctx = Ctx.RESOLUTION;
                    resolution.position = resolution.position == null ? pos : resolution.position;
                    add(resolution, value, i);
                }
                case START, END, DURATION, DATE -> {
                    ctx = Ctx.SUMMARY;
                    target = Target.DESCRIPTION;
                    map.putIfAbsent("summary", pos);
                    if (value != null) {
                        if (!timeLabel(k, i, u, valueOffset)) {
                            add(description, value, i);
                        }
                    } else {
                        pending = k;
                    }
                }
                case TIMELINE -> {
                    ctx = Ctx.TIMELINE;
                    timelineLevel = isHeading ? u.level : 0;
                    groupDate = null;
                    Matcher z = HEADING_ZONE.matcher(name);
                    String zone = null;
                    while (z.find()) {
                        if (TimeText.isZoneLike(z.group(1).strip())) {
                            zone = z.group(1).strip();
                        }
                    }
                    timelineZone = zone;
                    map.putIfAbsent("timeline", pos);
                    add(notes, value, i);
                }
                case ACTIONS -> {
                    ctx = Ctx.ACTIONS;
                    map.putIfAbsent("actions", pos);
                    leftovers = new SectionB(sectionName(name), pos, true);
                    sections.add(leftovers);
                    if (value != null) {
                        lineAction(i, u, valueOffset);
                    }
                }
                case LESSONS -> {
                    ctx = Ctx.LESSONS;
                    lessons.position = lessons.position == null ? pos : lessons.position;
                    add(lessons, value, i);
                }
                case CONTRIBUTORS -> {
                    ctx = Ctx.CONTRIBUTORS;
                    leftovers = new SectionB(sectionName(name), pos, true);
                    sections.add(leftovers);
                    if (value != null) {
                        String v = text.substring(valueOffset, u.end);
                        Contributor c = contributor(v);
                        if (c != null) {
                            contributors.add(c);
                            contributorPositions.add(src.position(valueOffset));
                        } else {
                            leftovers.body.pieces.add(value);
                        }
                    }
                }
                default -> throw new IllegalStateException(k.toString());
            }
        }

        private String sectionName(String name) {
            String n = stripBold(name).strip();
            while (n.endsWith(":")) {
                n = n.substring(0, n.length() - 1).strip();
            }
            return n.isBlank() ? name.strip() : n;
        }

        private void add(Field f, Piece p, int i) {
            if (p != null && (f == rootCause || f == resolution || f == lessons || f == notes)) {
                content();
            }
            if (p != null) {
                f.pieces.add(p);
                if (f.position == null) {
                    f.position = src.position(p.start());
                }
            }
        }

        /** Reads a start, end, duration or date label's value; false (and a diagnostic) when it cannot be read. */
        private boolean timeLabel(SectionKind k, int i, Unit u, int valueOffset) {
            String v = text.substring(valueOffset, u.end);
            SourcePosition pos = src.position(valueOffset);
            int before = starts.size() + ends.size() + durations.size();
            boolean dateSet = false;
            switch (k) {
                case DATE -> {
                    TimeText.Stamp s = TimeText.wholeStamp(v, false);
                    if (s != null && s.value().hasDate() && !s.value().hasTime() && labelledDate == null
                            && metadata.date() == null) {
                        labelledDate = s.value().date();
                        map.put("metadata.date", pos);
                        dateSet = true;
                    } else if (s != null && s.value().hasTime()) {
                        starts.add(new Cand(1, order++, s.value(), pos));
                    }
                }
                case START, END -> {
                    TimeText.Stamp s = leadingStamp(v);
                    if (s != null) {
                        if (s.ambiguousDate()) {
                            diag(AMBIGUOUS_DATE, Severity.WARNING, "the date in '" + v.strip()
                                    + "' can be read as day/month or month/day; it is left out", k == SectionKind.START
                                    ? "summary.start" : "summary.end", valueOffset);
                        }
                        (k == SectionKind.START ? starts : ends).add(new Cand(1, order++, s.value(), pos));
                    }
                }
                case DURATION -> {
                    Duration d = TimeText.wholeDuration(v);
                    TimeText.Range r = null;
                    if (d == null) {
                        TimeText.Span lead = TimeText.durationAt(TimeText.stripDecoration(v), 0);
                        if (lead != null && lead.value().getSeconds() > 0) {
                            d = lead.value();
                        }
                        r = TimeText.findRange(v, true);
                        if (d == null && r != null) {
                            TimeText.Span inner = TimeText.findDuration(v.substring(r.end().end()));
                            if (inner == null) {
                                inner = TimeText.findDuration(v.substring(0, r.start().start()));
                            }
                            d = inner == null ? null : inner.value();
                        }
                    }
                    if (d == null && r == null) {
                        TimeText.Span any = TimeText.proseDuration(v);
                        d = any == null ? null : any.value();
                        TimeText.Stamp st = TimeText.proseStamp(v, false);
                        TimeText.Stamp en = TimeText.proseStamp(v, true);
                        if (st != null && en != null) {
                            r = new TimeText.Range(st, en);
                        }
                    }
                    if (d != null) {
                        durations.add(new Cand(1, order++, d, pos));
                    }
                    if (r != null) {
                        starts.add(new Cand(1, order++, r.start().value(), src.position(valueOffset + r.start().start())));
                        ends.add(new Cand(1, order++, r.end().value(), src.position(valueOffset + r.end().start())));
                    }
                }
                default -> throw new IllegalStateException(k.toString());
            }
            if (starts.size() + ends.size() + durations.size() > before || dateSet) {
                consume(u.content, u.end);
                return true;
            }
            if (k == SectionKind.DURATION) {
                diag(UNPARSED_DURATION, Severity.WARNING, "'" + v.strip() + "' is not a duration or a time range; kept as prose",
                        "summary.duration", valueOffset);
            } else if (k != SectionKind.DATE || v.chars().anyMatch(Character::isDigit)) {
                diag(UNPARSED_TIME, Severity.WARNING, "'" + v.strip() + "' is not a time this parser can read; kept as prose",
                        k == SectionKind.END ? "summary.end" : "summary.start", valueOffset);
            }
            description.pieces.add(new Piece(u.start, u.end, i, null));
            if (description.position == null) {
                description.position = src.position(u.content);
            }
            return true;
        }

        private TimeText.Stamp leadingStamp(String v) {
            String t = TimeText.stripDecoration(v);
            Matcher lead = STAMP_LEAD.matcher(t);
            int p = lead.lookingAt() ? lead.end() : 0;
            TimeText.Stamp s = TimeText.stampAt(t, p, false);
            if (s == null) {
                TimeText.Range r = TimeText.findRange(t, true);
                return r == null ? null : r.start();
            }
            return s;
        }

        // -------------------------------------------------------------- dispatch

        private void dispatch(int i, Unit u) {
            switch (ctx) {
                case SUMMARY -> summaryUnit(i, u);
                case TIMELINE -> timelineUnit(i, u);
                case ROOT_CAUSE -> add(rootCause, piece(i, u), i);
                case RESOLUTION -> add(resolution, piece(i, u), i);
                case LESSONS -> add(lessons, piece(i, u), i);
                case ACTIONS -> actionsUnit(i, u);
                case CONTRIBUTORS -> contributorsUnit(i, u);
                case KEPT -> {
                    kept.body.pieces.add(piece(i, u));
                    keptUnits.add(i);
                }
                default -> throw new IllegalStateException(ctx.toString());
            }
        }

        private Piece piece(int i, Unit u) {
            return new Piece(u.start, u.end, i, null);
        }

        private void summaryUnit(int i, Unit u) {
            if (pending != null && u.type == Unit.Type.LINE) {
                SectionKind k = pending;
                pending = null;
                String t = u.text(src);
                boolean readable = k == SectionKind.DURATION
                        ? TimeText.wholeDuration(t) != null || TimeText.findRange(t, true) != null
                        : TimeText.wholeStamp(t, false) != null || TimeText.findRange(t, true) != null;
                if (readable && timeLabel(k, i, u, u.content)) {
                    return;
                }
            }
            pending = null;
            Field f = switch (target) {
                case DESCRIPTION -> description;
                case IMPACT -> impact;
                case ROOT_CAUSE -> summaryRootCause;
            };
            add(f, piece(i, u), i);
            later(() -> mine(u));
        }

        /** Notes summary prose to {@linkplain #mine() mine} once the whole document has been read. */
        private void later(Runnable mining) {
            mines.add(mining);
        }

        /**
         * Mines the summary prose noted while reading, in document order, for the start, end and duration it
         * states. Mining comes last so that every value a label states (priority 1) is known first: then only
         * the candidates that can still win are looked for (see {@link #wants}), and none at all once labels
         * or earlier prose have settled all three values.
         */
        private void mine() {
            for (Runnable m : mines) {
                if (!wantsAny()) {
                    return;
                }
                m.run();
            }
        }

        /**
         * Whether a candidate of this priority added now could still be the {@linkplain #best best} of its list:
         * only while the list holds none of the same or a better (lower) priority, since those come first in
         * document order and win. Mining skips what cannot win; it changes nothing else (the diagnostics about
         * values stated twice look at priority 1 only, which mining never adds).
         */
        private boolean wants(List<Cand> cands, int priority) {
            for (Cand c : cands) {
                if (c.priority() <= priority) {
                    return false;
                }
            }
            return true;
        }

        /** Whether mining could still add a winning candidate: starts and ends go to priority 4, durations to 3. */
        private boolean wantsAny() {
            return wants(starts, 4) || wants(ends, 4) || wants(durations, 3);
        }

        /** Looks for start, end and duration in summary prose without taking the text away. */
        private void mine(Unit u) {
            if (u.type == Unit.Type.LINE) {
                mineProse(u.text(src), u.content);
            } else if (u.type == Unit.Type.LIST) {
                mineList((ListBlock) u.node, 0);
            } else if (u.node instanceof BlockQuote || u.node instanceof HtmlBlock) {
                for (int line = u.line; line <= u.lastLine && line - u.line < 200; line++) {
                    String l = src.lineText(line);
                    int k = 0;
                    while (k < l.length() && (l.charAt(k) == '>' || Source.isBlank(l.charAt(k)))) {
                        k++;
                    }
                    int glyph = glyphEnd(l, k);
                    if (glyph >= 0) {
                        k = glyph;
                    }
                    mineLine(l.substring(k), src.lineStart(line) + k);
                }
            }
        }

        /** Mines one line: a start, end or duration label anywhere in the summary, else prose. */
        private void mineLine(String line, int off) {
            Labels.Label l = Labels.of(line);
            if (l != null && l.hasValue(line)) {
                String v = line.substring(l.valueStart());
                SourcePosition pos = src.position(off + l.valueStart());
                switch (l.kind()) {
                    case START, END -> {
                        TimeText.Stamp s = wants(l.kind() == SectionKind.START ? starts : ends, 2) ? leadingStamp(v) : null;
                        if (s != null) {
                            (l.kind() == SectionKind.START ? starts : ends).add(new Cand(2, order++, s.value(), pos));
                        }
                    }
                    case DURATION -> {
                        boolean wantDuration = wants(durations, 2);
                        Duration d = wantDuration ? TimeText.wholeDuration(v) : null;
                        if (d == null && wantDuration) {
                            TimeText.Span any = TimeText.findDuration(v);
                            d = any == null ? null : any.value();
                        }
                        if (d != null) {
                            durations.add(new Cand(2, order++, d, pos));
                        }
                        TimeText.Range r = wants(starts, 2) || wants(ends, 2) ? TimeText.findRange(v, true) : null;
                        if (r != null) {
                            if (wants(starts, 2)) {
                                starts.add(new Cand(2, order++, r.start().value(), pos));
                            }
                            if (wants(ends, 2)) {
                                ends.add(new Cand(2, order++, r.end().value(), pos));
                            }
                        }
                    }
                    default -> mineProse(line, off);
                }
                if (l.kind() == SectionKind.DURATION) {
                    mineProse(v, off + l.valueStart());
                }
            } else {
                mineProse(line, off);
            }
        }

        private void mineValue(Piece value) {
            if (value != null) {
                mineProse(text.substring(value.start(), value.end()), value.start());
            }
        }

        private void mineProse(String raw, int offset) {
            boolean wantRange = wants(starts, 3) || wants(ends, 3);
            if (!wantRange && !wants(durations, 3) && !wants(starts, 4) && !wants(ends, 4)) {
                return; // nothing found here could win
            }
            String t = raw.length() > 5000 ? raw.substring(0, 5000) : raw;
            t = t.replace("**", "").replace("__", "").replace("`", "");
            TimeText.Prose prose = TimeText.prose(t); // read up to four ways below, scanned once
            TimeText.Range r = wantRange ? prose.range(false) : null;
            if (r != null) {
                Timestamp a = r.start().value();
                Timestamp b = r.end().value();
                if (!a.hasDate() && !b.hasDate()) {
                    LocalDate d = TimeText.dateBefore(t, r.start().start());
                    if (d != null) {
                        a = a.withDate(d);
                        b = b.time().isBefore(a.time()) ? b : b.withDate(d);
                    }
                }
                if (wants(starts, 3)) {
                    starts.add(new Cand(3, order++, a, src.position(offset)));
                }
                if (wants(ends, 3)) {
                    ends.add(new Cand(3, order++, b, src.position(offset)));
                }
            }
            TimeText.Span d = wants(durations, 3) ? prose.duration() : null;
            if (d != null) {
                durations.add(new Cand(3, order++, d.value(), src.position(offset)));
            }
            TimeText.Stamp st = wants(starts, 4) ? prose.stamp(false) : null;
            if (st != null) {
                starts.add(new Cand(4, order++, st.value(), src.position(offset)));
            }
            TimeText.Stamp en = wants(ends, 4) ? prose.stamp(true) : null;
            if (en != null) {
                ends.add(new Cand(4, order++, en.value(), src.position(offset)));
            }
        }

        private void mineList(ListBlock list, int depth) {
            if (depth > 8) {
                return;
            }
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof ListItem li)) {
                    continue;
                }
                Item it = item(li);
                int firstLine = it.empty() ? 0 : src.lineOf(it.firstLineStart());
                int lastLine = it.empty() ? -1 : src.lineOf(it.end());
                if (li.getFirstChild() instanceof Paragraph para && !para.getSourceSpans().isEmpty()) {
                    lastLine = Math.min(lastLine, para.getSourceSpans().get(para.getSourceSpans().size() - 1).getLineIndex());
                }
                for (int ln = firstLine; ln <= lastLine && ln - firstLine < 50; ln++) {
                    int off = ln == firstLine ? it.firstLineStart() : src.contentStart(ln);
                    String line = text.substring(off, Math.max(off, src.trimmedEnd(ln)));
                    int glyph = glyphEnd(line, 0);
                    if (glyph >= 0) {
                        off += glyph;
                        line = line.substring(glyph);
                    }
                    mineLine(line, off);
                }
                for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof ListBlock nested) {
                        mineList(nested, depth + 1);
                    }
                }
            }
        }

        // -------------------------------------------------------------- timeline

        private void timelineUnit(int i, Unit u) {
            if (u.type == Unit.Type.LINE) {
                timelineLine(i, u);
                return;
            }
            lineEntry = null;
            if (headingEntry != null) {
                headingEntry.text.pieces.add(piece(i, u));
                return;
            }
            if (u.type == Unit.Type.LIST) {
                timelineList((ListBlock) u.node, 0);
            } else if (u.type == Unit.Type.TABLE && timelineTable((TableBlock) u.node)) {
                return;
            } else if (u.type != Unit.Type.LIST) {
                add(notes, piece(i, u), i);
            }
        }

        private void timelineLine(int i, Unit u) {
            String t = u.text(src);
            if (headingEntry != null) {
                headingEntry.text.pieces.add(piece(i, u));
                return;
            }
            int from = Math.max(0, glyphEnd(t, 0));
            TimeText.Stamp whole = mayBeDateAlone(t, from) ? TimeText.wholeStamp(t.substring(from), true, stamps) : null;
            if (whole != null && whole.value().hasDate() && !whole.value().hasTime()) {
                groupDate = whole.value().date();
                consume(u.content, u.end);
                lineEntry = null;
                return;
            }
            EntryStart es = entryStart(t, from);
            if (es != null) {
                EntryB e = newEntry(es, u.content);
                consume(u.content + es.keyStart(), u.content + es.textStart());
                if (es.replacement() != null) {
                    e.text.pieces.add(new Piece(0, 0, i, es.replacement()));
                } else if (u.content + es.textStart() < u.end) {
                    e.text.pieces.add(new Piece(u.content + es.textStart(), u.end, i, null));
                }
                lineEntry = e;
                lineEntryUnit = i;
                return;
            }
            if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && t.indexOf(':') > 0
                    && PHASE_LINE.matcher(t).matches()) {
                // "Detection: the monitor alerted at 03:45": a phase of the timeline without a time of its own
                EntryB e = new EntryB();
                e.position = src.position(u.content);
                entries.add(e);
                content();
                e.text.pieces.add(piece(i, u));
                lineEntry = e;
                lineEntryUnit = i;
                return;
            }
            if (lineEntry != null && lineEntryUnit == i - 1 && units.get(i - 1).block == u.block) {
                lineEntry.text.pieces.add(piece(i, u));
                lineEntryUnit = i;
                return;
            }
            lineEntry = null;
            add(notes, piece(i, u), i);
        }

        private EntryB newEntry(EntryStart es, int lineOffset) {
            EntryB e = new EntryB();
            Timestamp ts = es.ts();
            if (ts.hasTime() && !ts.hasDate() && groupDate != null) {
                ts = ts.withDate(groupDate);
            }
            if (ts.hasTime() && ts.zoneLabel() == null && ts.offset() == null && timelineZone != null) {
                ts = ts.withZoneLabel(timelineZone);
            }
            e.at = ts;
            e.position = src.position(lineOffset);
            e.atPosition = src.position(lineOffset + es.keyStart());
            if (es.ambiguous()) {
                diag(AMBIGUOUS_DATE, Severity.WARNING, "a timeline date can be read as day/month or month/day; it is left out",
                        "timeline.entries[" + entries.size() + "].at", lineOffset + es.keyStart());
            }
            entries.add(e);
            content();
            return e;
        }

        private void timelineList(ListBlock list, int depth) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof ListItem li)) {
                    continue;
                }
                Item it = item(li);
                if (it.empty()) {
                    EntryB e = new EntryB();
                    e.position = src.position(li.getSourceSpans().isEmpty() ? 0
                            : src.lineStart(li.getSourceSpans().get(0).getLineIndex()));
                    entries.add(e);
                    content();
                    continue;
                }
                String first = text.substring(it.firstLineStart(), it.firstLineEnd());
                boolean hasNested = false;
                for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                    hasNested |= c instanceof ListBlock;
                }
                TimeText.Stamp whole = hasNested && mayBeDateAlone(first, 0) ? TimeText.wholeStamp(first, true, stamps) : null;
                if (whole != null && whole.value().hasDate() && !whole.value().hasTime() && hasNested && depth < 4
                        && li.getFirstChild() instanceof Paragraph p && p.getSourceSpans().size() == 1) {
                    groupDate = whole.value().date();
                    consume(it.firstLineStart(), it.firstLineEnd());
                    for (Node c = li.getFirstChild().getNext(); c != null; c = c.getNext()) {
                        if (c instanceof ListBlock nested) {
                            timelineList(nested, depth + 1);
                        } else {
                            int[] r = range(c);
                            notes.pieces.add(new Piece(0, 0, -1, deindent(r[0], r[1], it.indent())));
                        }
                    }
                    continue;
                }
                EntryStart es = entryStart(first, 0);
                EntryB e;
                if (es != null) {
                    e = newEntry(es, it.firstLineStart());
                    consume(it.firstLineStart() + es.keyStart(), it.firstLineStart() + es.textStart());
                    String body;
                    if (es.replacement() != null) {
                        String rest = it.end() > it.firstLineEnd() ? deindent(it.firstLineEnd(), it.end(), it.indent()) : "";
                        body = es.replacement() + rest;
                    } else {
                        int from = Math.min(it.firstLineStart() + es.textStart(), it.end());
                        body = from < it.end() ? deindent(from, it.end(), it.indent()) : "";
                    }
                    e.text.pieces.add(new Piece(0, 0, -1, body));
                    e.end = it.end();
                } else {
                    e = new EntryB();
                    e.position = src.position(it.firstLineStart());
                    entries.add(e);
                    content();
                    e.text.pieces.add(new Piece(0, 0, -1, deindent(it.firstLineStart(), it.end(), it.indent())));
                    e.end = it.end();
                }
            }
        }

        private boolean timelineTable(TableBlock table) {
            List<List<int[]>> rows = rows(table);
            if (rows.size() < 1) {
                return false;
            }
            List<int[]> head = rows.get(0);
            int timeCol = -1;
            String zone = null;
            for (int c = 0; c < head.size(); c++) {
                String h = cell(head.get(c)).toLowerCase(Locale.ROOT);
                if (timeCol < 0 && TIME_HEADER.matcher(h).matches()) {
                    timeCol = c;
                    Matcher z = HEADING_ZONE.matcher(cell(head.get(c)));
                    if (z.find() && TimeText.isZoneLike(z.group(1).strip())) {
                        zone = z.group(1).strip();
                    }
                }
            }
            if (timeCol < 0) {
                int readable = 0;
                for (int r = 1; r < rows.size(); r++) {
                    if (!rows.get(r).isEmpty() && entryStart(cell(rows.get(r).get(0)), 0) != null) {
                        readable++;
                    }
                }
                if (readable == 0 || readable * 2 < rows.size() - 1) {
                    return false;
                }
                timeCol = 0;
            }
            consume(head.get(0)[0], head.get(head.size() - 1)[1]);
            String savedZone = timelineZone;
            if (zone != null) {
                timelineZone = zone;
            }
            for (int r = 1; r < rows.size(); r++) {
                List<int[]> row = rows.get(r);
                List<String> others = new ArrayList<>();
                String timeCell = "";
                int timeStart = -1;
                for (int c = 0; c < row.size(); c++) {
                    String v = cell(row.get(c));
                    if (c == timeCol) {
                        timeCell = v;
                        timeStart = row.get(c)[0];
                    } else if (!v.isBlank()) {
                        others.add(v);
                    }
                }
                if (timeCell.isBlank() && others.isEmpty()) {
                    continue;
                }
                TimeText.Stamp whole = timeCell.isBlank() ? null : TimeText.wholeStamp(timeCell, true);
                EntryB e;
                if (whole != null) {
                    e = newEntry(new EntryStart(whole.value(), 0, 0, null, whole.ambiguousDate()),
                            text.indexOf(timeCell, timeStart) >= 0 ? text.indexOf(timeCell, timeStart) : timeStart);
                    consume(timeStart, timeStart + Math.max(0, row.get(timeCol)[1] - row.get(timeCol)[0]));
                } else {
                    e = new EntryB();
                    e.position = src.position(row.get(0)[0]);
                    entries.add(e);
                    content();
                    if (!timeCell.isBlank()) {
                        others.add(0, timeCell);
                    }
                }
                e.text.pieces.add(new Piece(0, 0, -1, String.join(" - ", others)));
            }
            timelineZone = savedZone;
            return true;
        }

        /**
         * Reads a timeline key at the start of a line: {@code **14:00** - }, {@code 2:05 PM (UTC):},
         * {@code `2:00 PM UTC` -}, {@code (7:30 UTC)}, {@code At 11:00 AM:}.
         */
        private EntryStart entryStart(String t, int from) {
            int p = from;
            if (t.length() - p > 4000) {
                t = t.substring(0, p + 4000);
            }
            Matcher lead = mayLead(t, p) ? ENTRY_LEAD.matcher(t).region(p, t.length()) : null;
            if (lead != null && lead.lookingAt()) {
                p = lead.end();
            }
            boolean paren = p < t.length() && t.charAt(p) == '(';
            if (paren) {
                p++;
            }
            String marker = null;
            if (t.startsWith("**", p) || t.startsWith("__", p)) {
                marker = t.substring(p, p + 2);
            } else if (t.startsWith("`", p)) {
                marker = "`";
            }
            if (marker != null) {
                int close = t.indexOf(marker, p + marker.length());
                if (close < 0) {
                    return null;
                }
                int innerStart = p + marker.length();
                String head = t.substring(0, close);
                Matcher innerLead = mayLead(head, innerStart)
                        ? ENTRY_LEAD.matcher(head).region(innerStart, head.length()) : null;
                while (innerStart < close && Source.isBlank(head.charAt(innerStart))) {
                    innerStart++;
                }
                if (innerLead != null && innerLead.lookingAt()) {
                    innerStart = innerLead.end();
                }
                TimeText.Stamp s = stamps.stampAt(head, innerStart, true);
                if (s == null || !acceptable(s, head, s.end())) {
                    return null;
                }
                String inner = head.substring(s.end());
                String innerRest = inner.isEmpty() ? "" : INNER_REST_LEAD.matcher(inner).replaceFirst("").strip();
                int after = close + marker.length();
                if (paren && t.startsWith(")", after)) {
                    after++;
                }
                int textStart = separatorEnd(t, after);
                String replacement = null;
                if (!innerRest.isEmpty()) {
                    replacement = marker + innerRest + marker + t.substring(after);
                }
                if (s.yearlessDate() != null) {
                    String rest = replacement != null ? replacement : t.substring(textStart);
                    replacement = s.yearlessDate().strip() + (rest.isEmpty() ? "" : ": " + rest);
                }
                return new EntryStart(s.value(), p, textStart, replacement, s.ambiguousDate());
            }
            TimeText.Stamp s = stamps.stampAt(t, p, true);
            if (s == null || !acceptable(s, t, s.end())) {
                return null;
            }
            int after = s.end();
            if (paren) {
                if (!t.startsWith(")", after)) {
                    return null;
                }
                after++;
            }
            int textStart = separatorEnd(t, after);
            boolean separated = textStart > after && t.substring(after, textStart).strip().length() > 0;
            if (!s.value().hasTime() && !separated && textStart < t.length()) {
                return null;
            }
            String replacement = null;
            if (s.yearlessDate() != null) {
                String rest = t.substring(textStart);
                replacement = s.yearlessDate().strip() + (rest.isEmpty() ? "" : ": " + rest);
            }
            return new EntryStart(s.value(), from, textStart, replacement, s.ambiguousDate());
        }

        /**
         * Whether {@link #UNIT_AFTER} can follow a stamp ending at {@code end}: the first character that is not
         * {@linkplain Character#isWhitespace whitespace} within the next 12 must lower to "m", "h", "s", "d" or be
         * "%" ({@code acceptable} then runs the pattern).
         */
        private static boolean mayBeUnitAfter(String t, int end) {
            int limit = Math.min(t.length(), end + 12);
            int k = end;
            while (k < limit && Character.isWhitespace(t.charAt(k))) {
                k++;
            }
            return k < limit && "mhsd%".indexOf(Character.toLowerCase(t.charAt(k))) >= 0;
        }

        /** Whether {@link #ENTRY_LEAD} can match at {@code p}: it opens with "a", "b", "~" or "≈". */
        private static boolean mayLead(String t, int p) {
            if (p >= t.length()) {
                return false;
            }
            char c = t.charAt(p);
            return c == 'a' || c == 'A' || c == 'b' || c == 'B' || c == '~' || c == '≈';
        }

        private boolean acceptable(TimeText.Stamp s, String t, int end) {
            if (end < t.length()) {
                char c = t.charAt(end);
                if (Character.isLetterOrDigit(c) || c == '%' || c == '/' || c == '.' && end + 1 < t.length()
                        && Character.isDigit(t.charAt(end + 1))) {
                    return false;
                }
                if (mayBeUnitAfter(t, end)) {
                    String rest = t.substring(end, Math.min(t.length(), end + 12)).strip().toLowerCase(Locale.ROOT);
                    if (!rest.isEmpty() && "mhsd%".indexOf(rest.charAt(0)) >= 0 && UNIT_AFTER.matcher(rest).matches()) {
                        return false;
                    }
                }
            }
            return s.value().hasTime() || s.value().hasDate();
        }

        // -------------------------------------------------------------- actions

        private void actionsUnit(int i, Unit u) {
            switch (u.type) {
                case LIST -> {
                    lineAction = null;
                    actionsList((ListBlock) u.node, 0);
                }
                case TABLE -> {
                    lineAction = null;
                    if (!actionsTable((TableBlock) u.node)) {
                        leftovers.body.pieces.add(piece(i, u));
                    }
                }
                case LINE -> lineAction(i, u, u.content);
                default -> {
                    lineAction = null;
                    leftovers.body.pieces.add(piece(i, u));
                }
            }
        }

        private void lineAction(int i, Unit u, int from) {
            String t = text.substring(from, u.end);
            Matcher fm = lineAction != null && lineActionUnit == i - 1 && mayBeField(t) ? FIELD.matcher(t) : null;
            if (fm != null && fm.matches()
                    && field(lineAction, fm.group(1), fm.group(2), src.position(from))) {
                consume(from, u.end);
                lineActionUnit = i;
                lineAction.end = u.end;
                return;
            }
            int off = Math.max(0, glyphEnd(t, 0));
            String body = t.substring(off).strip();
            if (!looksLikeAction(body)) {
                lineAction = null;
                leftovers.body.pieces.add(from == u.content ? piece(i, u) : new Piece(from, u.end, i, null));
                return;
            }
            ActionB a = new ActionB();
            a.position = src.position(from);
            String line = body;
            int p = 0;
            Matcher sg = mayBeStatusGlyph(line) ? STATUS_GLYPH.matcher(line) : null;
            if (sg != null && sg.lookingAt()) {
                a.status = glyphStatus(sg.group(1));
                p = sg.end();
            }
            splitTitle(a, line.substring(p), -1, -1, 0);
            if (a.title == null || a.title.isBlank()) {
                lineAction = null;
                leftovers.body.pieces.add(piece(i, u));
                return;
            }
            a.end = u.end;
            actions.add(a);
            content();
            lineAction = a;
            lineActionUnit = i;
        }

        private boolean looksLikeAction(String s) {
            if (s.isEmpty() || s.length() > 250 || s.endsWith(":")) {
                return false;
            }
            int cp = s.codePointAt(0);
            if (Character.isLowerCase(cp) || "![<|>`#".indexOf(s.charAt(0)) >= 0) {
                return false;
            }
            if (!hasLetter(s)) {
                return false;
            }
            if (s.indexOf('.') < 0 && s.indexOf('!') < 0 && s.indexOf('?') < 0) {
                return true; // no sentence break without a full stop, "!" or "?"
            }
            return sentenceBreaks(s, 2) <= 1;
        }

        private void actionsList(ListBlock list, int depth) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof ListItem li)) {
                    continue;
                }
                Item it = item(li);
                if (it.empty()) {
                    // an item with no text ("1." alone) is not an action, but it was written: keep it
                    int[] r = range(li);
                    if (r[1] > r[0]) {
                        leftovers.body.pieces.add(new Piece(0, 0, -1, text.substring(r[0], r[1])));
                    }
                    continue;
                }
                String first = text.substring(it.firstLineStart(), it.firstLineEnd());
                boolean onlyLabelAndLists = first.strip().endsWith(":") && depth < 4
                        && li.getFirstChild() instanceof Paragraph p && p.getSourceSpans().size() == 1
                        && li.getFirstChild().getNext() != null;
                for (Node c = li.getFirstChild() == null ? null : li.getFirstChild().getNext(); c != null && onlyLabelAndLists;
                        c = c.getNext()) {
                    onlyLabelAndLists = c instanceof ListBlock && !(c instanceof BulletList b && fieldsList(b, null));
                }
                if (onlyLabelAndLists) {
                    consume(it.firstLineStart(), it.firstLineEnd());
                    for (Node c = li.getFirstChild().getNext(); c != null; c = c.getNext()) {
                        actionsList((ListBlock) c, depth + 1);
                    }
                    continue;
                }
                ActionB a = itemAction(it);
                if (a != null) {
                    actions.add(a);
                    content();
                }
            }
        }

        private ActionB itemAction(Item it) {
            ActionB a = new ActionB();
            a.position = src.position(it.firstLineStart());
            a.end = it.end();
            ListItem li = it.node();
            int contentEnd = it.end();
            Node last = li.getLastChild();
            if (last instanceof BulletList fields && last != li.getFirstChild() && fieldsList(fields, null)) {
                fieldsList(fields, a);
                Node prev = last.getPrevious();
                contentEnd = range(prev)[1];
            }
            String line = text.substring(it.firstLineStart(), it.firstLineEnd());
            int p = 0;
            Matcher task = TASK.matcher(line);
            if (task.lookingAt()) {
                if (a.status == null) {
                    a.status = task.group(1).isBlank() ? ActionStatus.OPEN : ActionStatus.DONE;
                }
                p = task.end();
                consume(it.firstLineStart(), it.firstLineStart() + p);
            } else {
                Matcher sg = mayBeStatusGlyph(line) ? STATUS_GLYPH.matcher(line) : null;
                if (sg != null && sg.lookingAt()) {
                    if (a.status == null) {
                        a.status = glyphStatus(sg.group(1));
                    }
                    p = sg.end();
                }
            }
            splitTitle(a, line.substring(p), it.firstLineStart() + p, contentEnd, it.indent());
            if (a.title == null || a.title.isBlank()) {
                String all = deindent(it.firstLineStart(), contentEnd, it.indent()).strip();
                if (all.isEmpty()) {
                    return null;
                }
                a.title = all.lines().findFirst().orElse(all).strip();
                a.description.pieces.clear();
                String rest = all.substring(all.indexOf(a.title) + a.title.length()).strip();
                if (!rest.isEmpty()) {
                    a.description.pieces.add(new Piece(0, 0, -1, rest));
                }
                if (a.title.isBlank()) {
                    return null;
                }
            }
            return a;
        }

        /**
         * Splits a first line into title and the start of the description. With a source offset, the
         * description runs on to {@code contentEnd}; without, it is the rest of the line.
         */
        private void splitTitle(ActionB a, String line, int lineOffset, int contentEnd, int indent) {
            Matcher b = BOLD_START.matcher(line);
            String title;
            int descStart;
            if (b.lookingAt() && !stripColon(b.group(2)).isBlank()) {
                title = stripColon(b.group(2));
                Matcher rest = TITLE_REST.matcher(line).region(b.end(), line.length());
                descStart = rest.lookingAt() ? rest.end() : b.end();
                if (lineOffset >= 0) {
                    consume(lineOffset, lineOffset + 2);
                }
            } else {
                title = line.strip();
                descStart = line.length();
            }
            a.title = title;
            if (lineOffset < 0) {
                String d = line.substring(descStart).strip();
                if (!d.isEmpty()) {
                    a.description.pieces.add(new Piece(0, 0, -1, d));
                }
                return;
            }
            int from;
            if (descStart < line.length()) {
                from = lineOffset + descStart;
            } else {
                from = lineOffset + line.length();
                while (from < contentEnd && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
            }
            if (from < contentEnd) {
                String d = deindent(from, contentEnd, indent).strip();
                if (!d.isEmpty()) {
                    a.description.pieces.add(new Piece(0, 0, -1, d));
                }
            }
        }

        private boolean fieldsList(BulletList list, ActionB into) {
            int count = 0;
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof ListItem li) || !(li.getFirstChild() instanceof Paragraph p) || p.getNext() != null
                        || p.getSourceSpans().size() != 1) {
                    return false;
                }
                Item it = item(li);
                String line = text.substring(it.firstLineStart(), it.firstLineEnd());
                Matcher m = mayBeField(line) ? FIELD.matcher(line) : null;
                if (m == null || !m.matches()) {
                    return false;
                }
                ActionB probe = into != null ? into : new ActionB();
                if (!field(probe, m.group(1), m.group(2), src.position(it.firstLineStart()))) {
                    return false;
                }
                if (into != null) {
                    consume(it.firstLineStart(), it.firstLineStart() + m.start(2));
                }
                count++;
            }
            return count > 0;
        }

        /** Sets one action field from "Key: value"; false when the key or value is not understood. */
        private boolean field(ActionB a, String key, String rawValue, SourcePosition pos) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            String v = rawValue.strip();
            if (v.endsWith("**") && !v.startsWith("**")) {
                return false;
            }
            switch (k) {
                case "owner", "owners", "assignee", "assigned to", "responsible" -> {
                    if (a.owner != null) {
                        return false;
                    }
                    a.owner = v;
                    a.fieldPositions.put("owner", pos);
                }
                case "due", "due date", "deadline", "eta", "target date" -> {
                    TimeText.Stamp s = TimeText.wholeStamp(v, false);
                    if (a.due != null || s == null || !s.value().hasDate() || s.value().hasTime()) {
                        return false;
                    }
                    a.due = s.value().date();
                    a.fieldPositions.put("due", pos);
                }
                case "status", "state" -> {
                    ActionStatus st = status(v);
                    if (st == null) {
                        return false;
                    }
                    a.status = st;
                    a.fieldPositions.put("status", pos);
                }
                case "kind", "type", "category" -> {
                    ActionKind kind = kind(v);
                    if (kind == null || a.kind != null) {
                        return false;
                    }
                    a.kind = kind;
                    a.fieldPositions.put("kind", pos);
                }
                case "link", "ticket", "tracking", "issue", "bug", "tracking link" -> {
                    if (a.link != null || v.contains(" ")) {
                        return false;
                    }
                    a.link = v;
                    a.fieldPositions.put("link", pos);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private boolean actionsTable(TableBlock table) {
            List<List<int[]>> rows = rows(table);
            if (rows.isEmpty()) {
                return false;
            }
            List<int[]> head = rows.get(0);
            int titleCol = -1;
            int ownerCol = -1;
            int statusCol = -1;
            int dueCol = -1;
            int linkCol = -1;
            int kindCol = -1;
            List<String> names = new ArrayList<>();
            for (int c = 0; c < head.size(); c++) {
                String h = SectionKind.normalise(cell(head.get(c)));
                names.add(cell(head.get(c)));
                if (ownerCol < 0 && OWNER_HEADER.matcher(h).matches()) {
                    ownerCol = c;
                } else if (statusCol < 0 && STATUS_HEADER.matcher(h).matches()) {
                    statusCol = c;
                } else if (dueCol < 0 && DUE_HEADER.matcher(h).matches()) {
                    dueCol = c;
                } else if (linkCol < 0 && LINK_HEADER.matcher(h).matches()) {
                    linkCol = c;
                } else if (kindCol < 0 && KIND_HEADER.matcher(h).matches()) {
                    kindCol = c;
                } else if (titleCol < 0 && TITLE_HEADER.matcher(h).matches()) {
                    titleCol = c;
                }
            }
            if (titleCol < 0) {
                return false;
            }
            consume(head.get(0)[0], head.get(head.size() - 1)[1]);
            for (int r = 1; r < rows.size(); r++) {
                List<int[]> row = rows.get(r);
                boolean any = false;
                for (int[] c : row) {
                    any |= !cell(c).isBlank();
                }
                if (!any) {
                    continue;
                }
                ActionB a = new ActionB();
                a.position = src.position(row.get(0)[0]);
                List<String> desc = new ArrayList<>();
                String title = titleCol < row.size() ? cell(row.get(titleCol)) : "";
                for (int c = 0; c < row.size(); c++) {
                    String v = cell(row.get(c));
                    if (c == titleCol || v.isBlank()) {
                        continue;
                    }
                    String name = c < names.size() ? names.get(c) : "";
                    boolean taken = false;
                    if (c == ownerCol) {
                        a.owner = v;
                        taken = true;
                    } else if (c == statusCol) {
                        ActionStatus st = status(v);
                        if (st != null) {
                            a.status = st;
                            taken = true;
                            consume(row.get(c)[0], row.get(c)[1]);
                        }
                    } else if (c == dueCol) {
                        TimeText.Stamp s = TimeText.wholeStamp(v, false);
                        if (s != null && s.value().hasDate() && !s.value().hasTime()) {
                            a.due = s.value().date();
                            taken = true;
                            consume(row.get(c)[0], row.get(c)[1]);
                        }
                    } else if (c == kindCol) {
                        ActionKind k = kind(v);
                        if (k != null) {
                            a.kind = k;
                            taken = true;
                        }
                    } else if (c == linkCol && !v.contains(" ")) {
                        a.link = v;
                        taken = true;
                    }
                    if (!taken) {
                        if (title.isBlank()) {
                            title = v;
                        } else {
                            desc.add(name.isBlank() ? v : name + ": " + v);
                        }
                    }
                }
                if (title.isBlank()) {
                    continue;
                }
                a.title = title;
                if (!desc.isEmpty()) {
                    a.description.pieces.add(new Piece(0, 0, -1, String.join("\n\n", desc)));
                }
                actions.add(a);
                content();
            }
            return true;
        }

        // -------------------------------------------------------------- contributors

        private void contributorsUnit(int i, Unit u) {
            if (u.type == Unit.Type.LIST) {
                List<Contributor> found = new ArrayList<>();
                List<SourcePosition> where = new ArrayList<>();
                for (Node n = u.node.getFirstChild(); n != null; n = n.getNext()) {
                    ListItem li = (ListItem) n;
                    Item it = item(li);
                    if (it.empty() || !(li.getFirstChild() instanceof Paragraph p) || p.getNext() != null
                            || p.getSourceSpans().size() != 1) {
                        found = null;
                        break;
                    }
                    Contributor c = contributor(text.substring(it.firstLineStart(), it.firstLineEnd()));
                    if (c == null) {
                        found = null;
                        break;
                    }
                    found.add(c);
                    where.add(src.position(it.firstLineStart()));
                }
                if (found != null) {
                    contributors.addAll(found);
                    contributorPositions.addAll(where);
                    return;
                }
            } else if (u.type == Unit.Type.LINE) {
                String t = u.text(src);
                if (t.length() <= 120 && sentenceBreaks(t, 1) == 0 && !t.endsWith(".")
                        && !t.endsWith(":")) {
                    Contributor c = contributor(t);
                    if (c != null) {
                        contributors.add(c);
                        contributorPositions.add(src.position(u.content));
                        return;
                    }
                }
            }
            leftovers.body.pieces.add(piece(i, u));
        }

        private Contributor contributor(String raw) {
            String s = raw.strip();
            if (s.isEmpty() || s.length() > 200 || "![<|>`#".indexOf(s.charAt(0)) >= 0 && !s.startsWith("[")) {
                return null;
            }
            Matcher m = CONTRIB_LINK.matcher(s);
            if (m.matches() && !m.group(1).isBlank()) {
                return new Contributor(m.group(1).strip(), m.group(2));
            }
            m = CONTRIB_AUTOLINK.matcher(s);
            if (m.matches() && !m.group(1).isBlank()) {
                return new Contributor(m.group(1).strip(), m.group(2));
            }
            m = CONTRIB_URL.matcher(s);
            if (m.matches() && !m.group(1).isBlank() && !m.group(1).contains("](")) {
                return new Contributor(m.group(1).strip(), m.group(2));
            }
            if (s.startsWith("[") || s.contains("<") && s.contains(">")) {
                return null;
            }
            return new Contributor(s, null);
        }

        // -------------------------------------------------------------- helpers

        private Item item(ListItem li) {
            Node first = li.getFirstChild();
            if (first == null || first.getSourceSpans().isEmpty()) {
                return new Item(true, 0, 0, 0, 0, li);
            }
            SourceSpan fs = first.getSourceSpans().get(0);
            int line = fs.getLineIndex();
            int start = src.lineStart(line) + fs.getColumnIndex();
            int firstEnd = Math.max(start, src.trimmedEnd(line));
            int[] r = range(li);
            int end = Math.max(firstEnd, r[1]);
            return new Item(false, start, firstEnd, fs.getColumnIndex(), end, li);
        }

        /** The source range of a block: its first line's content to its last non-blank line's end. */
        private int[] range(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return new int[] {0, 0};
            }
            SourceSpan f = spans.get(0);
            int first = f.getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            while (last > first && src.isBlankLine(last)) {
                last--;
            }
            int start = src.lineStart(first) + f.getColumnIndex();
            return new int[] {start, Math.max(start, src.trimmedEnd(last))};
        }

        /** Source text with up to {@code indent} leading spaces taken from every line after the first. */
        private String deindent(int from, int to, int indent) {
            if (to <= from) {
                return "";
            }
            String s = text.substring(from, to);
            if (s.indexOf('\n') < 0) {
                return s.strip();
            }
            StringBuilder sb = new StringBuilder(s.length());
            int lineStart = 0;
            boolean firstLine = true;
            while (lineStart <= s.length()) {
                int nl = s.indexOf('\n', lineStart);
                String line = nl < 0 ? s.substring(lineStart) : s.substring(lineStart, nl);
                if (!firstLine) {
                    sb.append('\n');
                    int k = 0;
                    while (k < indent && k < line.length() && line.charAt(k) == ' ') {
                        k++;
                    }
                    line = line.substring(k);
                    if (line.isBlank()) {
                        line = "";
                    }
                }
                sb.append(line);
                firstLine = false;
                if (nl < 0) {
                    break;
                }
                lineStart = nl + 1;
            }
            return sb.toString().strip();
        }

        private List<List<int[]>> rows(TableBlock table) {
            List<List<int[]>> out = new ArrayList<>();
            collectRows(table, out);
            return out;
        }

        private void collectRows(Node n, List<List<int[]>> out) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableRow row) {
                    List<int[]> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell tc) {
                            cells.add(cellRange(tc));
                        }
                    }
                    out.add(cells);
                } else {
                    collectRows(c, out);
                }
            }
        }

        private int[] cellRange(TableCell tc) {
            List<SourceSpan> spans = tc.getSourceSpans();
            if (spans.isEmpty()) {
                return new int[] {0, 0};
            }
            SourceSpan s = spans.get(0);
            int start = src.lineStart(s.getLineIndex()) + s.getColumnIndex();
            int end = Math.min(text.length(), start + s.getLength());
            return new int[] {start, end};
        }

        private String cell(int[] r) {
            String s = text.substring(r[0], Math.max(r[0], r[1])).strip();
            if (s.startsWith("|")) {
                s = s.substring(1);
            }
            if (s.endsWith("|") && !s.endsWith("\\|")) {
                s = s.substring(0, s.length() - 1);
            }
            return s.strip();
        }

        private void consume(int from, int to) {
            if (to > from) {
                consumed.add(new int[] {from, to});
            }
        }

        private void diag(String rule, Severity severity, String message, String path, int offset) {
            diagnostics.add(new Diagnostic(rule, severity, message, path, src.position(offset)));
        }

        // -------------------------------------------------------------- building the model

        private String join(Field f) {
            List<String> chunks = new ArrayList<>();
            int chunkStart = -1;
            int chunkEnd = -1;
            int lastUnit = -2;
            for (Piece p : f.pieces) {
                if (p.literal() != null) {
                    flush(chunks, chunkStart, chunkEnd, lastUnit);
                    chunkStart = -1;
                    lastUnit = -2;
                    if (!p.literal().isBlank()) {
                        chunks.add(p.literal().strip());
                    }
                    continue;
                }
                if (chunkStart >= 0 && p.unit() == lastUnit + 1 && p.start() >= chunkEnd) {
                    chunkEnd = p.end();
                } else {
                    flush(chunks, chunkStart, chunkEnd, lastUnit);
                    chunkStart = p.start();
                    chunkEnd = p.end();
                }
                lastUnit = p.unit();
            }
            flush(chunks, chunkStart, chunkEnd, lastUnit);
            return chunks.isEmpty() ? null : String.join("\n\n", chunks);
        }

        private void flush(List<String> chunks, int start, int end, int lastUnit) {
            if (start < 0 || end <= start) {
                return;
            }
            String s = text.substring(start, end).stripTrailing();
            if (lastUnit >= 0 && lastUnit < units.size() && units.get(lastUnit).closingFence != null) {
                s = s + "\n" + units.get(lastUnit).closingFence;
            }
            if (!s.isBlank()) {
                chunks.add(s);
            }
        }

        private Parsed build() {
            Summary.Builder sb = Summary.builder()
                    .description(join(description))
                    .impact(join(impact))
                    .rootCause(join(summaryRootCause));
            Cand start = best(starts, "start");
            Cand end = best(ends, "end");
            Cand duration = best(durations, "duration");
            if (start != null) {
                sb.start((Timestamp) start.value());
                map.put("summary.start", start.position());
            }
            if (end != null) {
                sb.end((Timestamp) end.value());
                map.put("summary.end", end.position());
            }
            if (duration != null) {
                sb.duration((Duration) duration.value());
                map.put("summary.duration", duration.position());
            }
            putPos("summary.description", description);
            putPos("summary.impact", impact);
            putPos("summary.rootCause", summaryRootCause);
            putPos("rootCause", rootCause);
            putPos("resolution", resolution);
            putPos("lessons", lessons);
            putPos("timeline.notes", notes);

            List<TimelineEntry> tl = new ArrayList<>();
            for (EntryB e : entries) {
                String t = join(e.text);
                t = t == null ? "" : t;
                EntryKind kind = null;
                // only the last "(kind: " can end the text; the match starts at the blanks before it
                int marker = t.indexOf("(kind: ") < 0 ? -1 : t.lastIndexOf("(kind: ");
                while (marker > 0 && Character.isWhitespace(t.charAt(marker - 1)) && t.charAt(marker - 1) <= ' ') {
                    marker--;
                }
                Matcher km = marker >= 0 ? KIND_MARKER.matcher(t) : null;
                if (km != null && km.find(marker)) {
                    try {
                        kind = EntryKind.fromId(km.group(1));
                        t = t.substring(0, km.start());
                    } catch (IllegalArgumentException ex) {
                        kind = null;
                    }
                }
                tl.add(new TimelineEntry(e.at, t, kind));
            }

            List<ActionItem> acts = new ArrayList<>();
            for (ActionB a : actions) {
                acts.add(new ActionItem(a.title.strip(), join(a.description), a.owner, a.due, a.status, a.kind, a.link));
            }

            List<Section> secs = new ArrayList<>();
            List<SectionB> keptSections = new ArrayList<>();
            for (SectionB s : sections) {
                String body = join(s.body);
                if (s.leftover && body == null) {
                    continue;
                }
                keptSections.add(s);
                String p = "sections[" + secs.size() + "]";
                secs.add(new Section(s.heading, body == null ? "" : body));
                diagnostics.add(new Diagnostic(KEPT_SECTION, Severity.INFO, (s.leftover
                        ? "text in '" + s.heading + "' that is not an item is kept as a section"
                        : "section '" + s.heading + "' is not a known postmortem part; kept as written"), p, s.position));
            }
            Metadata md = metadata;
            if (labelledDate != null && md.date() == null) {
                md = md.toBuilder().date(labelledDate).build();
            }
            Postmortem pm = Postmortem.builder()
                    .title(title)
                    .metadata(md)
                    .summary(sb.build())
                    .timeline(new Timeline(join(notes), tl))
                    .rootCause(join(rootCause))
                    .resolution(join(resolution))
                    .lessons(join(lessons))
                    .actions(acts)
                    .sections(secs)
                    .contributors(contributors)
                    .build();
            diagnostics.sort((x, y) -> x.position().compareTo(y.position()));
            // The extents are for editing only: worked out when an editor first asks, from state this run no
            // longer changes. The blocks are not needed for them, so they are let go (the mining notes hold
            // blocks too).
            units = null;
            mines.clear();
            return new Parsed(pm, List.copyOf(diagnostics), new LazyMap<>(() -> sourceMap(keptSections)),
                    List.copyOf(consumed), text, new LazyMap<>(() -> extents(keptSections)));
        }

        /**
         * The source map: the paths noted while reading (title, metadata, summary values, prose fields) and
         * those of every timeline entry, action, kept section and contributor. Like the extents it is worked
         * out when first asked for (validation asks, to locate its findings; a plain conversion never does),
         * from state this run no longer changes.
         *
         * @param keptSections the sections that became the model's sections, in order
         */
        private Map<String, SourcePosition> sourceMap(List<SectionB> keptSections) {
            Map<String, SourcePosition> m = new HashMap<>(map);
            for (int i = 0; i < entries.size(); i++) {
                EntryB e = entries.get(i);
                String p = "timeline.entries[" + i + "]";
                if (e.position != null) {
                    m.put(p, e.position);
                    m.put(p + ".text", e.position);
                }
                if (e.atPosition != null) {
                    m.put(p + ".at", e.atPosition);
                }
            }
            for (int i = 0; i < actions.size(); i++) {
                ActionB a = actions.get(i);
                String p = "actions[" + i + "]";
                m.put(p, a.position);
                m.put(p + ".title", a.position);
                a.fieldPositions.forEach((k, v) -> m.put(p + "." + k, v));
            }
            for (int i = 0; i < keptSections.size(); i++) {
                SectionB s = keptSections.get(i);
                String p = "sections[" + i + "]";
                m.put(p, s.position);
                m.put(p + ".heading", s.position);
                if (!s.body.pieces.isEmpty() && s.body.pieces.get(0).literal() == null) {
                    m.put(p + ".body", src.position(s.body.pieces.get(0).start()));
                }
            }
            for (int i = 0; i < contributorPositions.size(); i++) {
                m.put("contributors[" + i + "]", contributorPositions.get(i));
            }
            return m;
        }

        /**
         * Where each part of the model was read from: {@code [start, end)} offsets into the text, by model
         * path. Covers the title, front matter, summary values, prose fields, and every timeline entry,
         * action, kept section and contributor.
         *
         * @param keptSections the sections that became the model's sections, in order
         */
        private Map<String, int[]> extents(List<SectionB> keptSections) {
            Map<String, int[]> ext = new HashMap<>();
            if (map.containsKey("title")) {
                int o = offset(map.get("title"));
                extend(ext, "title", o, src.lineEnd(src.lineOf(o)));
            }
            if (frontMatterEnd > 0) {
                extend(ext, "metadata", 0, frontMatterEnd);
            }
            for (String p : List.of("summary.start", "summary.end", "summary.duration", "metadata.date")) {
                SourcePosition pos = map.get(p);
                if (pos != null) {
                    int o = offset(pos);
                    extend(ext, p, o, src.lineEnd(src.lineOf(o)));
                }
            }
            field(ext, "summary.description", description);
            field(ext, "summary.impact", impact);
            field(ext, "summary.rootCause", summaryRootCause);
            field(ext, "rootCause", rootCause);
            field(ext, "resolution", resolution);
            field(ext, "lessons", lessons);
            field(ext, "timeline.notes", notes);
            for (int k = 0; k < entries.size(); k++) {
                EntryB e = entries.get(k);
                if (e.position == null) {
                    continue;
                }
                String p = "timeline.entries[" + k + "]";
                int o = offset(e.position);
                extend(ext, p, o, Math.max(src.lineEnd(src.lineOf(o)), e.end));
                field(ext, p, e.text);
            }
            for (int k = 0; k < actions.size(); k++) {
                ActionB a = actions.get(k);
                String p = "actions[" + k + "]";
                int o = offset(a.position);
                extend(ext, p, o, Math.max(src.lineEnd(src.lineOf(o)), a.end));
                field(ext, p, a.description);
                for (SourcePosition fp : a.fieldPositions.values()) {
                    int f = offset(fp);
                    extend(ext, p, f, src.lineEnd(src.lineOf(f)));
                }
            }
            int n = 0;
            for (SectionB s : keptSections) {
                String p = "sections[" + n++ + "]";
                if (!s.leftover) {
                    int o = offset(s.position);
                    extend(ext, p, o, src.lineEnd(src.lineOf(o)));
                    extend(ext, p + ".heading", o, src.lineEnd(src.lineOf(o)));
                }
                field(ext, p, s.body);
                field(ext, p + ".body", s.body);
            }
            for (int k = 0; k < contributorPositions.size(); k++) {
                int o = offset(contributorPositions.get(k));
                extend(ext, "contributors[" + k + "]", o, src.lineEnd(src.lineOf(o)));
            }
            return ext;
        }

        private int offset(SourcePosition p) {
            return Math.min(text.length(), src.lineStart(p.line() - 1) + p.column() - 1);
        }

        private void field(Map<String, int[]> ext, String path, Field f) {
            for (Piece p : f.pieces) {
                if (p.literal() == null && p.end() > p.start()) {
                    extend(ext, path, p.start(), p.end());
                }
            }
        }

        private static void extend(Map<String, int[]> ext, String path, int from, int to) {
            int[] r = ext.get(path);
            if (r == null) {
                ext.put(path, new int[] {from, to});
            } else {
                r[0] = Math.min(r[0], from);
                r[1] = Math.max(r[1], to);
            }
        }

        private void putPos(String path, Field f) {
            if (f.position != null && !f.pieces.isEmpty()) {
                map.put(path, f.position);
            }
        }

        private Cand best(List<Cand> cands, String what) {
            Cand best = null;
            for (Cand c : cands) {
                if (best == null || c.priority() < best.priority()
                        || c.priority() == best.priority() && c.order() < best.order()) {
                    best = c;
                }
            }
            if (best != null) {
                for (Cand c : cands) {
                    if (c != best && c.priority() == 1 && best.priority() == 1 && !c.value().equals(best.value())) {
                        diagnostics.add(new Diagnostic(DUPLICATE_VALUE, Severity.INFO, "the " + what + " is stated again as "
                                + c.value() + "; the first statement, " + best.value() + ", counts", "summary." + what,
                                c.position()));
                    }
                }
            }
            return best;
        }
    }

    // ------------------------------------------------------------------ small shared helpers

    static String stripBold(String t) {
        String s = t.strip();
        if (s.length() > 4 && (s.startsWith("**") && s.endsWith("**") || s.startsWith("__") && s.endsWith("__"))) {
            return s.substring(2, s.length() - 2).strip();
        }
        return s;
    }

    /** Whether a text holds a letter (any script): {@code s.codePoints().anyMatch(Character::isLetter)}, without a stream. */
    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String stripColon(String s) {
        String t = s.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static ActionStatus status(String raw) {
        String v = letterWords(raw.toLowerCase(Locale.ROOT));
        String g = raw.strip();
        if (g.startsWith("✅") || g.startsWith("✔") || g.startsWith("☑")) {
            return ActionStatus.DONE;
        }
        if (g.startsWith("☐") || g.startsWith("⬜") || g.startsWith("🔲")) {
            return ActionStatus.OPEN;
        }
        return STATUS_BY_WORDS.get(v);
    }

    /** The {@linkplain StatusWords status words} as {@link #letterWords} leaves them ("won't do" as "won t do"). */
    private static final Map<String, ActionStatus> STATUS_BY_WORDS = statusByWords();

    private static Map<String, ActionStatus> statusByWords() {
        Map<String, ActionStatus> m = new HashMap<>();
        for (Map.Entry<ActionStatus, List<String>> e : StatusWords.all().entrySet()) {
            for (String w : e.getValue()) {
                m.put(letterWords(w), e.getKey());
            }
        }
        return Map.copyOf(m);
    }

    /**
     * The letters of a text as words separated by single blanks: what replacing every character but letters
     * and blanks ({@code [^\\p{L} ]}) with a blank, folding blank runs and stripping gives.
     */
    private static String letterWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (blank && sb.length() > 0) {
                    sb.append(' ');
                }
                blank = false;
                sb.appendCodePoint(cp);
            } else {
                blank = true;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static ActionStatus glyphStatus(String glyph) {
        return glyph.startsWith("✅") || glyph.startsWith("✔") || glyph.startsWith("☑") ? ActionStatus.DONE
                : glyph.startsWith("❌") ? ActionStatus.WONT_DO : ActionStatus.OPEN;
    }

    static ActionKind kind(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "mitigate", "mitigation", "mitigative" -> ActionKind.MITIGATE;
            case "prevent", "prevention", "preventive", "preventative" -> ActionKind.PREVENT;
            case "detect", "detection", "monitoring", "alerting" -> ActionKind.DETECT;
            case "process", "procedure", "documentation", "training" -> ActionKind.PROCESS;
            case "other" -> ActionKind.OTHER;
            default -> null;
        };
    }
}
