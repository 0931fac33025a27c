package dev.postmortem.testkit;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Breaks text at random, the same way for the same seed: mutation fuzzing for any reader of
 * postmortems (Markdown, JSON, or a user's own format).
 *
 * <p>Each call of {@link #mutate(String)} applies one {@linkplain Kind kind} of mutation, chosen at
 * random, and returns a {@link Mutant} with the new text and a description of what was done
 * ({@code "truncate: keep the first 17 of 240 chars"}), so a failing input can be explained and
 * replayed. Mutations work on UTF-16 chars, so they can cut surrogate pairs apart; that is on
 * purpose. Randomness comes from {@link java.util.Random}, whose sequence is specified, so a seed
 * gives the same mutants for the same inputs on every JDK.
 *
 * <pre>{@code
 * Mutations mutations = Mutations.withSeed(seed);
 * for (int i = 0; i < 1_000; i++) {
 *     Mutant m = mutations.mutate(document);
 *     try {
 *         reader.read(m.text());
 *     } catch (MyFormatException expected) {
 *         // a documented outcome
 *     } catch (RuntimeException e) {
 *         throw new AssertionError("seed " + seed + ", " + m.description(), e);
 *     }
 * }
 * }</pre>
 *
 * <p>An instance holds a {@code Random} and advances it on every call: it is not thread-safe, and
 * its results depend on the order of calls. Use one per thread, or one per input
 * ({@code Mutations.withSeed(inputSeed)}) to make every input replayable on its own. The static
 * helpers ({@link #kinds()}, {@link #prefixes(String)}, {@link #suffixes(String)}) are stateless
 * and thread-safe.
 */
public final class Mutations {

    /** What a mutation does to the text. */
    public enum Kind {
        /** Flips one of the low eight bits of one char. */
        BIT_FLIP,
        /**
         * Flips one bit of one byte of the UTF-8 encoding and decodes the result again; a byte
         * that is no longer valid UTF-8 becomes U+FFFD, as a lenient decoder would read it.
         */
        BYTE_FLIP,
        /** Replaces one char with a char that often means something in markup or JSON. */
        REPLACE_CHAR,
        /** Deletes a run of 1 to 16 chars. */
        DELETE_RANGE,
        /** Copies a run of 1 to 64 chars to another place. */
        DUPLICATE_RANGE,
        /** Keeps a proper prefix: cuts the text at a position before its end. */
        TRUNCATE,
        /** Keeps a proper suffix: cuts away the beginning of the text. */
        CUT_HEAD,
        /** Repeats one line right after itself. */
        DUPLICATE_LINE,
        /** Removes one line and its line break. */
        DELETE_LINE,
        /** Puts a run of 2 to 8 consecutive lines in another order. */
        SHUFFLE_LINES,
        /**
         * Inserts a troublesome code point: an unpaired surrogate, a right-to-left mark or override,
         * a zero-width space or joiner, a byte order mark, NUL, another control character, an emoji,
         * a combining mark, a line or paragraph separator, or U+FFFF.
         */
        INSERT_UNICODE,
        /** Inserts a token that means something in JSON, Markdown or YAML. */
        INSERT_TOKEN,
        /** Rewrites every line break as CRLF, as CR, or as a random mix of LF, CRLF and CR. */
        LINE_ENDS,
        /** Puts a byte order mark (U+FEFF) in front of the text. */
        BOM,
        /**
         * Replaces the spaces that indent lines with tabs, or, when no line is indented by spaces,
         * inserts one tab.
         */
        TABS;

        /**
         * Returns the kind's name as used in descriptions: lower case, with dashes.
         *
         * @return the label, such as {@code "line-ends"}
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One mutated text.
     *
     * @param text        the mutated text
     * @param description what was done, starting with the kind's {@linkplain Kind#label() label},
     *                    with positions as 0-based char offsets into the input
     * @param kind        the kind of mutation
     */
    public record Mutant(String text, String description, Kind kind) {

        /**
         * Checks that no component is null.
         *
         * @param text        the mutated text
         * @param description what was done
         * @param kind        the kind of mutation
         */
        public Mutant {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private static final List<Kind> KINDS = List.of(Kind.values());

    /** Code points that break naive text handling, each with the name a description gives it. */
    private static final String[][] UNICODE = {
            {"\uD800", "unpaired high surrogate U+D800"},
            {"\uDBFF", "unpaired high surrogate U+DBFF"},
            {"\uDC00", "unpaired low surrogate U+DC00"},
            {"\uDFFF", "unpaired low surrogate U+DFFF"},
            {"\u202E", "right-to-left override U+202E"},
            {"\u200F", "right-to-left mark U+200F"},
            {"\u200B", "zero-width space U+200B"},
            {"\u200D", "zero-width joiner U+200D"},
            {"\uFEFF", "byte order mark U+FEFF"},
            {"\u0000", "NUL U+0000"},
            {"\u001B", "escape U+001B"},
            {"\u0008", "backspace U+0008"},
            {"\u000B", "vertical tab U+000B"},
            {"\u000C", "form feed U+000C"},
            {"\u0085", "next line U+0085"},
            {"\u2028", "line separator U+2028"},
            {"\u2029", "paragraph separator U+2029"},
            {"\uD83D\uDD25", "emoji U+1F525"},
            {"\uD83D\uDC69\u200D\uD83D\uDCBB", "emoji ZWJ sequence U+1F469 U+200D U+1F4BB"},
            {"\u0301", "combining acute accent U+0301"},
            {"e\u0301\u0301\u0301\u0301", "e with stacked combining marks"},
            {"\uFFFD", "replacement character U+FFFD"},
            {"\uFFFF", "noncharacter U+FFFF"},
            {"\u00A0", "no-break space U+00A0"},
            {"\u3000", "ideographic space U+3000"},
    };

    /** Tokens that mean something in JSON, Markdown or YAML front matter. */
    private static final List<String> TOKENS = List.of(
            "{", "}", "[", "]", "\"", "\\", ":", ",", "null", "true", "-0", "1e999", "-1e-999",
            "99999999999999999999999999", "0x1F", "NaN", "\"\\u", "\"\\uD800\"", "//", "/*", "#", "# ", "## ",
            "**", "*", "_", "`", "```", "- ", "1. ", "> ", "|", "---", "\n---\n", "<!--", "-->", "<br>", "[x](",
            "![i](", "&amp;", "&#0;", "\\\n", "  \n", "\n\n", "&anchor ", "*anchor", "!!python/object ",
            "~", "@", "%");

    /** Chars a replacement picks from: structure in JSON and Markdown, and a few ordinary ones. */
    private static final String REPLACEMENTS = "{}[]\":,\\/#*_`-|>!<&0123456789 \t\nAaZz.";

    private final long seed;
    private final Random random;

    private Mutations(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Creates mutations for a seed.
     *
     * @param seed the seed; the same seed and the same inputs in the same order give the same mutants
     * @return a new instance
     */
    public static Mutations withSeed(long seed) {
        return new Mutations(seed);
    }

    /**
     * Returns the seed this instance was created with.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns every kind of mutation, in a fixed order.
     *
     * @return the kinds, unmodifiable
     */
    public static List<Kind> kinds() {
        return KINDS;
    }

    /**
     * Applies one mutation of a random kind. The kind is chosen among those that can change this
     * input (for an empty input: {@link Kind#INSERT_UNICODE}, {@link Kind#INSERT_TOKEN},
     * {@link Kind#BOM}, {@link Kind#TABS}), so the mutant differs from the input except in rare
     * cases a description says (a shuffle of identical lines).
     *
     * @param input the text to mutate
     * @return the mutant
     */
    public Mutant mutate(String input) {
        Objects.requireNonNull(input, "input");
        List<Kind> usable = new ArrayList<>(KINDS.size());
        for (Kind k : KINDS) {
            if (applies(k, input)) {
                usable.add(k);
            }
        }
        return mutate(input, usable.get(random.nextInt(usable.size())));
    }

    /**
     * Applies a given number of random mutations one after another.
     *
     * @param input  the text to mutate
     * @param rounds how many mutations, at least 1
     * @return the last mutant, whose description lists every step separated by {@code "; "} and
     *         whose kind is the last step's
     * @throws IllegalArgumentException if rounds is below 1
     */
    public Mutant mutate(String input, int rounds) {
        Objects.requireNonNull(input, "input");
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
        }
        Mutant m = mutate(input);
        StringBuilder description = new StringBuilder(m.description());
        for (int i = 1; i < rounds; i++) {
            m = mutate(m.text());
            description.append("; ").append(m.description());
        }
        return new Mutant(m.text(), description.toString(), m.kind());
    }

    /**
     * Tells whether a kind of mutation can change an input. Kinds that work on chars need a
     * non-empty input, kinds that work on lines need line breaks (two lines for
     * {@link Kind#SHUFFLE_LINES}, which must also differ), and {@link Kind#LINE_ENDS} needs a line break.
     *
     * @param kind  the kind
     * @param input the text
     * @return true if {@link #mutate(String, Kind)} with this kind changes the input
     */
    public static boolean applies(Kind kind, String input) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        return switch (kind) {
            case INSERT_UNICODE, INSERT_TOKEN, BOM, TABS -> true;
            case BIT_FLIP, BYTE_FLIP, DELETE_RANGE, DUPLICATE_RANGE, TRUNCATE, CUT_HEAD, DUPLICATE_LINE,
                    DELETE_LINE, REPLACE_CHAR -> !input.isEmpty();
            case LINE_ENDS -> input.indexOf('\n') >= 0 || input.indexOf('\r') >= 0;
            case SHUFFLE_LINES -> {
                List<String> lines = lines(input);
                yield lines.size() >= 2 && lines.stream().distinct().count() > 1;
            }
        };
    }

    /**
     * Applies one mutation of the given kind. An input the kind cannot change (see
     * {@link #applies(Kind, String)}) comes back unchanged, with a description that says so.
     *
     * @param input the text to mutate
     * @param kind  the kind of mutation
     * @return the mutant
     */
    public Mutant mutate(String input, Kind kind) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        if (!applies(kind, input)) {
            return new Mutant(input, kind.label() + ": nothing to change in " + describeLength(input), kind);
        }
        Random r = random;
        int n = input.length();
        return switch (kind) {
            case BIT_FLIP -> {
                int at = r.nextInt(n);
                int bit = r.nextInt(8);
                char before = input.charAt(at);
                char after = (char) (before ^ (1 << bit));
                yield mutant(kind, replace(input, at, at + 1, String.valueOf(after)),
                        "flip bit " + bit + " of char " + at + " (" + hex(before) + " to " + hex(after) + ")");
            }
            case BYTE_FLIP -> byteFlip(input);
            case REPLACE_CHAR -> {
                int at = r.nextInt(n);
                char before = input.charAt(at);
                char after;
                do {
                    after = REPLACEMENTS.charAt(r.nextInt(REPLACEMENTS.length()));
                } while (after == before);
                yield mutant(kind, replace(input, at, at + 1, String.valueOf(after)),
                        "replace char " + at + " (" + hex(before) + ") with " + hex(after));
            }
            case DELETE_RANGE -> {
                int at = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(16, n - at));
                yield mutant(kind, replace(input, at, at + len, ""), "delete " + len + " chars at " + at);
            }
            case DUPLICATE_RANGE -> {
                int from = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(64, n - from));
                int to = r.nextInt(n + 1);
                String copy = input.substring(from, from + len);
                yield mutant(kind, replace(input, to, to, copy),
                        "copy " + len + " chars from " + from + " to " + to);
            }
            case TRUNCATE -> {
                int keep = r.nextInt(n);
                yield mutant(kind, input.substring(0, keep), "keep the first " + keep + " of " + n + " chars");
            }
            case CUT_HEAD -> {
                int from = 1 + r.nextInt(n);
                yield mutant(kind, input.substring(from), "drop the first " + from + " of " + n + " chars");
            }
            case DUPLICATE_LINE -> {
                List<String> lines = linesWithBreaks(input);
                int i = r.nextInt(lines.size());
                String line = lines.get(i);
                if (!endsWithBreak(line)) {
                    line = line + "\n";  // the last line gets a break so the copy stays a line of its own
                    lines.set(i, line);
                    yield mutant(kind, String.join("", lines) + line.substring(0, line.length() - 1),
                            "duplicate line " + (i + 1) + " of " + lines.size());
                }
                lines.add(i, line);
                yield mutant(kind, String.join("", lines), "duplicate line " + (i + 1) + " of " + (lines.size() - 1));
            }
            case DELETE_LINE -> {
                List<String> lines = linesWithBreaks(input);
                int i = r.nextInt(lines.size());
                lines.remove(i);
                yield mutant(kind, String.join("", lines), "delete line " + (i + 1) + " of " + (lines.size() + 1));
            }
            case SHUFFLE_LINES -> shuffleLines(input);
            case INSERT_UNICODE -> {
                String[] pick = UNICODE[r.nextInt(UNICODE.length)];
                int at = r.nextInt(n + 1);
                yield mutant(kind, replace(input, at, at, pick[0]), "insert " + pick[1] + " at " + at);
            }
            case INSERT_TOKEN -> {
                String token = TOKENS.get(r.nextInt(TOKENS.size()));
                int at = r.nextInt(n + 1);
                yield mutant(kind, replace(input, at, at, token), "insert " + quote(token) + " at " + at);
            }
            case LINE_ENDS -> lineEnds(input);
            case BOM -> mutant(kind, "\uFEFF" + input, "prefix a byte order mark U+FEFF");
            case TABS -> tabs(input);
        };
    }

    /**
     * Writes a text as a Java string literal, cut to a readable length, for failure messages: quotes,
     * backslashes and control characters escaped, anything outside printable ASCII as {@code \\uXXXX},
     * each line on a line of its own.
     *
     * @param input the text
     * @param limit how many characters to show at most; the total length is said when cut
     * @return the literal
     */
    public static String javaLiteral(String input, int limit) {
        StringBuilder sb = new StringBuilder("\"");
        String text = input.length() > limit ? input.substring(0, limit) : input;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n\"\n + \"");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
        if (input.length() > limit) {
            sb.append(" ... (").append(input.length()).append(" chars in all)");
        }
        return sb.toString();
    }

    /**
     * Returns every prefix of a text, from the empty string to the whole text, shortest first, each
     * as a {@link Kind#TRUNCATE} mutant. Every cut of a small document should read to a result or
     * to the reader's own exception.
     *
     * @param input the text
     * @return {@code input.length() + 1} mutants, computed lazily
     */
    public static Stream<Mutant> prefixes(String input) {
        Objects.requireNonNull(input, "input");
        int n = input.length();
        return IntStream.rangeClosed(0, n).mapToObj(i -> new Mutant(input.substring(0, i),
                Kind.TRUNCATE.label() + ": keep the first " + i + " of " + n + " chars", Kind.TRUNCATE));
    }

    /**
     * Returns every suffix of a text, from the whole text to the empty string, longest first, each
     * as a {@link Kind#CUT_HEAD} mutant.
     *
     * @param input the text
     * @return {@code input.length() + 1} mutants, computed lazily
     */
    public static Stream<Mutant> suffixes(String input) {
        Objects.requireNonNull(input, "input");
        int n = input.length();
        return IntStream.rangeClosed(0, n).mapToObj(i -> new Mutant(input.substring(i),
                Kind.CUT_HEAD.label() + ": drop the first " + i + " of " + n + " chars", Kind.CUT_HEAD));
    }

    // ---------------------------------------------------------------- kinds with more steps

    private Mutant byteFlip(String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            // only unpaired surrogates could encode to nothing; they encode to '?', so this is unreachable
            return new Mutant(input, Kind.BYTE_FLIP.label() + ": nothing to change", Kind.BYTE_FLIP);
        }
        int at = random.nextInt(bytes.length);
        int bit = random.nextInt(8);
        byte before = bytes[at];
        bytes[at] = (byte) (before ^ (1 << bit));
        String text = decodeLeniently(bytes);
        String what = "flip bit " + bit + " of UTF-8 byte " + at + String.format(Locale.ROOT, " (0x%02X to 0x%02X)",
                before & 0xFF, bytes[at] & 0xFF);
        if (text.equals(input)) {
            // A flip inside a char the encoder had already replaced can decode to the same text.
            text = text + "\uFFFD";
            what += ", then append U+FFFD as the flip decoded to the same text";
        }
        return mutant(Kind.BYTE_FLIP, text, what);
    }

    private static String decodeLeniently(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    private Mutant shuffleLines(String input) {
        List<String> lines = lines(input);
        List<String> breaks = breaks(input);
        int window = 2 + random.nextInt(Math.min(7, lines.size() - 1));
        int from;
        String text;
        // A window of identical lines cannot change: retry a few times, then shuffle the whole text.
        for (int attempt = 0; ; attempt++) {
            if (attempt >= 8) {
                from = 0;
                window = lines.size();
            } else {
                from = random.nextInt(lines.size() - window + 1);
            }
            List<String> part = new ArrayList<>(lines.subList(from, from + window));
            List<String> shuffled = new ArrayList<>(part);
            for (int i = 0; i < 4 && shuffled.equals(part); i++) {
                Collections.shuffle(shuffled, random);
            }
            if (!shuffled.equals(part)) {
                List<String> all = new ArrayList<>(lines);
                for (int i = 0; i < window; i++) {
                    all.set(from + i, shuffled.get(i));
                }
                text = join(all, breaks);
                break;
            }
            if (attempt >= 8) {
                // Only a rotation is sure to change a window whose lines are not all equal.
                List<String> all = new ArrayList<>(lines);
                Collections.rotate(all, 1);
                text = join(all, breaks);
                break;
            }
        }
        return mutant(Kind.SHUFFLE_LINES, text, "shuffle lines " + (from + 1) + " to " + (from + window)
                + " of " + lines.size());
    }

    private Mutant lineEnds(String input) {
        List<String> lines = lines(input);
        List<String> breaks = breaks(input);
        int style = random.nextInt(3);
        for (int attempt = 0; attempt < 3; attempt++, style = (style + 1) % 3) {
            List<String> rewritten = new ArrayList<>(breaks.size());
            for (int i = 0; i < breaks.size(); i++) {
                rewritten.add(switch (style) {
                    case 0 -> "\r\n";
                    case 1 -> "\r";
                    default -> i == 0 ? "\r\n" : List.of("\n", "\r\n", "\r").get(random.nextInt(3));
                });
            }
            // mixed: make sure at least two styles occur when there are two breaks or more
            if (style == 2 && rewritten.size() >= 2 && rewritten.stream().distinct().count() == 1) {
                rewritten.set(rewritten.size() - 1, "\r");
            }
            String text = join(lines, rewritten);
            if (!text.equals(input)) {
                String name = switch (style) {
                    case 0 -> "CRLF";
                    case 1 -> "CR";
                    default -> "mixed LF, CRLF and CR";
                };
                return mutant(Kind.LINE_ENDS, text, "rewrite " + breaks.size() + " line breaks as " + name);
            }
        }
        throw new IllegalStateException("CRLF and CR cannot both leave line breaks unchanged");
    }

    private Mutant tabs(String input) {
        List<String> lines = linesWithBreaks(input);
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (spaces > 0) {
                int tabs = Math.max(1, spaces / 2);
                lines.set(i, "\t".repeat(tabs) + line.substring(spaces));
                changed++;
            }
        }
        if (changed > 0) {
            return mutant(Kind.TABS, String.join("", lines), "indent " + changed + " lines with tabs instead of spaces");
        }
        int at = random.nextInt(input.length() + 1);
        return mutant(Kind.TABS, replace(input, at, at, "\t"), "insert a tab at " + at);
    }

    // ---------------------------------------------------------------- text helpers

    private static Mutant mutant(Kind kind, String text, String what) {
        return new Mutant(text, kind.label() + ": " + what, kind);
    }

    private static String replace(String s, int from, int to, String with) {
        return new StringBuilder(s.length() - (to - from) + with.length())
                .append(s, 0, from).append(with).append(s, to, s.length()).toString();
    }

    /** The lines without their breaks; a text of k breaks has k + 1 lines, the last maybe empty. */
    private static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(s.substring(start));
        return lines;
    }

    /** The line breaks in order: LF, CRLF or CR each. */
    private static List<String> breaks(String s) {
        List<String> breaks = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                breaks.add("\n");
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    breaks.add("\r\n");
                    i++;
                } else {
                    breaks.add("\r");
                }
            }
        }
        return breaks;
    }

    /** The lines with their breaks; an empty last line is left out, so the list joins back to s. */
    private static List<String> linesWithBreaks(String s) {
        List<String> lines = lines(s);
        List<String> breaks = breaks(s);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) + (i < breaks.size() ? breaks.get(i) : "");
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean endsWithBreak(String line) {
        return !line.isEmpty() && (line.endsWith("\n") || line.endsWith("\r"));
    }

    private static String join(List<String> lines, List<String> breaks) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i));
            if (i < breaks.size()) {
                sb.append(breaks.get(i));
            }
        }
        return sb.toString();
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String quote(String token) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : token.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    private static String describeLength(String input) {
        return input.isEmpty() ? "an empty input" : "an input of " + input.length() + " chars";
    }
}
