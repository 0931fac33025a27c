package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old content or the new one, never a part: the text goes
 * to a temporary file in the same folder, is forced to disk, and is then renamed over the target.
 * On any failure the temporary file is removed and the target is untouched.
 *
 * <p>A symbolic link is followed: the file it points to is replaced and the link stays a link. A
 * replaced file keeps its POSIX permissions; a new file gets the permissions any new file gets (the
 * process's umask), not the owner-only ones of a temporary file.
 */
final class AtomicFiles {

    /** What writes the content; a test seam for failures in the middle of writing. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Links followed at most, as the kernel's own limit on a path's links. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    static void write(Path target, Content content) throws IOException {
        Path file = resolve(target);
        Path dir = file.getParent();
        Set<PosixFilePermission> permissions = permissions(file);
        Path temp = createTemp(dir, file.getFileName().toString());
        boolean moved = false;
        try {
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream os = Channels.newOutputStream(channel);
                    Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
                content.writeTo(w);
                w.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The file to replace: the target of a symbolic link (also of a link to a file not there yet). */
    private static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        if (Files.exists(p)) {
            return p.toRealPath();
        }
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
        }
        return p;
    }

    /** The file's POSIX permissions; null when it does not exist or its file system has none. */
    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * A new empty file next to the target, created as any new file is (unlike
     * {@link Files#createTempFile}, which makes it readable by its owner only).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
