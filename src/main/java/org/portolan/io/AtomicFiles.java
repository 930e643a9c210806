package org.portolan.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go to a
 * temporary file beside the target, which then replaces it. A crash mid-write leaves the old file intact.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /** Runs between writing the temporary file and moving it into place; lets tests interrupt there. */
    @FunctionalInterface
    public interface Step {
        void run(Path written) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, written -> { });
    }

    public static void write(Path target, byte[] bytes, Step beforeMove) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            beforeMove.run(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files are private (0600); the result gets the old file's permissions, or the usual 0644. */
    private static void keepPermissions(Path target, Path temp) {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }
}
