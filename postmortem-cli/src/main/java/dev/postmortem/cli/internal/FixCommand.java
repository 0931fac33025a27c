package dev.postmortem.cli.internal;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.IncidentClock;
import dev.postmortem.core.Postmortem;
import dev.postmortem.core.Summary;
import dev.postmortem.core.validation.Rule;
import dev.postmortem.markdown.EditResult;
import dev.postmortem.markdown.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem fix}: corrects what can be corrected safely, in place, touching only those lines. */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = PostmortemCommand.Version.class,
        description = {"Corrects, in place, what can be corrected safely in Markdown postmortems:",
                "  duration-mismatch  a stated duration that disagrees with the start and end is set to the",
                "                     time between them, written in the document's own units",
                "Only the lines of corrected values change; each file is replaced atomically, or left as it is.",
                "Prints one line per correction:  FILE:LINE:COL: fixed: what changed [rule-id]",
                "Folders are searched for *.md and *.markdown files."},
        footer = {"", "Exit codes: 0 nothing left to correct; 1 a correction could not be made without rewriting",
                "other lines (that file is left as it is), or with --dry-run a correction is pending (as",
                "git diff --exit-code); 2 a file could not be read, corrected or written (the others are",
                "still corrected)."})
final class FixCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Markdown postmortems, or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the corrections as a unified diff; change no file. Exits 1 "
            + "when there is a correction to make.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Documents documents = new Documents(List.of());
        int code = PostmortemCommand.OK;
        for (Path file : Inputs.expand(inputs)) {
            if (Format.ofFile(file) != Format.MD) {
                if (!inputs.contains(file)) {
                    continue; // a JSON file found in a folder: nothing to fix in place
                }
                err.println(file + ": error: fix corrects Markdown files only");
                code = PostmortemCommand.UNREADABLE;
                continue;
            }
            code = Math.max(code, fix(documents, file, out, err));
        }
        out.flush();
        return code;
    }

    /**
     * Corrects one file; any failure is reported against that file (and the line of the correction it
     * failed on), so that the other files are still corrected.
     */
    private int fix(Documents documents, Path file, PrintWriter out, PrintWriter err) {
        List<String> where = new ArrayList<>(1);
        try {
            return correct(documents, file, out, err, where);
        } catch (RuntimeException e) {
            String at = where.isEmpty() ? file.toString() : where.get(0);
            err.println(at + ": error: cannot correct it: " + PostmortemCommand.oneLine(e) + "; the file is unchanged");
            return PostmortemCommand.UNREADABLE;
        }
    }

    /** Corrects one file; {@code where} gets the FILE:LINE:COL of each correction as it is found. */
    private int correct(Documents documents, Path file, PrintWriter out, PrintWriter err, List<String> where) {
        ParseResult parsed;
        try {
            parsed = documents.parseExact(file);
        } catch (DocumentException e) {
            err.println(e.getMessage());
            return PostmortemCommand.UNREADABLE;
        }
        Postmortem pm = parsed.postmortem();
        List<String> done = new ArrayList<>();
        for (Diagnostic d : documents.findings(parsed)) {
            if (!d.ruleId().equals(Rule.DURATION_MISMATCH.id())) {
                continue;
            }
            Optional<Duration> actual = windowDuration(pm);
            if (actual.isEmpty()) {
                continue;
            }
            Summary s = pm.summary();
            String at = file + ":" + (d.position() == null ? "1:1" : d.position().line() + ":" + d.position().column());
            where.add(at);
            done.add(at + ": fixed: the stated duration " + StatsReports.exact(s.duration()) + " is now "
                    + StatsReports.exact(actual.get()) + ", the time between start and end [" + d.ruleId() + "]");
            pm = pm.withSummary(s.withDuration(actual.get()));
        }
        if (done.isEmpty()) {
            return PostmortemCommand.OK;
        }
        EditResult result = documents.edit(parsed, pm);
        if (!result.preserved()) {
            err.println(file + ": error: cannot correct it without rewriting other lines ("
                    + result.reason().orElse("") + "); the file is unchanged");
            return PostmortemCommand.FINDINGS;
        }
        if (dryRun) {
            out.print(file.isAbsolute() ? result.diff(file.toString(), file.toString())
                    : result.diff("a/" + file, "b/" + file));
            // a correction is pending: a check in CI fails until it is made
            return PostmortemCommand.FINDINGS;
        }
        try {
            AtomicFiles.write(file, w -> w.write(result.text()));
        } catch (IOException e) {
            err.println(file + ": error: cannot write: " + PostmortemCommand.oneLine(e) + "; the file is unchanged");
            return PostmortemCommand.UNREADABLE;
        }
        done.forEach(out::println);
        return PostmortemCommand.OK;
    }

    /** The time between the summary's start and end, when both resolve to comparable instants. */
    private static Optional<Duration> windowDuration(Postmortem pm) {
        IncidentClock clock = IncidentClock.of(pm);
        if (clock.start().isEmpty() || clock.end().isEmpty()) {
            return Optional.empty();
        }
        return IncidentClock.between(clock.start().get(), clock.end().get()).filter(d -> !d.isNegative());
    }
}
