package org.portolan.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.portolan.fileformat.TopologyFileException;
import org.portolan.fileformat.TopologyReader;
import org.portolan.fileformat.TopologyWriter;
import org.portolan.io.AtomicFiles;
import org.portolan.model.Topology;

/**
 * Autosave for crash recovery: each running Portolan keeps its unsaved diagram in its own file under
 * {@code <home>/recovery}; a clean exit removes it. Files left by a process that is gone are offered back.
 */
public final class Recovery {

    /** A diagram a previous Portolan left behind. */
    public record Leftover(Path file, Topology topology, Path original, FileTime savedAt) {
    }

    private final Path dir;
    private final long pid;

    public Recovery(Path home) {
        this(home, ProcessHandle.current().pid());
    }

    Recovery(Path home, long pid) {
        this.dir = home.resolve("recovery");
        this.pid = pid;
    }

    /** The Portolan folder: {@code -Dportolan.home}, or {@code ~/.portolan}. */
    public static Path defaultHome() {
        return org.portolan.io.PortolanHome.dir();
    }

    Path file() {
        return dir.resolve("autosave-" + pid + ".portolan");
    }

    private Path originalOf(Path autosave) {
        return autosave.resolveSibling(autosave.getFileName().toString().replace(".portolan", ".path"));
    }

    public void save(Topology topology, Path original) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(originalOf(file()), (original == null ? "" : original.toAbsolutePath().toString())
                .getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file(), TopologyWriter.toBytes(topology));
    }

    public void clear() {
        discard(file());
    }

    public void discard(Path autosave) {
        try {
            Files.deleteIfExists(autosave);
            Files.deleteIfExists(originalOf(autosave));
        } catch (IOException ignored) {
            // a leftover recovery file is harmless; it is offered again next time
        }
    }

    /** Autosaves of Portolan processes that are no longer running, newest first. */
    public List<Leftover> leftovers() {
        List<Leftover> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("autosave-\\d+\\.portolan")).toList()) {
                long owner = Long.parseLong(f.getFileName().toString().replaceAll("\\D", ""));
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try {
                    Path originalFile = originalOf(f);
                    String original = Files.exists(originalFile) ? Files.readString(originalFile).trim() : "";
                    found.add(new Leftover(f, TopologyReader.read(f), original.isEmpty() ? null : Path.of(original),
                            Files.getLastModifiedTime(f)));
                } catch (TopologyFileException | IOException e) {
                    discard(f); // an unreadable autosave cannot be restored
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return found;
    }
}
