package org.portolan.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.portolan.m365.Office365Endpoints;
import org.portolan.model.Product;
import org.portolan.rules.RuleId;
import org.portolan.rules.RuleSources;

/** Help: the user guide, the keyboard shortcuts, the rule table with its sources, and About. */
final class HelpMenu {

    /** Every shortcut of the window, as the Help lists it. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+N / Ctrl+O / Ctrl+S / Ctrl+Shift+S", "New, open, save, save as"},
            new String[] {"Ctrl+E", "Export…"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y", "Undo / redo"},
            new String[] {"Ctrl+C / Ctrl+V / Ctrl+D", "Copy, paste, duplicate the selection"},
            new String[] {"Delete", "Delete the selection"},
            new String[] {"F2 or double-click", "Rename the selected card"},
            new String[] {"Arrow keys / Shift+arrow keys", "Move the selected cards by 1 / by one grid step"},
            new String[] {"Escape", "Clear the selection"},
            new String[] {"Ctrl+wheel, Ctrl+= / Ctrl+−", "Zoom in and out"},
            new String[] {"Ctrl+0", "Fit the diagram to the window"},
            new String[] {"Space+drag or middle button", "Pan"},
            new String[] {"Shift+click, Ctrl+click, drag on the canvas", "Add to the selection, rubber band"},
            new String[] {"F5", "Workshop mode; in it: Right/Space/Page Down next, Left/Page Up back, Home/End,"
                    + " 1–9 a scenario, B blank screen, Escape leave"});

    private HelpMenu() {
    }

    static Menu create(Window owner) {
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId("menu-shortcuts");
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> show(owner, "Keyboard shortcuts", table(SHORTCUTS, "Keys", "Does")));
        MenuItem rules = new MenuItem("Rules");
        rules.setId("menu-rules");
        rules.setOnAction(e -> show(owner, "Rules and their sources", rulesView()));
        MenuItem guide = new MenuItem("User guide");
        guide.setId("menu-guide");
        guide.setOnAction(e -> show(owner, "Portolan user guide", guideView()));
        MenuItem about = new MenuItem("About Portolan");
        about.setId("menu-about");
        about.setOnAction(e -> show(owner, "About Portolan", aboutView()));
        return new Menu("Help", null, guide, shortcuts, rules, about);
    }

    /** The user guide (docs/guide.md, shipped in the jar), as text to read and search. */
    private static javafx.scene.Node guideView() {
        String text;
        try (var in = HelpMenu.class.getResourceAsStream("/assets/docs/guide.md")) {
            text = in == null ? "The user guide is docs/guide.md in Portolan's source."
                    : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            text = "The user guide could not be read: " + e.getMessage();
        }
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setId("guide-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(760, 560);
        return area;
    }

    private static void show(Window owner, String title, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        alert.show();
    }

    /** Every rule ID with its title and the article's section and row it comes from. */
    static javafx.scene.Node rulesView() {
        List<String[]> rows = java.util.Arrays.stream(RuleId.values()).map(id -> new String[] {id.name(),
                RuleSources.title(id),
                RuleSources.of(id).section(), RuleSources.of(id).row()}).toList();
        TableView<String[]> table = table(rows, "ID", "Rule", "Article section", "Table row");
        table.setId("rules-table");
        table.setPrefHeight(420);
        return new VBox(8, new Label(RuleSources.ARTICLE + "\n" + RuleSources.ARTICLE_ADDRESS), table);
    }

    static javafx.scene.Node aboutView() {
        Label text = new Label(Product.NAME + " " + Product.VERSION + "\nDesigner for Microsoft Exchange Server 2013"
                + " deployments: the connections a deployment requires, their ports, and the firewall rules.\n\n"
                + "Rules: Microsoft, \"Network ports for clients and mail flow in Exchange 2013\" (Korean edition) and"
                + " \"Hybrid deployment prerequisites\". Microsoft 365 endpoints: list version "
                + Office365Endpoints.active().version() + ".\n\n"
                + "Built with OpenJFX (GPL v2 with the Classpath Exception), ControlsFX (BSD 3-Clause), AtlantaFX (MIT),"
                + " Jackson, Apache PDFBox and picocli (Apache License 2.0). Bundled font: NanumGothic"
                + " (© NAVER Corp., SIL Open Font License 1.1).");
        text.setId("about-text");
        text.setWrapText(true);
        text.setMaxWidth(700);
        return text;
    }

    private static TableView<String[]> table(List<String[]> rows, String... titles) {
        TableView<String[]> table = new TableView<>();
        for (int i = 0; i < titles.length; i++) {
            int column = i;
            TableColumn<String[], String> c = new TableColumn<>(titles[i]);
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[column]));
            c.setPrefWidth(i == 0 && titles.length > 2 ? 50 : 700.0 / titles.length);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows);
        table.setPrefHeight(Math.min(420, 30 + rows.size() * 26));
        return table;
    }
}
