package dev.postmortem.cli;

import dev.postmortem.cli.internal.PostmortemCommand;
import dev.postmortem.cli.internal.Warmup;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Entry point of the {@code postmortem} command.
 *
 * <pre>{@code
 * java -jar postmortem.jar check docs/postmortems/
 * java -jar postmortem.jar convert outage.md --to json -o outage.json
 * java -jar postmortem.jar stats docs/postmortems/ --format csv
 * }</pre>
 *
 * <p>Exit codes: 0 when no errors were found, 1 when a document has errors, 2 when a file could
 * not be read or parsed or the command line is wrong.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        Warmup.startFor(args);
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in this JVM, writing to the given streams, and returns its exit code
     * instead of exiting: for tests and for tools that embed the command.
     *
     * @param args the command-line arguments
     * @param out  where results go
     * @param err  where errors and progress go
     * @return the exit code: 0 no errors, 1 errors found, 2 unreadable input or bad usage
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        return PostmortemCommand.execute(args, out, err);
    }
}
