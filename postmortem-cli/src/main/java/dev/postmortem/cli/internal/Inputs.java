package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command's FILE|DIR arguments into the files to read. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Returns the files named, and for each folder its {@code *.md}, {@code *.markdown} and
     * {@code *.json} files at any depth, sorted by path; hidden folders are skipped. A name that is
     * neither a file nor a folder is returned as it is, so that reading it reports the problem.
     */
    static List<Path> expand(List<Path> arguments) {
        List<Path> out = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> isPostmortemFile(p) && !isHidden(arg.relativize(p)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    // Reported per file: an unreadable folder becomes an unreadable entry.
                    out.add(arg);
                }
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    static boolean isPostmortemFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".json");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
