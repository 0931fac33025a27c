package dev.postmortem.cli.internal;

import dev.postmortem.core.MetricsSummary;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.PostmortemMetrics;
import dev.postmortem.core.PostmortemMetrics.Span;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the figures of {@code stats} as a table, JSON or CSV. */
final class StatsReports {

    /** Built on first use: the text formats need no Jackson. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
    private static final Pattern ENTRY = Pattern.compile("timeline\\.entries\\[(\\d+)]");
    private static final String[] FIGURES = {"detect", "mitigate", "resolve", "duration"};

    /** One measured document. */
    record Row(String file, Postmortem postmortem, PostmortemMetrics metrics) {
    }

    private StatsReports() {
    }

    static void table(List<Row> rows, MetricsSummary summary, boolean explain, PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"FILE", "DETECT", "MITIGATE", "RESOLVE", "DURATION", "ACTIONS", "OPEN"});
        for (Row r : rows) {
            PostmortemMetrics m = r.metrics();
            lines.add(new String[] {r.file(), human(m.timeToDetect()), human(m.timeToMitigate()), human(m.timeToResolve()),
                    human(m.duration()), Integer.toString(m.actions()), Integer.toString(m.openActions())});
        }
        lines.add(new String[] {"", "", "", "", "", "", ""});
        lines.add(stat("count", summary, s -> s.count() + ""));
        lines.add(stat("median", summary, s -> s.median() == null ? "-" : human(s.median())));
        lines.add(stat("p90", summary, s -> s.p90() == null ? "-" : human(s.p90())));
        lines.get(lines.size() - 3)[5] = Integer.toString(summary.actions());
        lines.get(lines.size() - 3)[6] = Integer.toString(summary.openActions());
        lines.get(lines.size() - 3)[0] = "count (" + summary.documents() + (summary.documents() == 1 ? " document)" : " documents)");
        int[] widths = new int[7];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                widths[i] = Math.max(widths[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                sb.append(i == 0 ? String.format("%-" + widths[i] + "s", l[i]) : String.format("  %" + widths[i] + "s", l[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
        if (explain) {
            out.println();
            for (Row r : rows) {
                Span[] spans = spans(r.metrics());
                for (int i = 0; i < spans.length; i++) {
                    if (spans[i] != null) {
                        out.println(r.file() + ": " + FIGURES[i] + " " + human(spans[i]) + " from " + describe(r.postmortem(), spans[i].from())
                                + " to " + describe(r.postmortem(), spans[i].to()));
                    }
                }
            }
        }
    }

    private static String[] stat(String name, MetricsSummary s, java.util.function.Function<MetricsSummary.Statistics, String> f) {
        return new String[] {name, f.apply(s.timeToDetect()), f.apply(s.timeToMitigate()), f.apply(s.timeToResolve()),
                f.apply(s.duration()), "", ""};
    }

    static void json(List<Row> rows, MetricsSummary summary, PrintWriter out) {
        List<Object> documents = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("file", r.file());
            Span[] spans = spans(r.metrics());
            for (int i = 0; i < spans.length; i++) {
                if (spans[i] != null) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("duration", spans[i].duration().toString());
                    s.put("seconds", spans[i].duration().getSeconds());
                    s.put("from", spans[i].from());
                    s.put("to", spans[i].to());
                    d.put(FIGURES[i], s);
                }
            }
            d.put("actions", r.metrics().actions());
            d.put("openActions", r.metrics().openActions());
            documents.add(d);
        }
        Map<String, Object> sum = new LinkedHashMap<>();
        sum.put("documents", summary.documents());
        sum.put("detect", stats(summary.timeToDetect()));
        sum.put("mitigate", stats(summary.timeToMitigate()));
        sum.put("resolve", stats(summary.timeToResolve()));
        sum.put("duration", stats(summary.duration()));
        sum.put("actions", summary.actions());
        sum.put("openActions", summary.openActions());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", documents);
        root.put("summary", sum);
        out.println(Json.MAPPER.writeValueAsString(root));
    }

    private static Map<String, Object> stats(MetricsSummary.Statistics s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.count());
        if (s.median() != null) {
            m.put("median", s.median().toString());
            m.put("p90", s.p90().toString());
        }
        return m;
    }

    /** One row per document; times in minutes, empty when not measured. */
    static void csv(List<Row> rows, PrintWriter out) {
        out.println("file,detect_minutes,mitigate_minutes,resolve_minutes,duration_minutes,actions,open_actions");
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder(csvField(r.file()));
            for (Span s : spans(r.metrics())) {
                sb.append(',');
                if (s != null) {
                    sb.append(s.duration().getSeconds() % 60 == 0 ? Long.toString(s.duration().toMinutes())
                            : String.format(java.util.Locale.ROOT, "%.2f", s.duration().getSeconds() / 60.0));
                }
            }
            sb.append(',').append(r.metrics().actions()).append(',').append(r.metrics().openActions());
            out.println(sb);
        }
    }

    private static Span[] spans(PostmortemMetrics m) {
        return new Span[] {m.timeToDetect(), m.timeToMitigate(), m.timeToResolve(), m.duration()};
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String describe(Postmortem pm, String path) {
        Matcher m = ENTRY.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            var e = pm.timeline().entries().get(i);
            String text = e.text().length() > 50 ? e.text().substring(0, 47) + "..." : e.text();
            return path + " (" + e.at() + " \"" + text + "\")";
        }
        return path;
    }

    static String human(Span s) {
        return s == null ? "-" : human(s.duration());
    }

    /**
     * A duration in full, for messages that say what was written: every non-zero unit of days, hours,
     * minutes and seconds ("1d 2h 30m", "45s", "0m"), unlike {@link #human(Duration)}, which rounds for tables.
     */
    static String exact(Duration d) {
        if (d.isNegative()) {
            return "-" + exact(d.negated());
        }
        long seconds = d.getSeconds();
        StringBuilder sb = new StringBuilder();
        long[] parts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60, seconds % 60};
        String[] units = {"d", "h", "m", "s"};
        for (int k = 0; k < parts.length; k++) {
            if (parts[k] > 0) {
                sb.append(sb.length() == 0 ? "" : " ").append(parts[k]).append(units[k]);
            }
        }
        return sb.length() == 0 ? "0m" : sb.toString();
    }

    static String human(Duration d) {
        if (d.isNegative()) {
            return "-" + human(d.negated());
        }
        long minutes = d.toMinutes();
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        if (hours > 0) {
            return mins == 0 ? hours + "h" : hours + "h " + mins + "m";
        }
        return minutes == 0 && d.getSeconds() > 0 ? d.getSeconds() + "s" : mins + "m";
    }
}
