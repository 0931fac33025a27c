package dev.postmortem.markdown.internal;

import dev.postmortem.core.Metadata;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML front matter into {@link Metadata} and writes metadata back as front matter. */
final class FrontMatter {

    /** Built on first use: most documents have no front matter, and Jackson's start-up is not free. */
    private static final class Yaml {
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
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(yaml);
        } catch (RuntimeException e) { // JacksonException and YAML engine errors alike
            return null;
        }
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
