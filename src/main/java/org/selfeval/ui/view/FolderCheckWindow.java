package org.selfeval.ui.view;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.selfeval.folder.FormReport;
import org.selfeval.i18n.Messages;
import org.selfeval.ui.vm.FolderCheckViewModel;

/**
 * The window of 检查文件夹…: the progress, then one row per file (file, project, unit, 执行率, total, grade, errors,
 * warnings, why it cannot be read); a double click or Enter opens the row's form in the main window.
 */
public final class FolderCheckWindow {

    /** Node ids, for tests. */
    public static final String TABLE_ID = "folderCheckTable";
    public static final String STATUS_ID = "folderCheckStatus";
    public static final String SAVE_ID = "folderCheckSave";

    private final Stage stage = new Stage();
    private final FolderCheckViewModel model;
    private final TableView<FormReport> table = new TableView<>();
    private final Messages messages;

    /**
     * @param open opens a row's file in the main window (a form file, or a workbook as an import)
     */
    public FolderCheckWindow(Window owner, FolderCheckViewModel model, Messages messages, Consumer<Path> open,
                             String styleSheet) {
        this.model = model;
        this.messages = messages;
        table.setId(TABLE_ID);
        table.setItems(model.reports());
        table.setPlaceholder(new Label(""));
        table.getColumns().add(column(messages.get("summary.col.file"), FormReport::name, 180));
        table.getColumns().add(column(messages.get("summary.col.project"), FormReport::project, 240));
        table.getColumns().add(column(messages.get("summary.col.unit"), FormReport::unit, 180));
        table.getColumns().add(figure(messages.get("summary.col.rate"), FormReport::rate));
        table.getColumns().add(figure(messages.get("summary.col.total"), FormReport::total));
        table.getColumns().add(column(messages.get("summary.col.grade"),
                r -> r.grade() == null ? "" : messages.get("editor.grade." + r.grade().name()), 50));
        table.getColumns().add(count(messages.get("summary.col.errors"), FormReport::errors));
        table.getColumns().add(count(messages.get("summary.col.warnings"), FormReport::warnings));
        table.getColumns().add(column(messages.get("summary.col.failure"),
                r -> r.readable() ? "" : r.failure(), 320));
        table.setRowFactory(t -> new ReportRow());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open);
            }
        });

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(200);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        HBox top = new HBox(8, bar, status);
        top.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(messages.get("folderCheck.saveSummary"));
        save.setId(SAVE_ID);
        save.disableProperty().bind(model.runningProperty());
        save.setOnAction(e -> model.saveSummary());
        Button close = new Button(messages.get("folderCheck.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, save, gap, close);

        VBox.setVgrow(table, Priority.ALWAYS);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        root.setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // Wide enough for the columns on a 1366×768 laptop, never wider than the screen.
        Scene scene = new Scene(root, Math.min(1100, screen.getWidth() - 40),
                Math.min(560, screen.getHeight() - 80));
        scene.getStylesheets().add(FolderCheckWindow.class.getResource("/org/selfeval/ui/editor.css")
                .toExternalForm());
        if (styleSheet != null) {
            scene.getStylesheets().add(styleSheet);
        }
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            if (owner instanceof Stage main) {
                stage.getIcons().setAll(main.getIcons());
            }
        }
        stage.setOnHidden(e -> model.cancel());
    }

    /** Shows the window and checks the folder. */
    public void show(Path folder) {
        stage.setTitle(messages.get("folderCheck.title", folder.toString()));
        stage.show();
        model.start(folder);
    }

    public Stage stage() {
        return stage;
    }

    private void openSelected(Consumer<Path> open) {
        FormReport report = table.getSelectionModel().getSelectedItem();
        if (report != null) {
            open.accept(report.file());
        }
    }

    private static TableColumn<FormReport, String> column(String caption, Function<FormReport, String> value,
                                                          double width) {
        TableColumn<FormReport, String> c = new TableColumn<>(caption);
        c.setCellValueFactory(f -> constant(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<FormReport, BigDecimal> figure(String caption, Function<FormReport, BigDecimal> value) {
        TableColumn<FormReport, BigDecimal> c = new TableColumn<>(caption);
        c.setCellValueFactory(f -> constant(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(90);
        return c;
    }

    private static TableColumn<FormReport, Long> count(String caption, Function<FormReport, Long> value) {
        TableColumn<FormReport, Long> c = new TableColumn<>(caption);
        c.setCellValueFactory(f -> constant(f.getValue().readable() ? value.apply(f.getValue()) : null));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(60);
        return c;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new SimpleObjectProperty<>(value);
    }

    /** A row coloured by how its file came out. */
    private static final class ReportRow extends TableRow<FormReport> {
        @Override
        protected void updateItem(FormReport item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("folder-row-unreadable", "folder-row-errors");
            if (!empty && item != null && item.verdict() != FormReport.Verdict.FINE) {
                getStyleClass().add(item.verdict() == FormReport.Verdict.UNREADABLE ? "folder-row-unreadable"
                        : "folder-row-errors");
            }
        }
    }
}
