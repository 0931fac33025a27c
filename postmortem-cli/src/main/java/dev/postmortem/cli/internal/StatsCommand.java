package dev.postmortem.cli.internal;

import dev.postmortem.core.MetricsSummary;
import dev.postmortem.core.PostmortemMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem stats}: time to detect, mitigate and resolve, per document and summarised. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = PostmortemCommand.Version.class,
        description = {"Measures postmortems: time to detect (start to the first detection entry), to mitigate,",
                "to resolve, the duration, and the actions (all and open); per document, then count, median",
                "and 90th percentile over all of them. --explain says which entries each figure came from."},
        footer = {"", "Exit codes: 0 measured, 2 a file could not be read."})
final class StatsCommand implements Callable<Integer> {

    /** Output formats of stats. */
    enum OutputFormat { TABLE, JSON, CSV }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Markdown or JSON postmortems, or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--explain", description = "With the table: say which entries each figure was measured between.")
    boolean explain;

    @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, was " + threads);
        }
        List<Path> files = Inputs.expand(inputs);
        List<FileReport> reports = readAll(files, err);
        List<StatsReports.Row> rows = new ArrayList<>();
        boolean failed = false;
        for (FileReport r : reports) {
            if (r.failure() != null) {
                err.println(r.file() + ": error: " + r.failure());
                failed = true;
            } else {
                rows.add(new StatsReports.Row(r.file(), r.postmortem(), PostmortemMetrics.of(r.postmortem())));
            }
        }
        MetricsSummary summary = MetricsSummary.of(rows.stream().map(StatsReports.Row::metrics).toList());
        switch (format) {
            case TABLE -> StatsReports.table(rows, summary, explain, out);
            case JSON -> StatsReports.json(rows, summary, out);
            case CSV -> StatsReports.csv(rows, out);
            default -> throw new IllegalStateException(format.toString());
        }
        return failed ? PostmortemCommand.UNREADABLE : PostmortemCommand.OK;
    }

    /** Reads the files on {@code threads} threads, in order, with progress on a terminal after a second. */
    private List<FileReport> readAll(List<Path> files, PrintWriter err) throws InterruptedException {
        Documents documents = Documents.forReading();
        Progress progress = new Progress(err, files.size());
        if (threads == 1 || files.size() < 2) {
            List<FileReport> out = new ArrayList<>(files.size());
            for (Path f : files) {
                out.add(documents.read(f));
                progress.step();
            }
            progress.done();
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
            Thread t = new Thread(r, "postmortem-stats");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileReport>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> documents.read(f)));
            }
            List<FileReport> out = new ArrayList<>(files.size());
            for (Future<FileReport> future : futures) {
                out.add(future.get());
                progress.step();
            }
            progress.done();
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** "read 1200/10000 files" on a terminal's stderr, once a run has taken more than a second. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();
        private long lastPrint;
        private int done;
        private boolean printed;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void step() {
            done++;
            long now = System.nanoTime();
            if (terminal && now - started > 1_000_000_000L && now - lastPrint > 200_000_000L) {
                err.print("\rread " + done + "/" + total + " files");
                err.flush();
                lastPrint = now;
                printed = true;
            }
        }

        void done() {
            if (printed) {
                err.print("\r" + " ".repeat(40) + "\r");
                err.flush();
            }
        }
    }
}
