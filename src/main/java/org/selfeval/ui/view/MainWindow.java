package org.selfeval.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.i18n.Messages;
import org.selfeval.ui.vm.DialogService;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.EditorCommand;
import org.selfeval.ui.vm.EditorCommands;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.selfeval.ui.vm.WorkbookActions;

/**
 * The main window (MainWindow.fxml): menus and tool bar made from the command actions, the form, the problems
 * panel, and the status bar with the summary. It shows the {@link DocumentSession}'s form and binds what the
 * current form's view models say; what the commands do is {@link WindowCommands}'.
 */
public final class MainWindow {

    private final Stage stage;
    private final DocumentSession session;
    private final Messages messages;
    private final WorkbookActions workbooks;
    private final WindowServices services;
    private final FormLook look;
    private final WindowCommands commands;
    private CommandActions actions;
    private StatusArea statusArea;
    private FormView formView;
    /** The table the keyboard was last in: what the Edit menu's row commands act on. */
    private final ObjectProperty<IndicatorTableView> activeTable = new SimpleObjectProperty<>();
    /** The view model of that table, whose state enables the Edit menu's row commands. */
    private ObservableValue<IndicatorTableViewModel> rowActionState;

    @FXML private BorderPane root;
    @FXML private VBox top;
    @FXML private NotificationPane notices;
    @FXML private ScrollPane formScroll;
    @FXML private ListView<Problem> problemList;
    @FXML private StatusBar status;
    @FXML private Label summaryRate;
    @FXML private Label summaryExecutionScore;
    @FXML private Label summaryTotal;
    @FXML private Label summaryGrade;
    @FXML private Label summaryWeights;
    @FXML private Label summaryProblems;
    @FXML private Label summaryEdition;
    private FormViewModel shown;
    /** The window was asked to close while a file was being written: it closes when that is done. */
    private boolean waitingToClose;
    /** Rebuilds the form's view when its rules change (labels, captions, tables come from them). */
    private final javafx.beans.value.ChangeListener<Object> rulesChanged = (obs, before, after) ->
            showDocument(shown);

    /** @param workbooks the File menu's Excel, PDF and report commands of this session */
    public MainWindow(Stage stage, DocumentSession session, WorkbookActions workbooks, DialogService dialogs,
                      WindowServices services) {
        this.stage = stage;
        this.session = session;
        this.messages = session.messages();
        this.workbooks = workbooks;
        this.services = services;
        this.look = services.look();
        this.commands = new WindowCommands(stage, session, workbooks, dialogs, services, this::commitPendingEdit);
        Fxml.load(this, "MainWindow", messages);
    }

