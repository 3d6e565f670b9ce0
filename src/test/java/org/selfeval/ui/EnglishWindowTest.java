package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FundsColumn;
import org.selfeval.model.FundsLine;
import org.selfeval.ui.view.FormView;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.Forms;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in English says nothing in Chinese but the officer's own data (what is typed into fields and cells),
 * and its problems use the words its labels show.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishWindowTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    /**
     * The cells that show what the officer typed (or pasted, or imported). Not 二级指标: the form's own 二级 names
     * are official texts, shown in English.
     */
    private static final Set<String> DATA_COLUMNS = Set.of("column-" + IndicatorColumn.NAME, "column-" + IndicatorColumn.TARGET, "column-" + IndicatorColumn.ACTUAL,
            "column-" + IndicatorColumn.REASON);
    /** In a language menu each language is named in its own words, so that a reader of either finds it. */
    private static final String OWN_NAME_OF_CHINESE = "chineseItem";

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private EditorRoot root;
    private DocumentSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = TestEditor.root(stage, new TestDialogs(english), uri -> false, Background.immediate(),
                Locale.ENGLISH);
        session = root.session();
    }

    private void openTheReferenceForm(FxRobot robot) throws Exception {
        robot.interact(() -> assertTrue(session.open(Forms.reference(2021))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#table-2").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the debounced checks run one pulse later
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noChineseIsLeftButTheOfficersOwnData(FxRobot robot) throws Exception {
        openTheReferenceForm(robot);
        List<String> chinese = new ArrayList<>();
        robot.interact(() -> {
            say(chinese, "window title", stage.getTitle());
            walk(stage.getScene().getRoot(), chinese);
        });
        assertEquals(List.of(), chinese);
    }

    @Test
    void switchedToChineseAndBackNoChineseIsLeftEither(FxRobot robot) throws Exception {
        openTheReferenceForm(robot);
        robot.interact(() -> root.switchLanguage("zh"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#table-2").tryQuery().isPresent());
        List<String> chinese = new ArrayList<>();
        robot.interact(() -> walk(stage.getScene().getRoot(), chinese));
        assertTrue(chinese.stream().anyMatch(t -> t.contains("产出指标")), "in Chinese the tables say 产出指标");

        robot.interact(() -> root.switchLanguage("en"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#table-2").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        chinese.clear();
        robot.interact(() -> walk(stage.getScene().getRoot(), chinese));
        assertEquals(List.of(), chinese);
    }

    @Test
    void everyColumnHeaderReadsInFullInAWindowOf1024By768(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        openTheReferenceForm(robot);
        TableView<?> output = robot.lookup("#table-0").queryAs(TableView.class);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            output.applyCss();
            output.layout();
            for (Node header : output.lookupAll(".column-header .label")) {
                if (header instanceof Labeled label && !label.getText().isEmpty()) {
                    // What the header draws: the label's text, or an ellipsis-cut copy of it when too narrow.
                    Node drawn = label.lookup(".text");
                    String shown = drawn instanceof javafx.scene.text.Text text ? text.getText() : label.getText();
                    if (!shown.equals(label.getText())) {
                        cut.add(label.getText() + " → " + shown);
                    }
                }
            }
        });
        assertEquals(List.of(), cut, "headers cut at 1024×768");
    }

    @Test
    void problemsUseTheWordsOfTheLabelsTheyPointAt(FxRobot robot) throws Exception {
        openTheReferenceForm(robot);
        // The 2021 form's 年初预算数 of the total (380) is not the sum of its rows (351.59): a warning there.
        Location total = new Location.Funds(FundsLine.TOTAL, FundsColumn.INITIAL_BUDGET);
        Problem problem = session.document().problems().problems().stream().filter(p -> p.location().equals(total))
                .findFirst().orElseThrow();
        String line = session.document().problems().describe(problem);
        Node budget = robot.lookup("#" + FormView.fundsId(FundsLine.TOTAL, FundsColumn.INITIAL_BUDGET)).query();
        GridPane funds = (GridPane) budget.getParent();
        String rowLabel = labelAt(funds, 0, GridPane.getRowIndex(budget));
        String columnLabel = labelAt(funds, GridPane.getColumnIndex(budget), 0);
        assertFalse(CJK.matcher(rowLabel).find(), rowLabel);
        assertTrue(line.contains(rowLabel) && line.contains(columnLabel),
                "“" + line + "” names the row “" + rowLabel + "” and the column “" + columnLabel + "”");

        // An indicator cell's problem names its column as the table's header does (第3行指标·得分).
        TableView<?> output = robot.lookup("#table-0").queryAs(TableView.class);
        int headers = 0;
        for (IndicatorColumn column : IndicatorColumn.values()) {
            for (TableColumn<?, ?> shown : output.getColumns()) {
                if (("column-" + column).equals(shown.getId())) {
                    assertEquals(shown.getText(), english.get(column.messageKey()), column.name());
                    headers++;
                }
            }
        }
        assertEquals(IndicatorColumn.values().length - 1, headers, "every column but 一级指标 is in the table");
    }

    private static String labelAt(GridPane grid, int column, int row) {
        return grid.getChildren().stream().filter(n -> n instanceof Labeled
                        && GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == column
                        && GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == row)
                .map(n -> ((Labeled) n).getText()).findFirst().orElseThrow();
    }

    private static void say(List<String> chinese, String where, String text) {
        if (text != null && CJK.matcher(text).find()) {
            chinese.add(where + ": " + text);
        }
    }

    private static void walk(Node node, List<String> chinese) {
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && DATA_COLUMNS.contains(cell.getTableColumn().getId())) {
            return; // the officer's own text
        }
        if (node instanceof Labeled labeled) {
            say(chinese, where, labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            say(chinese, where + " prompt", input.getPromptText()); // its text is the officer's
        }
        if (node instanceof Control control) {
            tooltip(chinese, where, control.getTooltip());
            menu(chinese, where + " context menu", control.getContextMenu());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(chinese, where, c));
        }
        if (node instanceof TitledPane pane) {
            say(chinese, where, pane.getText());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                say(chinese, where + " tab", tab.getText());
                tooltip(chinese, where + " tab", tab.getTooltip());
                if (tab.getContent() != null) {
                    walk(tab.getContent(), chinese);
                }
            }
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> item(chinese, where, m));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, chinese));
        }
    }

    private static void column(List<String> chinese, String where, TableColumn<?, ?> column) {
        say(chinese, where + " header " + column.getId(), column.getText());
        column.getColumns().forEach(c -> column(chinese, where, c));
    }

    private static void tooltip(List<String> chinese, String where, Tooltip tip) {
        if (tip != null) {
            say(chinese, where + " tooltip", tip.getText());
        }
    }

    private static void menu(List<String> chinese, String where, ContextMenu menu) {
        if (menu != null) {
            menu.getItems().forEach(i -> item(chinese, where, i));
        }
    }

    private static void item(List<String> chinese, String where, MenuItem item) {
        if (!OWN_NAME_OF_CHINESE.equals(item.getId())) {
            say(chinese, where + " menu item", item.getText());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> item(chinese, where, i));
        }
    }
}
