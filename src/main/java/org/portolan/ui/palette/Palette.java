package org.portolan.ui.palette;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.portolan.layout.DiagramStyle;
import org.portolan.layout.Icons;
import org.portolan.model.NodeKind;
import org.portolan.model.ZoneKind;
import org.portolan.ui.canvas.PaletteItem;

/** Every node kind and zone kind, to drag onto the diagram. */
public final class Palette extends VBox {

    public Palette() {
        setId("palette");
        setSpacing(2);
        setPadding(new Insets(10, 8, 10, 8));
        setPrefWidth(200);
        setMinWidth(190);
        getChildren().add(heading("Servers and networks"));
        for (NodeKind kind : NodeKind.values()) {
            getChildren().add(entry(PaletteItem.node(kind), icon(kind), kind.displayName(), kind.description(),
                    "palette-" + kind.name().toLowerCase(Locale.ROOT)));
        }
        getChildren().add(heading("Server groups"));
        getChildren().add(entry(PaletteItem.group(NodeKind.MULTI_ROLE, 4), icon(NodeKind.MULTI_ROLE),
                "DAG ×4", "A database availability group: one card for 4 multi-role servers; set the"
                        + " number in the inspector", "palette-group-dag"));
        getChildren().add(entry(PaletteItem.group(NodeKind.CAS, 2), icon(NodeKind.CAS), "CAS pool ×2",
                "A pool of Client Access servers, usually behind a load balancer", "palette-group-cas"));
        getChildren().add(entry(PaletteItem.group(NodeKind.EDGE, 2), icon(NodeKind.EDGE), "Edge pair ×2",
                "Two Edge Transport servers subscribed to the same site", "palette-group-edge"));
        getChildren().add(heading("Zones"));
        for (ZoneKind kind : ZoneKind.values()) {
            Rectangle swatch = new Rectangle(22, 16);
            swatch.setArcWidth(6);
            swatch.setArcHeight(6);
            swatch.setFill(Color.web(DiagramStyle.zoneFill(kind)));
            swatch.setStroke(Color.web(DiagramStyle.zoneStroke(kind)));
            String label = switch (kind) {
                case EXTERNAL -> "External zone";
                case PERIMETER -> "Perimeter zone";
                case INTERNAL -> "Internal zone";
            };
            getChildren().add(entry(PaletteItem.zone(kind), new StackPane(swatch), label,
                    "A " + kind.name().toLowerCase(Locale.ROOT) + " network segment; crossing into it passes a firewall",
                    "palette-zone-" + kind.name().toLowerCase(Locale.ROOT)));
        }
        Label hint = new Label("Drag onto the diagram");
        hint.setStyle("-fx-text-fill: #64748b; -fx-font-size: 11px;");
        hint.setPadding(new Insets(10, 0, 0, 4));
        getChildren().add(hint);
    }

    private static Label heading(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.setStyle("-fx-text-fill: #64748b; -fx-font-size: 11px; -fx-font-weight: bold;");
        l.setPadding(new Insets(8, 0, 4, 4));
        return l;
    }

    private static StackPane icon(NodeKind kind) {
        SVGPath path = new SVGPath();
        path.setContent(Icons.pathData(kind));
        path.setFill(null);
        path.setStroke(Color.web(DiagramStyle.accent(kind)));
        path.setStrokeWidth(2);
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setScaleX(22 / Icons.GRID);
        path.setScaleY(22 / Icons.GRID);
        StackPane box = new StackPane(path);
        box.setPrefSize(24, 24);
        box.setMaxSize(24, 24);
        return box;
    }

    private static HBox entry(PaletteItem item, javafx.scene.Node graphic, String text, String tooltip, String id) {
        Label label = new Label(text);
        HBox row = new HBox(10, graphic, label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(5, 8, 5, 6));
        row.setId(id);
        row.setUserData(item);
        row.getStyleClass().add("palette-entry");
        row.setStyle("-fx-background-radius: 6; -fx-cursor: hand;");
        row.setOnMouseEntered(e -> row.setStyle("-fx-background-color: #eff6ff; -fx-background-radius: 6; -fx-cursor: hand;"));
        row.setOnMouseExited(e -> row.setStyle("-fx-background-radius: 6; -fx-cursor: hand;"));
        Tooltip.install(row, new Tooltip(tooltip));
        // A full press-drag-release gesture: the diagram receives the release, even across panes.
        row.setOnDragDetected(e -> {
            row.startFullDrag();
            e.consume();
        });
        return row;
    }
}
