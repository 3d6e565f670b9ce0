package org.selfeval.ui;

import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.i18n.Messages;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.view.MainWindow;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.MemorySettings;
import org.testfx.api.FxRobot;

/** The editor's window with a new form, for tests that drive it: no files, no settings, no recovery journal. */
final class TestEditor {

    private TestEditor() {
    }

    /** Shows the window on the stage; call from a TestFX {@code @Start} method. */
    static DocumentSession show(Stage stage) {
        return show(stage, new TestDialogs(Messages.chinese()));
    }

    /** Shows the window with dialogs that answer as the test has scripted them. */
    static DocumentSession show(Stage stage, TestDialogs dialogs) {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        Messages messages = Messages.chinese();
        DocumentSession session = new DocumentSession(catalog, messages, dialogs, new MemorySettings(),
                Platform::runLater);
        MainWindow window = new MainWindow(stage, session, messages, dialogs, new MemorySettings(), uri -> false,
                () -> new XlsxWorkbookFiles(catalog, messages));
        window.show(FontChooser.pick(Font.getFamilies()).map(FontChooser::styleSheet).orElse(null));
        return session;
    }

    /** The indicator table of the window at its place in the edition's order ({@code #table-0} …). */
    @SuppressWarnings("unchecked")
    static TableView<IndicatorRow> table(FxRobot robot, int index) {
        return robot.lookup("#table-" + index).queryAs(TableView.class);
    }

    /** A table's column that shows one of the form's columns. */
    @SuppressWarnings("unchecked")
    static TableColumn<IndicatorRow, ?> column(TableView<IndicatorRow> table, IndicatorColumn column) {
        return table.getVisibleLeafColumns().stream().filter(c -> ("column-" + column.name()).equals(c.getId()))
                .findFirst().orElseThrow();
    }

    /** Selects one cell and gives its table the keyboard, as a click on it would. */
    static void selectCell(FxRobot robot, TableView<IndicatorRow> table, int row, TableColumn<IndicatorRow, ?> column) {
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
            table.requestFocus();
        });
    }
}
