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
        footer = {"", "Exit codes: 0 nothing left to correct, 1 a correction could not be made without rewriting",
                "other lines (that file is left as it is), 2 a file could not be read or written."})
final class FixCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Markdown postmortems, or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the corrections as a unified diff; change no file.")
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

    private int fix(Documents documents, Path file, PrintWriter out, PrintWriter err) {
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
            done.add(file + ":" + (d.position() == null ? "1:1" : d.position().line() + ":" + d.position().column())
                    + ": fixed: the stated duration " + human(s.duration()) + " is now " + human(actual.get())
                    + ", the time between start and end [" + d.ruleId() + "]");
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
            return PostmortemCommand.OK;
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

    /** As check's messages write durations: {@code 2h 30m}. */
    private static String human(Duration d) {
        StringBuilder sb = new StringBuilder();
        long h = d.toHours();
        if (h > 0) {
            sb.append(h).append("h ");
        }
        if (d.toMinutesPart() > 0) {
            sb.append(d.toMinutesPart()).append("m ");
        }
        if (d.toSecondsPart() > 0 || sb.length() == 0) {
            sb.append(d.toSecondsPart()).append("s ");
        }
        return sb.toString().strip();
    }
}
