package dev.postmortem.bench;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@link ScalingBench} results (run with {@code -prof gc}) into time per timeline entry, time
 * per input byte and allocated bytes per input byte, and says whether each stays within 1.5x from the
 * smallest to the largest input of its series.
 *
 * <p>Time is the best measured iteration (on a shared machine, load only ever adds time), with the
 * mean beside it; GC is the share of the measured time spent in collections ({@code gc.time} over
 * the measurement), which is what grows for the largest inputs: their text, syntax tree and model
 * stay live for the whole parse and every young collection copies them.
 *
 * <pre>
 * java -cp postmortem-bench/target/benchmarks.jar dev.postmortem.bench.ScalingReport target/scaling.json
 * </pre>
 *
 * <p>The inputs are generated again to learn their sizes, which takes a few seconds.
 */
public final class ScalingReport {

    private static final double LIMIT = 1.5;

    private ScalingReport() {
    }

    /** Reads JMH's "2 s" / "500 ms" time values. */
    private static double millis(String jmhTime) {
        String[] parts = jmhTime.trim().split(" ");
        if (parts.length != 2) {
            return 0;
        }
        double v = Double.parseDouble(parts[0]);
        return switch (parts[1]) {
            case "s" -> v * 1000;
            case "ms" -> v;
            case "us" -> v / 1000;
            default -> 0;
        };
    }

    /**
     * Prints the report.
     *
     * @param args the JMH JSON results file
     */
    public static void main(String[] args) {
        JsonNode root = JsonMapper.builder().build().readTree(new File(args[0]));
        // method -> input -> {us/op, B/op}
        Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
        for (JsonNode run : root) {
            String benchmark = run.path("benchmark").asString();
            if (!benchmark.contains("ScalingBench.")) {
                continue;
            }
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String input = run.path("params").path("input").asString();
            JsonNode primary = run.path("primaryMetric");
            double mean = CheckTargets.number(primary.path("score"));
            double best = Double.MAX_VALUE;
            int iterations = 0;
            for (JsonNode fork : primary.path("rawData")) {
                for (JsonNode it : fork) {
                    best = Math.min(best, CheckTargets.number(it));
                    iterations++;
                }
            }
            JsonNode secondary = run.path("secondaryMetrics");
            double alloc = CheckTargets.number(secondary.path("gc.alloc.rate.norm").path("score"));
            double gcMs = CheckTargets.number(secondary.path("gc.time").path("score"));
            double iterationMs = millis(run.path("measurementTime").asString());
            // an avgt iteration lasts its set time, or one operation when that is longer
            double measuredMs = iterations * Math.max(iterationMs, mean / 1000);
            double gcShare = Double.isNaN(gcMs) || measuredMs == 0 ? Double.NaN : gcMs / measuredMs;
            results.computeIfAbsent(method, k -> new LinkedHashMap<>())
                    .put(input, new double[] {best, alloc, mean, gcShare});
        }
        Map<String, ScaledInputs.Input> inputs = new LinkedHashMap<>();
        for (String name : ScaledInputs.NAMES) {
            inputs.put(name, ScaledInputs.of(name));
        }
        boolean flat = true;
        for (Map.Entry<String, Map<String, double[]>> m : results.entrySet()) {
            System.out.println("== " + m.getKey());
            System.out.printf(Locale.ROOT, "%-8s %9s %10s %12s %12s %10s %10s %10s %7s%n", "input", "entries", "bytes",
                    "best us/op", "mean us/op", "ns/entry", "ns/byte", "alloc B/B", "GC");
            for (List<String> series : List.of(List.of("t10", "t1000", "t100000"),
                    List.of("1KB", "10KB", "100KB", "1MB", "10MB"))) {
                boolean byEntry = series.get(0).startsWith("t");
                double firstUnit = Double.NaN;
                double firstAlloc = Double.NaN;
                double lastUnit = Double.NaN;
                double lastAlloc = Double.NaN;
                for (String name : series) {
                    double[] r = m.getValue().get(name);
                    if (r == null) {
                        continue;
                    }
                    ScaledInputs.Input in = inputs.get(name);
                    double perEntry = r[0] * 1000 / Math.max(1, in.entries());
                    double perByte = r[0] * 1000 / in.bytes();
                    double allocPerByte = r[1] / in.bytes();
                    System.out.printf(Locale.ROOT, "%-8s %9d %10d %12.1f %12.1f %10.1f %10.2f %10.1f %6.0f%%%n", name,
                            in.entries(), in.bytes(), r[0], r[2], perEntry, perByte, allocPerByte, 100 * r[3]);
                    double unit = byEntry ? perEntry : perByte;
                    if (Double.isNaN(firstUnit)) {
                        firstUnit = unit;
                        firstAlloc = allocPerByte;
                    }
                    lastUnit = unit;
                    lastAlloc = allocPerByte;
                }
                if (Double.isNaN(firstUnit)) {
                    continue;
                }
                double timeGrowth = lastUnit / firstUnit;
                double allocGrowth = lastAlloc / firstAlloc;
                boolean ok = timeGrowth <= LIMIT && allocGrowth <= LIMIT;
                if (m.getKey().equals("postmortem")) {
                    flat &= ok;
                }
                System.out.printf(Locale.ROOT, "   largest/smallest: time per %s %.2fx, allocation per byte %.2fx: %s%n",
                        byEntry ? "entry" : "byte", timeGrowth, allocGrowth,
                        ok ? "within " + LIMIT + "x" : "NOT within " + LIMIT + "x");
            }
        }
        System.exit(flat ? 0 : 1);
    }
}
