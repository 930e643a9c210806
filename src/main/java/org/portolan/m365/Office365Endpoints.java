package org.portolan.m365;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.portolan.io.AtomicFiles;
import org.portolan.io.PortolanHome;

/**
 * Where the endpoint list comes from: the copy shipped with Portolan, replaced by one the user imports
 * (File → Update Microsoft 365 endpoints…, {@code portolan endpoints import}), which is kept in the Portolan folder
 * ({@code -Dportolan.home}, or {@code ~/.portolan}) and used from then on.
 */
public final class Office365Endpoints {

    static final String FILE = "m365-endpoints.json";
    static final String VERSION_FILE = "m365-endpoints.version";
    private static volatile EndpointList active;

    private Office365Endpoints() {
    }

    /** The list in use: the imported one when there is one, else the shipped copy. */
    public static EndpointList active() {
        EndpointList list = active;
        if (list == null) {
            list = load(PortolanHome.dir());
            active = list;
        }
        return list;
    }

    /** Forgets the list in use, so that the next {@link #active()} reads the Portolan folder again. */
    static void forget() {
        active = null;
    }

    /** The copy Portolan ships: Microsoft's worldwide sets 1 and 10, list version 2022072800. */
    public static EndpointList shipped() {
        try (InputStream json = Office365Endpoints.class.getResourceAsStream("endpoints-worldwide.json");
             InputStream version = Office365Endpoints.class.getResourceAsStream("version.json")) {
            if (json == null || version == null) {
                throw new IllegalStateException("Microsoft 365 endpoint list missing from the build");
            }
            return EndpointListReader.read("endpoints-worldwide.json", json.readAllBytes(),
                    EndpointListReader.version(version.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EndpointListException e) {
            throw new IllegalStateException("shipped Microsoft 365 endpoint list is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a download of Microsoft's worldwide endpoints JSON, keeps the sets Portolan needs in {@code home}
     * and makes them the active list.
     *
     * @param version Microsoft's list version, or null to record the file name instead
     */
    public static EndpointList importFile(Path file, String version, Path home) throws IOException, EndpointListException {
        byte[] bytes = Files.readAllBytes(file);
        String label = version != null && !version.isBlank() ? version.trim()
                : "of " + file.getFileName() + " (version not given)";
        EndpointList list = EndpointListReader.read(file.toString(), bytes, label);
        Files.createDirectories(home);
        AtomicFiles.write(home.resolve(FILE), bytes);
        AtomicFiles.write(home.resolve(VERSION_FILE), label.getBytes(StandardCharsets.UTF_8));
        active = list;
        return list;
    }

    /** The list kept in {@code home}, or the shipped copy when there is none or it no longer reads. */
    static EndpointList load(Path home) {
        Path file = home.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                Path versionFile = home.resolve(VERSION_FILE);
                String version = Files.isRegularFile(versionFile) ? Files.readString(versionFile).trim() : "imported";
                return EndpointListReader.read(file.toString(), Files.readAllBytes(file), version);
            } catch (IOException | EndpointListException e) {
                return shipped();
            }
        }
        return shipped();
    }
}
