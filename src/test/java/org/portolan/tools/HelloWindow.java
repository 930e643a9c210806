package org.portolan.tools;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of docs/bench/startup.sh: a hello-world JavaFX window, on the same JavaFX jars as Portolan and
 * started the same way (a main class that is not the Application, as Portolan's Launcher).
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello window");
            stage.setScene(new Scene(new Label("Hello"), 1366, 768));
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
