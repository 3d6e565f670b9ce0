package org.selfeval.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.selfeval.check.Location;
import org.selfeval.check.Problem;
import org.selfeval.folder.FolderCheck;
import org.selfeval.i18n.Messages;
import org.selfeval.print.FormPrinter;
import org.selfeval.print.PrintPreview;
import org.selfeval.ui.DeliverableFiles;
import org.selfeval.ui.DesktopLinks;
import org.selfeval.ui.FxBackground;
import org.selfeval.ui.FxDialogService;
import org.selfeval.ui.vm.Deliverables;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.FolderCheckViewModel;
import org.selfeval.ui.vm.FormViewModel;
import org.selfeval.ui.vm.IndicatorTableViewModel;
import org.selfeval.ui.vm.NextYearAction;
import org.selfeval.ui.vm.Settings;
import org.selfeval.ui.vm.WorkbookActions;
import org.selfeval.ui.vm.WorkbookFiles;

/**
 * The main window (MainWindow.fxml): menus, toolbar, the form, the problems panel and the summary bar. It
 * forwards actions to the {@link DocumentSession} and the current form's view models and binds what they show.
 */
public final class MainWindow {

    private final Stage stage;
    private final DocumentSession session;
    private final Messages messages;
    private final FxDialogService dialogs;
    private final Settings settings;
    private final DesktopLinks links;
    private final WorkbookActions workbooks;
    private final FormLook look = new FormLook();
    /** The editor's style sheet (fonts chosen at start-up), for the windows it opens. */
    private String styleSheet;
    private FormView formView;
    /** The table the keyboard was last in: what the Edit menu's row commands act on. */
    private final ObjectProperty<IndicatorTableView> activeTable = new SimpleObjectProperty<>();
    /** The view model of that table, whose state enables the Edit menu's row commands. */
    private ObservableValue<IndicatorTableViewModel> rowActionState;
    /** The refusal the status line shows, if it still shows one. */
    private String refusal;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private Menu editMenu;
    @FXML private Menu recentMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem openFolderItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem pdfItem;
    @FXML private MenuItem reportItem;
    @FXML private HBox busyBox;
    /** Made when the progress line first shows: a hidden indicator's skin and animation would cost start-up. */
    private ProgressIndicator busyIndicator;
    @FXML private Label busyText;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private ScrollPane formScroll;
    @FXML private ListView<Problem> problemList;
    @FXML private Label summaryRate;
    @FXML private Label summaryExecutionScore;
    @FXML private Label summaryTotal;
    @FXML private Label summaryGrade;
    @FXML private Label summaryWeights;
    @FXML private Label summaryProblems;
    @FXML private Label status;
    @FXML private Label summaryEdition;
    private FormViewModel shown;
    /** Rebuilds the form's view when its rules change (labels, captions, tables come from them). */
    private final javafx.beans.value.ChangeListener<Object> rulesChanged = (obs, before, after) ->
            showDocument(shown);

    /** @param workbookFiles makes the Excel code on first use (it loads Apache POI, about a second) */
    public MainWindow(Stage stage, DocumentSession session, Messages messages, FxDialogService dialogs,
                      Settings settings, DesktopLinks links, Supplier<WorkbookFiles> workbookFiles) {
        this.stage = stage;
        this.session = session;
        this.messages = messages;
        this.dialogs = dialogs;
        this.settings = settings;
        this.links = links;
        this.workbooks = new WorkbookActions(session, workbookFiles, DeliverableFiles::new, messages, dialogs,
                new FxBackground(), links::open);
        Fxml.load(this, "MainWindow", messages);
    }

