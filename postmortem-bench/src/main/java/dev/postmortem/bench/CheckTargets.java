package dev.postmortem.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH's JSON results and checks each benchmark pair against its target, as the ratio of the
 * pair's throughputs measured in the same run.
 *
 * <pre>
 * java -cp postmortem-bench/target/benchmarks.jar dev.postmortem.bench.CheckTargets target/quick.json
 * </pre>
 *
 * <p>Prints one line per pair and document set (with each score's 99.9% error as a percentage, and
 * the allocation per operation of both sides when the run used {@code -prof gc}), then exits 0 when every target is met, 1 when one is
 * missed, 2 when the results cannot be read or hold no pair.
 */
public final class CheckTargets {

    /** A target: {@code postmortem / baseline} throughput must be at least {@code min}. */
    private record Target(String what, double min, boolean strict) {
        boolean met(double ratio) {
            return strict ? ratio > min : ratio >= min;
        }

        String describe() {
            return (strict ? "> " : ">= ") + String.format(Locale.ROOT, "%.2fx", min);
        }
    }

    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("MarkdownParseBench", new Target("parse vs commonmark", 0.8, false));
        TARGETS.put("JsonReadBench", new Target("JSON read vs Jackson records", 0.8, false));
        TARGETS.put("JsonWriteBench", new Target("JSON write vs Jackson records", 0.8, false));
        TARGETS.put("RenderBench", new Target("render vs our parse", 2.0, false));
        TARGETS.put("ValidateBench", new Target("validate vs our parse", 1.0, true));
    }

    private CheckTargets() {
    }

    /** JMH writes "NaN" as a string when an error cannot be computed (one iteration). */
    static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Checks one or more results files, read as one run (the quick run writes two); with
     * {@code --merge OUT.json} first, also writes their runs as one JMH results file.
     *
     * @param args {@code [--merge OUT.json]} then the JMH JSON results files ({@code -rf json -rff FILE})
     */
    public static void main(String[] args) {
        String merged = null;
        if (args.length >= 2 && args[0].equals("--merge")) {
            merged = args[1];
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (args.length == 0) {
            System.err.println("usage: CheckTargets [--merge OUT.json] RESULTS.json...");
            System.exit(2);
        }
        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> runs = new ArrayList<>();
        for (String file : args) {
            try {
                mapper.readTree(new File(file)).forEach(runs::add);
            } catch (RuntimeException e) {
                System.err.println("cannot read " + file + ": " + e.getMessage());
                System.exit(2);
                return;
            }
        }
        if (merged != null) {
            try {
                mapper.writerWithDefaultPrettyPrinter().writeValue(new File(merged), runs);
            } catch (RuntimeException e) {
                System.err.println("cannot write " + merged + ": " + e.getMessage());
                System.exit(2);
            }
        }
        // class -> params -> method -> score
        Map<String, Map<String, Map<String, double[]>>> scores = new TreeMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.path("benchmark").asString();
            int dot = benchmark.lastIndexOf('.');
            String method = benchmark.substring(dot + 1);
            String cls = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            if (!TARGETS.containsKey(cls) || !"thrpt".equals(run.path("mode").asString())) {
                continue;
            }
            StringBuilder params = new StringBuilder();
            run.path("params").properties().forEach(e -> params.append(params.length() == 0 ? "" : ",")
                    .append(e.getKey()).append('=').append(e.getValue().asString()));
            JsonNode metric = run.path("primaryMetric");
            scores.computeIfAbsent(cls, k -> new TreeMap<>())
                    .computeIfAbsent(params.toString(), k -> new TreeMap<>())
                    .put(method, new double[] {number(metric.path("score")), number(metric.path("scoreError")),
                            number(run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score"))});
        }
        int pairs = 0;
        List<String> missed = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-20s %-16s %16s %16s %7s %8s  %-6s  %s%n", "pair", "params",
                "baseline ops/s", "ours ops/s", "ratio", "target", "", "alloc/op ours:baseline");
        for (Map.Entry<String, Target> t : TARGETS.entrySet()) {
            Map<String, Map<String, double[]>> byParams = scores.getOrDefault(t.getKey(), Map.of());
            for (Map.Entry<String, Map<String, double[]>> p : byParams.entrySet()) {
                double[] base = p.getValue().get("baseline");
                double[] ours = p.getValue().get("postmortem");
                if (base == null || ours == null) {
                    continue;
                }
                pairs++;
                double ratio = ours[0] / base[0];
                boolean ok = t.getValue().met(ratio);
                if (!ok) {
                    missed.add(t.getKey() + " " + p.getKey());
                }
                String alloc = Double.isNaN(base[2]) || Double.isNaN(ours[2]) ? "(run with -prof gc)"
                        : String.format(Locale.ROOT, "%.0f : %.0f B = %.2fx", ours[2], base[2], ours[2] / base[2]);
                System.out.printf(Locale.ROOT, "%-20s %-16s %9.1f ±%5.0f%% %9.1f ±%5.0f%% %6.2fx %8s  %-6s  %s%n",
                        t.getKey(), p.getKey(), base[0], 100 * base[1] / base[0], ours[0], 100 * ours[1] / ours[0],
                        ratio, t.getValue().describe(), ok ? "met" : "MISSED", alloc);
            }
        }
        if (pairs == 0) {
            System.err.println("no baseline/postmortem pair in " + String.join(", ", args));
            System.exit(2);
        }
        if (!missed.isEmpty()) {
            System.out.println(missed.size() + " of " + pairs + " targets missed: " + String.join("; ", missed));
            System.exit(1);
        }
        System.out.println("all " + pairs + " targets met");
    }
}
