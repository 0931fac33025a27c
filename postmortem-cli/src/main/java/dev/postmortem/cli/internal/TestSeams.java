package dev.postmortem.cli.internal;

import java.io.IOException;

/**
 * Hooks for tests that must make the command fail where real failures are hard to cause (a full
 * disk, a writer that breaks half-way). Not part of the API: this package is not exported.
 */
public final class TestSeams {

    private TestSeams() {
    }

    /**
     * Makes every atomic write of {@code convert -o} fail with the given exception after writing
     * part of its content, or restores normal writing when {@code failure} is null.
     *
     * @param failure the exception to throw, or null
     */
    public static void failWritesWith(IOException failure) {
        ConvertCommand.contentDecorator = failure == null ? c -> c : c -> w -> {
            w.write("partial");
            w.flush();
            throw failure;
        };
    }
}
