package org.selfeval.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.selfeval.check.IndicatorColumn;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.DesktopLinks;
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
        return root(stage, dialogs, uri -> false, Background.immediate()).session();
    }

    /**
     * Builds the editor as the application does, through its composition root, and shows it: no settings file, no
     * recovery journal, the scripted dialogs (in whatever language the window speaks).
     *
     * @param links      what opening a folder on the desktop does
     * @param fileWork   where form files are read and written: at once ({@link Background#immediate()}) for tests
     *                   that look at the window right after Open or Save, else in the background as in the program
     */
    static EditorRoot root(Stage stage, TestDialogs dialogs, DesktopLinks links, Background fileWork) {
        return root(stage, dialogs, links, fileWork, Locale.SIMPLIFIED_CHINESE);
    }

    /** The editor in a language ({@link Locale#ENGLISH} or Chinese); JavaFX's own texts follow it too. */
    static EditorRoot root(Stage stage, TestDialogs dialogs, DesktopLinks links, Background fileWork, Locale locale) {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        EditorRoot root = new EditorRoot(stage, new EditorRoot.Inputs(new MemorySettings(), catalog, new FormFiles(),
                null, links, new FxBackground(), Platform::runLater, messages -> dialogs,
                messages -> new XlsxWorkbookFiles(catalog, messages), DeliverableFiles::new,
                FontChooser.pick(Font.getFamilies()).map(FontChooser::styleSheet).orElse(null)),
                fileWork, locale, null);
        root.show();
        return root;
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
