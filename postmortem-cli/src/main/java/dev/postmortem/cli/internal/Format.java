package dev.postmortem.cli.internal;

import java.nio.file.Path;
import java.util.Locale;

/** The document formats the command reads and writes. */
enum Format {
    /** Markdown. */
    MD,
    /** The JSON format, version 1. */
    JSON;

    /** The format a file's extension names, or null when it names none. */
    static Format ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MD;
        }
        return null;
    }
}
