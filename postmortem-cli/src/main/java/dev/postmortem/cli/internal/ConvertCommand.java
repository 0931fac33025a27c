package dev.postmortem.cli.internal;

import dev.postmortem.core.Postmortem;
import dev.postmortem.markdown.EditResult;
import dev.postmortem.markdown.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postmortem convert}: Markdown or JSON in, JSON or canonical Markdown out. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = PostmortemCommand.Version.class,
        description = {"Converts a postmortem between Markdown and JSON.",
                "The output goes to standard output, or to OUT, which is replaced atomically: on any failure",
                "it keeps its old content. The input is never modified.",
                "With --preserve-from ORIGINAL.md, Markdown output is written into ORIGINAL's own text: every",
                "part unchanged from ORIGINAL keeps its exact lines, changed and new parts are written in",
                "ORIGINAL's style. Use it to turn an edited JSON export back into the author's document."},
        footer = {"", "Exit codes: 0 converted, 2 the input could not be read or parsed, or OUT could not be written."})
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The postmortem to convert.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "md|json", description = "The output format.")
    Format to;

    @Option(names = "--from", paramLabel = "md|json", description = "The input format; by default from FILE's extension.")
    Format from;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--compact", description = "Write JSON on one line instead of indented.")
    boolean compact;

    @Option(names = "--preserve-from", paramLabel = "ORIGINAL.md",
            description = "Write the Markdown into this document's text and style (needs --to md); "
                    + "with no edit the output is ORIGINAL byte for byte.")
    Path preserveFrom;

    /** Test seam: wraps the content writer, so tests can make writing fail half-way. */
    static volatile java.util.function.UnaryOperator<AtomicFiles.Content> contentDecorator = c -> c;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && isSameFile(input, output)) {
            err.println(output + ": error: refusing to write the output over the input");
            return PostmortemCommand.UNREADABLE;
        }
        if (preserveFrom != null && to != Format.MD) {
            err.println("postmortem convert: --preserve-from writes Markdown; use it with --to md");
            return PostmortemCommand.UNREADABLE;
        }
        if (output != null && preserveFrom != null && isSameFile(preserveFrom, output)) {
            err.println(output + ": error: refusing to write the output over the original given to --preserve-from");
            return PostmortemCommand.UNREADABLE;
        }
        Documents documents = Documents.forReading();
        Postmortem postmortem;
        ParseResult original = null;
        try {
            postmortem = documents.read(input, from);
            if (preserveFrom != null) {
                original = documents.parseExact(preserveFrom);
            }
        } catch (DocumentException e) {
            err.println(e.getMessage());
            return PostmortemCommand.UNREADABLE;
        }
        String text;
        if (original != null) {
            EditResult edited = documents.edit(original, postmortem);
            if (!edited.preserved()) {
                err.println(preserveFrom + ": warning: " + edited.reason().orElse("") + "; the whole document is written"
                        + " in canonical form");
            }
            text = edited.text();
        } else {
            text = documents.write(postmortem, to, !compact);
        }
        if (output == null) {
            out.print(text);
            out.flush();
            return PostmortemCommand.OK;
        }
        try {
            AtomicFiles.write(output, contentDecorator.apply(w -> w.write(text)));
        } catch (IOException e) {
            err.println(output + ": error: cannot write: " + PostmortemCommand.oneLine(e) + "; the file is unchanged");
            return PostmortemCommand.UNREADABLE;
        }
        return PostmortemCommand.OK;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the path comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
