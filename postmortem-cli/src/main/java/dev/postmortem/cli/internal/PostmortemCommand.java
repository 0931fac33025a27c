package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code postmortem} command. */
@Command(name = "postmortem",
        mixinStandardHelpOptions = true,
        versionProvider = PostmortemCommand.Version.class,
        description = "Checks, converts, fixes and measures incident postmortems written in Markdown or JSON.",
        subcommands = {CheckCommand.class, ConvertCommand.class, FixCommand.class, StatsCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or the command line is wrong."})
public final class PostmortemCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code: nothing wrong was found. */
    static final int OK = 0;
    /** Exit code: a document has errors. */
    static final int FINDINGS = 1;
    /** Exit code: input could not be read or parsed, or bad usage. */
    static final int UNREADABLE = 2;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns the exit code.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PostmortemCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // One line, never a stack trace: the user needs the reason, not our internals.
            commandLine.getErr().println("postmortem: " + oneLine(e));
            commandLine.getErr().flush();
            return UNREADABLE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    static String version() {
        try (InputStream in = PostmortemCommand.class.getResourceAsStream("/dev/postmortem/cli/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"postmortem " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
