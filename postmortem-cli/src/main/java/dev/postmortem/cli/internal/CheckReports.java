package dev.postmortem.cli.internal;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Severity;
import dev.postmortem.core.SourcePosition;
import dev.postmortem.core.validation.Rule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the findings of {@code check} in each output format. */
final class CheckReports {

    /** Built on first use: the text formats need no Jackson. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private CheckReports() {
    }

    /** {@code FILE:LINE:COL: severity: message [rule-id]}, then a one-line tally. */
    static void text(List<FileReport> reports, PrintWriter out, PrintWriter err) {
        for (FileReport r : reports) {
            if (r.failure() != null) {
                err.println(r.file() + ": error: " + r.failure());
                continue;
            }
            for (Diagnostic d : r.diagnostics()) {
                SourcePosition p = position(d);
                out.println(r.file() + ":" + p.line() + ":" + p.column() + ": " + d.severity().id() + ": "
                        + messageWithPath(d) + " [" + d.ruleId() + "]");
            }
        }
        out.println(tally(reports));
    }

    static String tally(List<FileReport> reports) {
        int[] counts = new int[Severity.values().length];
        int unreadable = 0;
        for (FileReport r : reports) {
            unreadable += r.failure() != null ? 1 : 0;
            for (Diagnostic d : r.diagnostics()) {
                counts[d.severity().ordinal()]++;
            }
        }
        return "checked " + reports.size() + (reports.size() == 1 ? " file: " : " files: ")
                + plural(counts[Severity.ERROR.ordinal()], "error") + ", "
                + plural(counts[Severity.WARNING.ordinal()], "warning") + ", "
                + plural(counts[Severity.INFO.ordinal()], "info")
                + (unreadable > 0 ? ", " + unreadable + " unreadable" : "");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static void json(List<FileReport> reports, PrintWriter out) {
        List<Object> files = new ArrayList<>();
        for (FileReport r : reports) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", r.file());
            if (r.failure() != null) {
                f.put("failure", r.failure());
            }
            List<Object> diagnostics = new ArrayList<>();
            for (Diagnostic d : r.diagnostics()) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (d.position() != null) {
                    m.put("line", d.position().line());
                    m.put("column", d.position().column());
                }
                m.put("severity", d.severity().id());
                m.put("rule", d.ruleId());
                m.put("message", d.message());
                if (!d.path().isEmpty()) {
                    m.put("path", d.path());
                }
                diagnostics.add(m);
            }
            f.put("diagnostics", diagnostics);
            files.add(f);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", files);
        root.put("summary", tally(reports));
        out.println(Json.MAPPER.writeValueAsString(root));
    }

    /** SARIF 2.1.0, one run, with the rules that fired described in the driver. */
    static void sarif(List<FileReport> reports, PrintWriter out, String version) {
        Set<String> ruleIds = new LinkedHashSet<>();
        List<Object> results = new ArrayList<>();
        List<Object> notifications = new ArrayList<>();
        for (FileReport r : reports) {
            if (r.failure() != null) {
                notifications.add(ordered("level", "error", "message", Map.of("text", r.file() + ": " + r.failure()),
                        "locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(r.file())))))));
                continue;
            }
            for (Diagnostic d : r.diagnostics()) {
                ruleIds.add(d.ruleId());
                SourcePosition p = position(d);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", d.ruleId());
                result.put("level", sarifLevel(d.severity()));
                result.put("message", Map.of("text", messageWithPath(d)));
                result.put("locations", List.of(Map.of("physicalLocation", ordered(
                        "artifactLocation", Map.of("uri", uri(r.file())),
                        "region", ordered("startLine", p.line(), "startColumn", p.column())))));
                results.add(result);
            }
        }
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", id);
            Rule known = known(id);
            if (known != null) {
                rule.put("shortDescription", Map.of("text", known.description()));
                rule.put("defaultConfiguration", Map.of("level", sarifLevel(known.severity())));
            }
            rules.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "postmortem");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/postmortem-kit/postmortem-kit");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        if (!notifications.isEmpty()) {
            run.put("invocations", List.of(ordered("executionSuccessful", false,
                    "toolExecutionNotifications", notifications)));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        out.println(Json.MAPPER.writeValueAsString(root));
    }

    /**
     * A map of the given keys and values that keeps their order: {@code Map.of} iterates in an order
     * that changes from run to run, and so did the SARIF output.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** GitHub Actions workflow commands, which show as annotations on the lines of a pull request. */
    static void github(List<FileReport> reports, PrintWriter out) {
        for (FileReport r : reports) {
            if (r.failure() != null) {
                out.println("::error file=" + property(r.file()) + ",title=unreadable::" + data(r.failure()));
                continue;
            }
            for (Diagnostic d : r.diagnostics()) {
                SourcePosition p = position(d);
                String command = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                out.println("::" + command + " file=" + property(r.file()) + ",line=" + p.line() + ",col=" + p.column()
                        + ",title=" + property(d.ruleId()) + "::" + data(messageWithPath(d)));
            }
        }
    }

    private static Rule known(String id) {
        for (Rule r : Rule.values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static String sarifLevel(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String uri(String file) {
        return file.replace('\\', '/');
    }

    /** A diagnostic without a source position is reported at 1:1 and names its model path. */
    private static SourcePosition position(Diagnostic d) {
        return d.position() != null ? d.position() : new SourcePosition(1, 1);
    }

    private static String messageWithPath(Diagnostic d) {
        return d.position() == null && !d.path().isEmpty() ? d.message() + " (at " + d.path() + ")" : d.message();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
