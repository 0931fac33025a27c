package dev.postmortem.cli.internal;

import dev.postmortem.core.Diagnostic;
import dev.postmortem.core.Postmortem;
import java.util.List;

/**
 * What reading and checking one file gave.
 *
 * @param file        the file as the user named it
 * @param postmortem  the model, or null when the file could not be read
 * @param diagnostics parse and validation findings, sorted by position
 * @param failure     why the file could not be read, or null
 */
record FileReport(String file, Postmortem postmortem, List<Diagnostic> diagnostics, String failure) {

    FileReport {
        diagnostics = List.copyOf(diagnostics);
    }

    static FileReport failed(String file, String failure) {
        return new FileReport(file, null, List.of(), failure);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
