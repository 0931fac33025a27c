package dev.postmortem.markdown.internal;

import dev.postmortem.core.Metadata;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML front matter into {@link Metadata} and writes metadata back as front matter. */
final class FrontMatter {

    /** Built on first use: most documents have no front matter, and Jackson's start-up is not free. */
    static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder().build();
    }

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private FrontMatter() {
    }

    /** What was read: the metadata, a title key if any, and the problems met. */
    record Read(Metadata metadata, String title, List<String> problems) {
    }

    /** The line index of the closing {@code ---} of a leading front matter block, or -1 when there is none. */
    static int closingLine(Source src) {
        if (src.lineCount() < 2 || !src.lineText(0).strip().equals("---") || !src.lineText(0).startsWith("---")) {
            return -1;
        }
        for (int line = 1; line < src.lineCount() && line < 2000; line++) {
            String t = src.lineText(line);
            if (t.equals("---") || t.equals("...") || t.stripTrailing().equals("---")) {
                return line == 1 ? -1 : line;
            }
        }
        return -1;
    }

    /** Reads the YAML between the fences; null when it is not a mapping. */
    static Read read(String yaml) {
        JsonNode root = flat(yaml);
        if (root == null) {
            try {
                root = Yaml.MAPPER.readTree(yaml);
            } catch (RuntimeException e) { // JacksonException and YAML engine errors alike
                return null;
            }
        }
        return read(root);
    }

    /** Reads the tree of a front matter; null when it is not a mapping. */
    static Read read(JsonNode root) {
        if (root == null || !root.isObject()) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        Metadata.Builder b = Metadata.builder();
        Map<String, String> extra = new LinkedHashMap<>();
        String title = null;
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            switch (key) {
                case "id" -> b.id(scalar(v));
                case "status" -> b.status(scalar(v));
                case "severity" -> b.severity(scalar(v));
                case "date" -> {
                    String s = scalar(v);
                    LocalDate d = null;
                    if (s != null && v.isValueNode()) {
                        try {
                            d = LocalDate.parse(s.strip());
                        } catch (DateTimeException ex) {
                            problems.add("front matter date '" + s + "' is not an ISO date (yyyy-mm-dd); kept as text");
                        }
                    }
                    if (d != null) {
                        b.date(d);
                    } else {
                        extra.put(key, text(v));
                    }
                }
                case "authors", "author" -> {
                    if (key.equals("author") && !v.isValueNode()) {
                        extra.put(key, text(v));
                    } else {
                        b.authors(list(v));
                    }
                }
                case "tags" -> b.tags(list(v));
                case "title" -> {
                    if (v.isValueNode() && title == null) {
                        title = scalar(v);
                    } else {
                        extra.put(key, text(v));
                    }
                }
                default -> extra.put(key, text(v));
            }
        }
        b.extra(extra);
        return new Read(b.build(), title, problems);
    }

    /**
     * Reads, without the YAML engine, the flat front matter most documents have: one {@code key: value} per
     * line, each value a plain word or phrase, a date, a double-quoted string, or a flow list {@code [a, "b"]}
     * of those. Gives the tree the YAML engine gives for such text, or null for anything else (comments,
     * nesting, numbers, booleans, other quoting, escapes beyond {@code \" \\ \n \t \r}, duplicate keys),
     * which is then left to the engine.
     */
    static ObjectNode flat(String yaml) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        int n = yaml.length();
        int line = 0;
        while (line < n) {
            int end = yaml.indexOf('\n', line);
            if (end < 0) {
                end = n;
            }
            int stop = end;
            while (stop > line && yaml.charAt(stop - 1) == ' ') {
                stop--;
            }
            if (stop > line) {
                int colon = keyEnd(yaml, line, stop);
                if (colon < 0 || colon + 1 >= stop || yaml.charAt(colon + 1) != ' ') {
                    return null;
                }
                String key = yaml.substring(line, colon);
                if (root.has(key) || isKeyword(key)) {
                    return null;
                }
                int v = colon + 1;
                while (v < stop && yaml.charAt(v) == ' ') {
                    v++;
                }
                JsonNode value = yaml.charAt(v) == '[' ? flowList(yaml, v, stop) : scalarNode(yaml, v, stop);
                if (value == null) {
                    return null;
                }
                root.set(key, value);
            }
            line = end + 1;
        }
        return root.isEmpty() ? null : root;
    }

    /** Where a plain key ({@code [A-Za-z_][A-Za-z0-9_-]*}) that starts the line ends with a colon; -1 if it does not. */
    private static int keyEnd(String s, int from, int to) {
        char c = s.charAt(from);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
            return -1;
        }
        for (int i = from + 1; i < to; i++) {
            c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    /** A whole value {@code s[from, to)}: a double-quoted string or a plain scalar; null when it is neither. */
    private static JsonNode scalarNode(String s, int from, int to) {
        if (s.charAt(from) == '"') {
            int[] end = new int[1];
            String v = quoted(s, from, to, end);
            return v != null && end[0] == to ? JsonNodeFactory.instance.stringNode(v) : null;
        }
        String v = s.substring(from, to);
        return isPlainText(v) ? JsonNodeFactory.instance.stringNode(v) : null;
    }

    /** A flow list {@code [a, "b"]} that fills {@code s[from, to)}; null for anything else. */
    private static JsonNode flowList(String s, int from, int to) {
        if (s.charAt(to - 1) != ']') {
            return null;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        int i = from + 1;
        int close = to - 1;
        while (i < close && s.charAt(i) == ' ') {
            i++;
        }
        if (i == close) {
            return list;
        }
        while (true) {
            String item;
            if (s.charAt(i) == '"') {
                int[] end = new int[1];
                item = quoted(s, i, close, end);
                if (item == null) {
                    return null;
                }
                i = end[0];
            } else {
                int e = i;
                while (e < close && s.charAt(e) != ',') {
                    e++;
                }
                int stop = e;
                while (stop > i && s.charAt(stop - 1) == ' ') {
                    stop--;
                }
                item = s.substring(i, stop);
                if (!isPlainText(item)) {
                    return null;
                }
                i = e;
            }
            list.add(item);
            while (i < close && s.charAt(i) == ' ') {
                i++;
            }
            if (i == close) {
                return list;
            }
            if (s.charAt(i) != ',') {
                return null;
            }
            i++;
            while (i < close && s.charAt(i) == ' ') {
                i++;
            }
            if (i == close) {
                return null; // "[a, ]"
            }
        }
    }

    /**
     * A double-quoted string starting at {@code from}, decoded; its end (after the closing quote) goes to
     * {@code end[0]}. Null when it is not closed before {@code to}, holds a character this reader leaves to the
     * YAML engine, or an escape other than {@code \" \\ \n \t \r}.
     */
    private static String quoted(String s, int from, int to, int[] end) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                end[0] = i + 1;
                return sb.toString();
            }
            if (c == '\\') {
                if (++i >= to) {
                    return null;
                }
                switch (s.charAt(i)) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    default -> {
                        return null;
                    }
                }
            } else if (isOrdinary(c)) {
                sb.append(c);
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a plain (unquoted) scalar is text that the YAML engine reads as that same string: it starts with
     * an ASCII letter and holds only letters, digits, blanks and {@code - _ . / @ +}, and is no boolean or
     * null word; or it is an ISO date ({@code 2024-05-02}), which the engine keeps as text.
     */
    private static boolean isPlainText(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            for (int i = 0; i < 10; i++) {
                if (i != 4 && i != 7 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
                    return false;
                }
            }
            return true;
        }
        if (v.isEmpty() || !(v.charAt(0) >= 'a' && v.charAt(0) <= 'z' || v.charAt(0) >= 'A' && v.charAt(0) <= 'Z')
                || isKeyword(v)) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-'
                    || c == '_' || c == '.' || c == '/' || c == '@' || c == '+'
                    || c >= 0xC0 && isOrdinary(c) && Character.isLetter(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Words YAML may read as a boolean or null rather than as text. */
    private static boolean isKeyword(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "false", "yes", "no", "on", "off", "y", "n", "null" -> true;
            default -> false;
        };
    }

    /**
     * A character that stands for itself in a YAML double-quoted string: printable, and no surrogate, line or
     * paragraph separator or byte-order mark.
     */
    private static boolean isOrdinary(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x2028 || c > 0x2029 && c < 0xD800
                || c >= 0xE000 && c < 0xFFFE && c != 0xFEFF;
    }

    private static String scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asString() : v.toString();
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asString() : v.toString();
    }

    private static List<String> list(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode item : v.values()) {
                String s = text(item);
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        } else {
            String s = text(v);
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Writes metadata as a front matter block, or nothing when it is empty. */
    static void write(Metadata m, StringBuilder out) {
        if (m.isEmpty()) {
            return;
        }
        out.append("---\n");
        if (m.id() != null) {
            entry(out, "id", m.id());
        }
        if (m.status() != null) {
            entry(out, "status", m.status());
        }
        if (m.severity() != null) {
            entry(out, "severity", m.severity());
        }
        if (m.date() != null) {
            entry(out, "date", m.date().toString());
        }
        if (!m.authors().isEmpty()) {
            listEntry(out, "authors", m.authors());
        }
        if (!m.tags().isEmpty()) {
            listEntry(out, "tags", m.tags());
        }
        m.extra().forEach((k, v) -> entry(out, k, v));
        out.append("---\n");
    }

    private static void entry(StringBuilder out, String key, String value) {
        out.append(key(key)).append(": ").append(quote(value)).append('\n');
    }

    private static void listEntry(StringBuilder out, String key, List<String> values) {
        out.append(key(key)).append(": [");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(quote(values.get(i)));
        }
        out.append("]\n");
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : quote(key);
    }

    /** A YAML double-quoted scalar; JSON escapes are a subset of YAML's. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
