package org.portolan.ui.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.portolan.analysis.Analysis;
import org.portolan.layout.DiagramLayout;
import org.portolan.layout.Rect;
import org.portolan.rules.Finding;
import org.portolan.rules.Severity;
import org.portolan.ui.toolkit.Fonts;

/**
 * A badge on the corner of every card that a finding with an error or a warning is about: red for an error,
 * amber for a warning, its findings in a tooltip. Redrawn with every layout: there are few.
 */
final class FindingBadges {

    private final Group layer = new Group();

    Group layer() {
        return layer;
    }

    void show(DiagramLayout layout, Analysis analysis) {
        Map<String, List<Finding>> byNode = new LinkedHashMap<>();
        for (Finding f : analysis.findings()) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            f.nodes().forEach(n -> byNode.computeIfAbsent(n.id(), k -> new java.util.ArrayList<>()).add(f));
        }
        layer.getChildren().clear();
        byNode.forEach((id, findings) -> {
            var box = layout.nodeBox(id);
            if (box == null) {
                return;
            }
            boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            Rect r = box.rect();
            Circle dot = new Circle(r.x() + r.width() - 2, r.y() + 2, 9,
                    Color.web(error ? "#dc2626" : "#d97706"));
            dot.setStroke(Color.WHITE);
            dot.setStrokeWidth(1.5);
            Text mark = new Text(r.x() + r.width() - 4.2, r.y() + 6.5, "!");
            mark.setFont(Fonts.bold(12));
            mark.setFill(Color.WHITE);
            Group badge = new Group(dot, mark);
            badge.setId("badge-" + id);
            badge.getStyleClass().add(error ? "badge-error" : "badge-warning");
            Tooltip.install(badge, new Tooltip(findings.stream().map(f -> f.id() + " " + f.severity().label() + ": "
                    + f.message()).collect(Collectors.joining("\n"))));
            layer.getChildren().add(badge);
        });
    }
}
