package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles} replaces what a path names, as it was: a link's target, a file's permissions. */
class AtomicFilesTest {

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent(@TempDir Path dir) throws IOException {
        assumePosix();
        Path real = Files.createDirectory(dir.resolve("docs")).resolve("outage.md");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("outage.md"), Path.of("docs", "outage.md"));
        AtomicFiles.write(link, w -> w.write("new\n"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("docs", "outage.md"), Files.readSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
        assertEquals(List.of("outage.md"), names(real.getParent()));
        assertEquals(List.of("docs", "outage.md"), names(dir));
    }

    @Test
    void aLinkToAFileNotThereYetCreatesThatFile(@TempDir Path dir) throws IOException {
        assumePosix();
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("real.json"));
        AtomicFiles.write(link, w -> w.write("{}\n"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{}\n", Files.readString(dir.resolve("real.json")));
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        assumePosix();
        for (String perms : List.of("rw-r--r--", "rw-rw-r--", "rwxr-x---")) {
            Path file = dir.resolve("outage-" + perms + ".md");
            Files.writeString(file, "old\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
            AtomicFiles.write(file, w -> w.write("new\n"));
            assertEquals(perms, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("new\n", Files.readString(file));
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsOfANewFile(@TempDir Path dir) throws IOException {
        assumePosix();
        Path usual = Files.createFile(dir.resolve("usual"));
        Path file = dir.resolve("new.json");
        AtomicFiles.write(file, w -> w.write("{}\n"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file));
    }

    @Test
    void aFailedWriteLeavesTheFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outage.md");
        Files.writeString(file, "old\n");
        try {
            AtomicFiles.write(file, w -> {
                w.write("partial");
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertEquals("disk full", expected.getMessage());
        }
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of("outage.md"), names(dir));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
