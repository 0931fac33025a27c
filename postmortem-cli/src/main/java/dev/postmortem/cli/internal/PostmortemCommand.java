package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code postmortem} command. */
@Command(name = "postmortem",
        mixinStandardHelpOptions = true,
        versionProvider = PostmortemCommand.Version.class,
        description = "Checks, converts, fixes and measures incident postmortems written in Markdown or JSON.",
        // The subcommands are SUBCOMMANDS below, added in execute(); no methods are subcommands.
        addMethodSubcommands = false,
        footer = {"", "Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or the command line is wrong."})
public final class PostmortemCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands, in the order the usage help lists them. Added in code rather than named in the
     * annotation, so that a command line naming one of them makes picocli read that one's annotations
     * only: reading all of them was a fifth of picocli's start-up.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, ConvertCommand.class,
            FixCommand.class, StatsCommand.class, CommandLine.HelpCommand.class);

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
        Class<?> named = args.length > 0 ? subcommandNamed(args[0]) : null;
        if (named != null) {
            // Only the command named: nothing the run prints mentions the others.
            cl.addSubcommand(named);
        } else {
            // Usage, help, mistakes: all of them, as the annotation would have had them.
            for (Class<?> subcommand : SUBCOMMANDS) {
                cl.addSubcommand(subcommand);
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new OneLineErrors());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The subcommand class whose {@code @Command} name is exactly the argument, or null; never
     * {@code help}, which shows the other subcommands.
     */
    private static Class<?> subcommandNamed(String arg) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommand == CommandLine.HelpCommand.class) {
                continue;
            }
            Command command = subcommand.getAnnotation(Command.class);
            if (command != null && command.name().equals(arg) && command.aliases().length == 0) {
                return subcommand;
            }
        }
        return null;
    }

    /** One line, never a stack trace: the user needs the reason, not our internals. */
    private static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            commandLine.getErr().println("postmortem: " + oneLine(e));
            commandLine.getErr().flush();
            return UNREADABLE;
        }
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
