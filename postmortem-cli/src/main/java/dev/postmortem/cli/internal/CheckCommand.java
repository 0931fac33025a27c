package dev.postmortem.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem check}: parse, validate, report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = PostmortemCommand.Version.class,
        addMethodSubcommands = false,
        description = {"Parses and validates postmortems and prints what is wrong, one finding per line:",
                "  FILE:LINE:COL: SEVERITY: message [rule-id]",
                "Folders are searched for *.md, *.markdown and *.json files."},
        footer = {"", "Exit codes: 0 no errors, 1 errors found, 2 a file could not be read."})
final class CheckCommand implements Callable<Integer> {

    /** Output formats of check. */
    enum OutputFormat { TEXT, JSON, SARIF, GITHUB }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Markdown or JSON postmortems, or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "A rule id to leave out, such as action-owner-missing; repeatable or comma-separated.")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--from", paramLabel = "md|json", description = "Read every file as this format instead of by extension.")
    Format from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Documents documents = new Documents(disabled);
        List<FileReport> reports = documents.checkAll(Inputs.expand(inputs), from);
        switch (format) {
            case TEXT -> CheckReports.text(reports, out, err);
            case JSON -> CheckReports.json(reports, out);
            case SARIF -> CheckReports.sarif(reports, out, PostmortemCommand.version());
            case GITHUB -> CheckReports.github(reports, out);
            default -> throw new IllegalStateException(format.toString());
        }
        if (format != OutputFormat.TEXT) {
            for (FileReport r : reports) {
                if (r.failure() != null) {
                    err.println(r.file() + ": error: " + r.failure());
                }
            }
        }
        // Loops, not streams: every lambda is a class generated at start-up.
        boolean errors = false;
        for (FileReport r : reports) {
            if (r.failure() != null) {
                return PostmortemCommand.UNREADABLE;
            }
            errors |= r.hasErrors();
        }
        return errors ? PostmortemCommand.FINDINGS : PostmortemCommand.OK;
    }
}
