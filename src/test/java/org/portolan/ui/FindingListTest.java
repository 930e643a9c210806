package org.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portolan.rules.Finding;
import org.portolan.samples.Sample;
import org.portolan.ui.document.DiagramDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The findings list, read as a firewall team reads it: every sentence whole, at the smallest window. */
@ExtendWith(ApplicationExtension.class)
class FindingListTest {

    DiagramDocument document;

    @Start
    void start(Stage stage) {
        document = OpenWindow.on(stage, Sample.EDGE_PERIMETER.load(), 1366, 768).document();
    }

    @Test
    void aLongFindingIsShownWholeOnWrappedLinesNotCutOff(FxRobot robot) {
        robot.clickOn("#tab-findings");
        var internal = OpenWindow.zoneArea(document, "internal");
        OpenWindow.move(robot, document, "edge01", internal.x() + 40, internal.maxY() - 100);

        ListView<Finding> list = robot.lookup("#findings").queryListView();
        List<ListCell<?>> rows = robot.lookup("#findings .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getItem() != null).toList();
        assertThat(rows).hasSize(list.getItems().size()).isNotEmpty();
        for (ListCell<?> row : rows) {
            Finding f = (Finding) row.getItem();
            List<Text> texts = robot.from(row).lookup((Node n) -> n instanceof Text t && t.isVisible()).queryAllAs(Text.class)
                    .stream().toList();
            String shown = String.join(" ", texts.stream().map(Text::getText).toList());
            assertThat(shown).as("%s shows its whole sentence", f.id()).contains(f.message()).doesNotContain("…");
            Bounds cell = row.localToScene(row.getLayoutBounds());
            for (Text t : texts) {
                Bounds b = t.localToScene(t.getLayoutBounds());
                assertThat(b.getMaxX()).as("%s: text inside the row", f.id()).isLessThanOrEqualTo(cell.getMaxX() + 0.5);
                assertThat(b.getMaxY()).as("%s: no line hidden below the row", f.id()).isLessThanOrEqualTo(cell.getMaxY() + 0.5);
            }
        }
        ListCell<?> f3 = rows.stream().filter(c -> ((Finding) c.getItem()).id().name().equals("F3")).findFirst().orElseThrow();
        Text sentence = robot.from(f3).lookup((Node n) -> n instanceof Text t && t.getText().equals(((Finding) f3.getItem()).message()))
                .queryAs(Text.class);
        Text oneLine = new Text("F3");
        oneLine.setFont(sentence.getFont());
        assertThat(sentence.getLayoutBounds().getHeight())
                .as("the F3 sentence is longer than the list is wide: it wraps onto a second line")
                .isGreaterThan(1.8 * oneLine.getLayoutBounds().getHeight());
    }
}
