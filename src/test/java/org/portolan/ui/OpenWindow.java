package org.portolan.ui;

import javafx.stage.Stage;
import org.portolan.model.Topology;

/** The designer window as the UI tests open it: with the application's look, on a diagram, at a size. */
record OpenWindow(MainWindow window, DiagramDocument document) {

    static OpenWindow on(Stage stage, Topology topology, double width, double height) {
        PortolanApplication.applyLook(); // as users see it
        DiagramDocument document = new DiagramDocument(topology, null);
        MainWindow window = new MainWindow(stage, document);
        stage.setScene(window.createScene(width, height));
        stage.show();
        return new OpenWindow(window, document);
    }
}
