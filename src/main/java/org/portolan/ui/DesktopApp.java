package org.portolan.ui;

import javafx.application.Application;

/** Starts the designer window; kept apart so the launcher never touches JavaFX for a headless command. */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void start(String[] args) {
        RenderingSettings.apply();
        Application.launch(PortolanApplication.class, args);
    }
}
