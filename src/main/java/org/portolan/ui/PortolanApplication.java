package org.portolan.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.portolan.samples.Sample;

/** The JavaFX application: opens the file given on the command line, or the built-in sample. */
public final class PortolanApplication extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Fonts.family();
        DiagramDocument document = new DiagramDocument(Sample.DEFAULT.load(), null);
        MainWindow window = new MainWindow(stage, document);
        stage.setScene(window.createScene(1366, 768));
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
    }
}