    @FXML
    private void initialize() {
        problemList.setId("problemList");
        EditorCommands states = new EditorCommands(session, workbooks);
        states.onlyWhile(EditorCommand.ZOOM_IN, look.zoomProperty().lessThan(FormLook.MAX_ZOOM));
        states.onlyWhile(EditorCommand.ZOOM_OUT, look.zoomProperty().greaterThan(FormLook.MIN_ZOOM));
        actions = new CommandActions(messages, states, commands.handlers());
        Menu recent = new Menu(messages.get("editor.menu.recent"));
        RecentMenu.install(recent, session, this::commitPendingEdit);
        WindowMenus menus = new WindowMenus(messages, actions);
        top.getChildren().setAll(menus.menuBar(recent, rowMenuItems(), look,
                "en".equals(messages.bundle().getLocale().getLanguage())), menus.toolBar());
        look.installWheel(formScroll);
        statusArea = new StatusArea(status, notices, Bindings.createStringBinding(() ->
                session.isBusy() ? session.busyProperty().get() : workbooks.busyProperty().get(),
                session.busyProperty(), workbooks.busyProperty()));
        session.noticeProperty().addListener((obs, before, after) -> statusArea.notice(after));
        problemList.setCellFactory(list -> new ProblemCell(() -> session.document().problems()));
        problemList.setOnMouseClicked(e -> revealSelectedProblem());
        problemList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                revealSelectedProblem();
            }
        });
        session.documentProperty().addListener((obs, before, after) -> showDocument(after));
        showDocument(session.document());
    }

    /**
     * Puts the window on the stage: title, size, close question, drag and drop. A stage that shows a window already
     * (in another language) keeps its size.
     */
    public void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene before = stage.getScene();
        // A laptop screen (1366×768) gets the whole screen; larger ones a comfortable window.
        Scene scene = before != null ? new Scene(root, before.getWidth(), before.getHeight())
                : new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/selfeval/ui/editor.css").toExternalForm());
        if (services.styleSheet() != null) {
            scene.getStylesheets().add(services.styleSheet());
        }
        scene.focusOwnerProperty().addListener((obs, was, now) -> trackActiveTable(now));
        // Redo has a second key, the one Linux and macOS programs use; a menu item holds only one.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> actions.run(EditorCommand.REDO));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty() && !session.isBusy()) {
                commitPendingEdit();
                session.open(files.get(0).toPath());
            }
        });
        stage.titleProperty().bind(session.titleBinding());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed by exit() once unsaved work is saved or given up
            commitPendingEdit();
            if (!waitingToClose) {
                waitingToClose = session.isBusy();
                session.whenIdle(() -> { // a file being written is finished first
                    waitingToClose = false;
                    commands.exit();
                });
            }
        });
        if (before == null && (screen.getWidth() <= 1400 || screen.getHeight() <= 800)) {
            stage.setMaximized(true);
        }
        stage.show();
    }

    public Parent root() {
        return root;
    }

    private void showDocument(FormViewModel doc) {
        if (shown != doc) {
            if (shown != null) {
                shown.form().rulesProperty().removeListener(rulesChanged);
            }
            doc.form().rulesProperty().addListener(rulesChanged);
            shown = doc;
        }
        formView = new FormView(doc, statusArea::refusal, look);
        activeTable.set(null);
        formScroll.setContent(formView.root());
        formScroll.setVvalue(0);
        statusArea.follow(doc.stack());
        summaryRate.textProperty().bind(doc.summary().executionRate());
        summaryExecutionScore.textProperty().bind(doc.summary().executionScore());
        summaryTotal.textProperty().bind(doc.summary().total());
        summaryGrade.textProperty().bind(doc.summary().grade());
        summaryEdition.textProperty().bind(doc.summary().edition());
        summaryWeights.textProperty().bind(doc.summary().weightTotal());
        summaryProblems.textProperty().bind(doc.summary().problemCount());
        var weightsOk = doc.summary().weightsOk();
        weightsOk.addListener((obs, was, ok) -> markWeights(ok));
        markWeights(weightsOk.get());
        summaryWeights.setUserData(weightsOk); // keeps the binding alive as long as the label shows it
        problemList.setItems(doc.problems().problems());
    }

    private void markWeights(boolean ok) {
        summaryWeights.getStyleClass().remove("summary-bad");
        if (!ok) {
            summaryWeights.getStyleClass().add("summary-bad");
        }
    }

    /** Ends typing in a field or cell so that it is committed before the form is saved, undone or closed. */
    public void commitPendingEdit() {
        Fields.commitTyping(root);
    }

    private void trackActiveTable(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> t && formView != null) {
                formView.tables().stream().filter(v -> v.table() == t).findFirst().ifPresent(activeTable::set);
                return;
            }
        }
    }

    /** Opens the window of 检查文件夹… on a folder and checks it (tests call it directly). */
    public FolderCheckWindow checkFolder(Path folder) {
        return commands.checkFolder(folder);
    }

    /** The File menu's Excel, PDF and report actions (for tests). */
    public WorkbookActions workbooks() {
        return workbooks;
    }

    /** The table the row commands act on: the one last used, else the first. */
    private IndicatorTableView currentTable() {
        if (activeTable.get() == null && formView != null && !formView.tables().isEmpty()) {
            activeTable.set(formView.tables().get(0));
        }
        return activeTable.get();
    }

    private List<javafx.scene.control.MenuItem> rowMenuItems() {
        // Held by a field: a binding is only weakly held by what it observes, and would stop following them.
        rowActionState = Bindings.createObjectBinding(() -> {
            if (activeTable.get() != null) {
                return activeTable.get().viewModel();
            }
            List<IndicatorTableViewModel> tables = session.document().tables(); // not built yet: their models
            return tables.isEmpty() ? null : tables.get(0);
        }, activeTable, session.documentProperty());
        return new RowActions(messages, this::currentTable, rowActionState, true).menuItems();
    }

    private void revealSelectedProblem() {
        Problem problem = problemList.getSelectionModel().getSelectedItem();
        if (problem != null) {
            reveal(problem.location());
        }
    }

    /** Selects the field or cell where a problem is and scrolls it into view. */
    public void reveal(Location location) {
        formView.reveal(location, formScroll).ifPresent(activeTable::set);
    }
}
