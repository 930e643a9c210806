package org.portolan.io;

import java.nio.file.Path;

/** The Portolan folder, where crash-recovery copies and the imported Microsoft 365 endpoint list are kept. */
public final class PortolanHome {

    private PortolanHome() {
    }

    /** {@code -Dportolan.home}, or {@code ~/.portolan}. */
    public static Path dir() {
        String configured = System.getProperty("portolan.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".portolan");
    }
}