    @FXML
    private void initialize() {
        problemList.setId("problemList");
        menuBar.getMenus().add(2, look.menu(messages));
        addRowActions();
        look.installWheel(formScroll);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        busyText.textProperty().bind(workbooks.busyProperty());
        busyBox.managedProperty().bind(workbooks.busyProperty().isNotEmpty());
        busyBox.visibleProperty().bind(busyBox.managedProperty());
        busyBox.managedProperty().addListener((obs, was, busy) -> {
            if (busy && busyIndicator == null) {
                busyIndicator = new ProgressIndicator();
                busyIndicator.setPrefSize(16, 16);
                busyIndicator.visibleProperty().bind(busyBox.managedProperty()); // no animation while hidden
                busyBox.getChildren().add(0, busyIndicator);
            }
        });
        exportItem.disableProperty().bind(busyBox.managedProperty());
        importItem.disableProperty().bind(busyBox.managedProperty());
        pdfItem.disableProperty().bind(busyBox.managedProperty());
        reportItem.disableProperty().bind(busyBox.managedProperty());
        session.noticeProperty().addListener((obs, before, after) -> status.setText(after));
        problemList.setCellFactory(list -> new ProblemCell(() -> session.document().problems()));
        problemList.setOnMouseClicked(e -> revealSelectedProblem());
        problemList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                revealSelectedProblem();
            }
        });
        session.documentProperty().addListener((obs, before, after) -> showDocument(after));
        RecentMenu.install(recentMenu, session, this::commitPendingEdit);
        openFolderItem.disableProperty().bind(session.fileProperty().isNull());
        boolean english = "en".equals(messages.bundle().getLocale().getLanguage());
        (english ? englishItem : chineseItem).setSelected(true);
        showDocument(session.document());
    }

    /** Puts the window on the stage: title, size, close question, drag and drop. */
    public void show(String styleSheet) {
        this.styleSheet = styleSheet;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A laptop screen (1366×768) gets the whole screen; larger ones a comfortable window.
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/selfeval/ui/editor.css").toExternalForm());
        if (styleSheet != null) {
            scene.getStylesheets().add(styleSheet);
        }
        scene.focusOwnerProperty().addListener((obs, before, after) -> trackActiveTable(after));
        // Redo has a second key, the one Linux and macOS programs use; a menu item holds only one.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::redo);
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
            if (!files.isEmpty()) {
                commitPendingEdit();
                session.open(files.get(0).toPath());
            }
        });
        stage.titleProperty().bind(session.titleBinding());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            commitPendingEdit();
            if (session.confirmDiscard()) {
                session.close();
            } else {
                e.consume();
            }
        });
        dialogs.setOwner(stage);
        if (screen.getWidth() <= 1400 || screen.getHeight() <= 800) {
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
        formView = new FormView(doc, this::showRefusal, look);
        activeTable.set(null);
        formScroll.setContent(formView.root());
        formScroll.setVvalue(0);
        status.setText("");
        undoItem.disableProperty().bind(doc.stack().canUndoProperty().not());
        redoItem.disableProperty().bind(doc.stack().canRedoProperty().not());
        undoButton.disableProperty().bind(doc.stack().canUndoProperty().not());
        redoButton.disableProperty().bind(doc.stack().canRedoProperty().not());
        summaryRate.textProperty().bind(doc.summary().executionRate());
        summaryExecutionScore.textProperty().bind(doc.summary().executionScore());
        summaryTotal.textProperty().bind(doc.summary().total());
        summaryGrade.textProperty().bind(doc.summary().grade());
        summaryEdition.textProperty().bind(doc.summary().edition());
        summaryWeights.textProperty().bind(doc.summary().weightTotal());
        summaryProblems.textProperty().bind(doc.summary().problemCount());
        var weightsOk = doc.summary().weightsOk();
        summaryWeights.getStyleClass().remove(Fields.ERROR_CLASS);
        weightsOk.addListener((obs, was, ok) -> markWeights(ok));
        markWeights(weightsOk.get());
        summaryWeights.setUserData(weightsOk); // keeps the binding alive as long as the label shows it
        problemList.setItems(doc.problems().problems());
    }

    /**
     * What the form's fields and cells say about an entry: why it was refused, or "" once one is accepted, which
     * takes that refusal away. Other notices on the line (an autosave that failed) are not the entries' to clear.
     */
    private void showRefusal(String text) {
        if (!text.isEmpty()) {
            refusal = text;
            status.setText(text);
        } else if (refusal != null && refusal.equals(status.getText())) {
            refusal = null;
            status.setText("");
        }
    }

    private void markWeights(boolean ok) {
        summaryWeights.getStyleClass().remove("summary-bad");
        if (!ok) {
            summaryWeights.getStyleClass().add("summary-bad");
        }
    }

    /** Ends typing in a field or cell so that it is committed before the form is saved, undone or closed. */
    private void commitPendingEdit() {
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

    // ---- files ---------------------------------------------------------------------------------------

    @FXML
    private void newForm() {
        commitPendingEdit();
        session.newForm();
    }

    @FXML
    private void nextYear() {
        commitPendingEdit();
        new NextYearAction(session, messages, dialogs).run();
    }

    @FXML
    private void checkFolder() {
        commitPendingEdit();
        dialogs.chooseFolder(session.folder()).ifPresent(this::checkFolder);
    }

    /** Opens the window of 检查文件夹… on a folder and checks it (the menu, after asking; tests, directly). */
    public FolderCheckWindow checkFolder(Path folder) {
        FolderCheckViewModel check = new FolderCheckViewModel(() -> new FolderCheck(session.catalog(), messages),
                messages, dialogs, new FxBackground(), Platform::runLater);
        FolderCheckWindow window = new FolderCheckWindow(stage, check, messages, file -> {
            commitPendingEdit();
            stage.toFront();
            workbooks.openChecked(file);
        }, styleSheet);
        window.show(folder);
        return window;
    }

    @FXML
    private void open() {
        commitPendingEdit();
        session.open();
    }

    @FXML
    private void save() {
        commitPendingEdit();
        session.save();
    }

    @FXML
    private void saveAs() {
        commitPendingEdit();
        session.saveAs();
    }

    @FXML
    private void openFolder() {
        Path file = session.fileProperty().get();
        if (file != null && file.getParent() != null && !links.open(file.getParent().toUri())) {
            dialogs.showError(messages.get("editor.error.openFolder", file.getParent().toString()));
        }
    }

    @FXML
    private void exit() {
        commitPendingEdit();
        if (session.confirmDiscard()) {
            session.close();
            stage.close();
        }
    }

    /** The File menu's Excel, PDF and report actions (for tests). */
    public WorkbookActions workbooks() {
        return workbooks;
    }

    @FXML
    private void exportWorkbook() {
        commitPendingEdit();
        workbooks.exportWorkbook();
    }

    @FXML
    private void importWorkbook() {
        commitPendingEdit();
        workbooks.importWorkbook();
    }

    @FXML
    private void editRules() {
        commitPendingEdit();
        session.editRules();
    }

    @FXML
    private void exportPdf() {
        commitPendingEdit();
        workbooks.write(Deliverables.Kind.PDF);
    }

    @FXML
    private void writeReport() {
        commitPendingEdit();
        workbooks.write(Deliverables.Kind.REPORT);
    }

    @FXML
    private void printPreview() {
        commitPendingEdit();
        PrintPreview.show(stage, session.document().form(), messages);
    }

    @FXML
    private void print() {
        commitPendingEdit();
        new FormPrinter(messages).print(stage, session.document().form());
    }

    // ---- edit ----------------------------------------------------------------------------------------

    @FXML
    private void undo() {
        commitPendingEdit();
        session.document().stack().undo();
    }

    @FXML
    private void redo() {
        commitPendingEdit();
        session.document().stack().redo();
    }

    /** The table the row commands act on: the one last used, else the first. */
    private IndicatorTableView currentTable() {
        if (activeTable.get() == null && formView != null && !formView.tables().isEmpty()) {
            activeTable.set(formView.tables().get(0));
        }
        return activeTable.get();
    }

    private void addRowActions() {
        // Held by a field: a binding is only weakly held by what it observes, and would stop following them.
        rowActionState = Bindings.createObjectBinding(() -> {
            if (activeTable.get() != null) {
                return activeTable.get().viewModel();
            }
            List<IndicatorTableViewModel> tables = session.document().tables(); // not built yet: their models
            return tables.isEmpty() ? null : tables.get(0);
        }, activeTable, session.documentProperty());
        editMenu.getItems().addAll(new RowActions(messages, this::currentTable, rowActionState, true).menuItems());
    }

    // ---- language and help -----------------------------------------------------------------------------

    @FXML
    private void chooseChinese() {
        chooseLanguage("zh");
    }

    @FXML
    private void chooseEnglish() {
        chooseLanguage("en");
    }

    private void chooseLanguage(String tag) {
        settings.setLanguage(tag);
        dialogs.showInfo(messages.get("editor.language.restart"));
    }

    @FXML
    private void showHelp() {
        new HelpDialog(messages, stage).show();
    }

    // ---- problems --------------------------------------------------------------------------------------

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
