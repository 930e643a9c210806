package org.portolan.ui;

import java.util.Map;
import javafx.stage.Stage;
import org.portolan.edit.TopologyEdits;
import org.portolan.layout.DiagramLayouter;
import org.portolan.layout.Rect;
import org.portolan.model.Point;
import org.portolan.model.Topology;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

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

    /** Moves a node's card to (x, y), as a drop there does (one edit), and waits until the window shows it. */
    static void move(FxRobot robot, DiagramDocument document, String nodeId, double x, double y) {
        robot.interact(() -> document.edit("Move", t -> TopologyEdits.moveNodes(t, Map.of(nodeId, new Point(x, y)),
                DiagramLayouter.NODE_WIDTH, DiagramLayouter.NODE_HEIGHT)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the layout puts a zone. */
    static Rect zoneArea(DiagramDocument document, String zoneId) {
        return document.layout().zones().stream().filter(z -> z.zone().id().equals(zoneId)).findFirst()
                .orElseThrow().rect();
    }
}
