package org.portolan.ui.inspector;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The inspector's building blocks, alike in every form. */
final class Forms {

    private Forms() {
    }

    /**
     * A field that commits on Enter or when it loses focus, and only when {@code valid} accepts the text and
     * it differs from what the model holds now ({@code committed}).
     */
    static TextField text(String value, String id, Predicate<String> valid, Supplier<String> committed,
                          Consumer<String> commit) {
        TextField field = new TextField(value);
        field.setId(id);
        committed(field, committed);
        Runnable apply = () -> {
            String v = field.getText();
            // A field removed by a rebuild (after an undo, say) loses focus too: that must not commit.
            if (field.getScene() != null && !v.equals(committed.get()) && valid.test(v)) {
                commit.accept(v);
            }
        };
        field.textProperty().addListener((obs, old, v) -> field.setStyle(valid.test(v) ? "" : Forms.INVALID));
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                apply.run();
            }
        });
        return field;
    }

    /**
     * Shows {@code now} in a field that showed {@code was}; a field whose text differs from what it showed is
     * being typed into, and keeps the typing.
     */
    static void follow(javafx.scene.control.TextInputControl field, String was, String now) {
        if (field.getText().equals(was) && !was.equals(now)) {
            field.setText(now);
        }
    }

    /** Key of a field's property holding what the model holds for it now. */
    private static final String COMMITTED = "portolan.inspector.committed";

    /** Records what the model holds for {@code field} now, for {@link #typing}. */
    static void committed(javafx.scene.control.TextInputControl field, Supplier<String> committed) {
        field.getProperties().put(COMMITTED, committed);
    }

    /**
     * True when {@code field} holds text not yet committed to the model: Undo then belongs to the field. A
     * field whose text is the model's hands Undo to the diagram, or Ctrl+Z after renaming a node would take
     * the field back to the old name while the diagram kept the new one.
     */
    static boolean typing(javafx.scene.control.TextInputControl field) {
        Object committed = field.getProperties().get(COMMITTED);
        return !(committed instanceof Supplier<?> s) || !field.getText().equals(s.get());
    }

    /** The style of a field whose text cannot be kept. */
    /**
     * A red line under a field saying why its text cannot be kept ({@code reason} gives null when it can), so that
     * a red border never stands alone.
     */
    static Label problem(javafx.scene.control.TextInputControl field, java.util.function.Function<String, String> reason,
                         String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setStyle("-fx-text-fill: #dc2626; -fx-font-size: 11px;");
        Runnable update = () -> {
            String why = reason.apply(field.getText());
            label.setText(why == null ? "" : why);
            label.setManaged(why != null);
            label.setVisible(why != null);
        };
        field.textProperty().addListener((obs, old, v) -> update.run());
        update.run();
        return label;
    }

    /** Tab leaves a text area for the next field, as in every other field; Ctrl+Tab still types a tab. */
    static void tabMovesOn(javafx.scene.control.TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                        e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(),
                        e.isMetaDown()));
            }
        });
    }

    static final String INVALID = "-fx-border-color: #dc2626; -fx-border-radius: 4;";

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        l.setWrapText(true);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #64748b; -fx-font-size: 11px;");
        return l;
    }
}
