package org.selfeval.ui;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.EditionFiles;
import org.selfeval.scoring.InvalidEditionException;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.Rounding;
import org.selfeval.ui.view.ShownText;

/**
 * 版式与评分规则…: the open form's rules in one dialog. Picking a preset or loading an edition file fills every
 * field; each field can then be changed; OK gives the rules as shown. Saving writes them as an edition file.
 */
final class RulesDialog {

    /** Wide enough for the longest preset name and the header in two lines. */
    private static final double PREF_WIDTH = 600;
    private static final double LABEL_WIDTH = 190;
    /** Room for the explanation and the nine rows, whatever size the window manager first offers. */
    private static final double MIN_HEIGHT = 420;

    private final Messages messages;
    private final List<Profile> presets;
    private final ComboBox<Profile> preset = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<String> unit = new ComboBox<>(FXCollections.observableArrayList("万元", "元"));
    private final CheckBox leaderRow = new CheckBox();
    private final ComboBox<Profile.Denominator> denominator =
            new ComboBox<>(FXCollections.observableArrayList(Profile.Denominator.values()));
    private final RoundingField rate = new RoundingField();
    private final RoundingField executionScore = new RoundingField();
    private final RoundingField indicator = new RoundingField();
    /** The rules the fields started from: levels, labels and what the dialog does not show come from here. */
    private Profile base;

    RulesDialog(Messages messages, List<Profile> presets) {
        this.messages = messages;
        this.presets = List.copyOf(presets);
    }

    Optional<Profile> show(Window owner, Profile current) {
        Dialog<Profile> dialog = new Dialog<>();
        dialog.setTitle(messages.get("rules.title"));
        // The explanation is content, not the dialog's header: sizing a long header text hung JavaFX 26.0.2
        // (the header's GridPane looped in growOrShrinkColumnWidths).
        Label header = new Label(messages.get("rules.header"));
        header.setWrapText(true);
        header.setMaxWidth(PREF_WIDTH - 40);
        dialog.initOwner(owner);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        preset.setItems(FXCollections.observableArrayList(presets));
        preset.setConverter(ShownText.of(p -> messages.official(p.name())));
        unit.setConverter(ShownText.<String>of(messages::official));
        denominator.setConverter(ShownText.of(d -> messages.get("rules.denominator." + d.name())));
        preset.setOnAction(e -> {
            if (preset.getValue() != null) {
                fill(preset.getValue());
            }
        });
        Button load = new Button(messages.get("rules.load"));
        load.setOnAction(e -> load(dialog.getDialogPane().getScene().getWindow()));
        Button save = new Button(messages.get("rules.save"));
        save.setOnAction(e -> save(dialog.getDialogPane().getScene().getWindow()));
        VBox rows = new VBox(6, header,
                row("rules.preset", preset), row("rules.formTitle", title), row("rules.unit", unit),
                row("rules.leaderRow", leaderRow), row("rules.denominator", denominator),
                row("rules.rate", rate.box()), row("rules.executionScore", executionScore.box()),
                row("rules.indicator", indicator.box()), new HBox(8, load, save));
        title.setPrefColumnCount(24);
        dialog.getDialogPane().setContent(rows);
        fill(current);
        preset.setValue(presets.stream().filter(p -> p.id().equals(current.id())).findFirst().orElse(null));
        dialog.setResultConverter(button -> button == ButtonType.OK ? rules() : null);
        dialog.getDialogPane().setMinSize(PREF_WIDTH, MIN_HEIGHT);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }

    private HBox row(String labelKey, javafx.scene.Node field) {
        Label label = new Label(messages.get(labelKey));
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        HBox row = new HBox(8, label, field);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void fill(Profile rules) {
        base = rules;
        title.setText(rules.title());
        unit.setValue(rules.amountUnit());
        leaderRow.setSelected(rules.hasLeaderRow());
        denominator.setValue(rules.denominator());
        rate.set(rules.rounding().rate());
        executionScore.set(rules.rounding().executionScore());
        indicator.set(rules.rounding().indicator());
    }

    /** The rules as the fields show them. */
    private Profile rules() {
        Profile rules = base.withTitle(title.getText().strip().isEmpty() ? base.title() : title.getText().strip())
                .withLeaderRow(leaderRow.isSelected())
                .withDenominator(denominator.getValue())
                .withRounding(new Rounding.Rules(rate.get(), executionScore.get(), indicator.get()));
        return unit.getValue().equals(base.amountUnit()) ? rules : rules.withUnit(unit.getValue());
    }

    private void load(Window owner) {
        File file = chooser().showOpenDialog(owner);
        if (file == null) {
            return;
        }
        try {
            fill(new EditionFiles().read(file.toPath()));
            preset.setValue(null);
        } catch (InvalidEditionException e) {
            error(owner, messages.get(e.key(), e.args())); // nothing changes until a file is valid
        }
    }

    private void save(Window owner) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(rules().name() + ".edition.json");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            new EditionFiles().write(rules(), file.toPath());
        } catch (IOException e) {
            error(owner, messages.get("io.error.write", file, String.valueOf(e.getMessage())));
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("rules.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("rules.fileType"), "*.json"));
        return chooser;
    }

    private void error(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    /** One rounding: decimals 0–2 and the mode. */
    private final class RoundingField {
        private final ComboBox<Integer> decimals = new ComboBox<>(FXCollections.observableArrayList(2, 1, 0));
        private final ComboBox<Rounding.Mode> mode =
                new ComboBox<>(FXCollections.observableArrayList(Rounding.Mode.values()));

        RoundingField() {
            decimals.setConverter(ShownText.of(d -> messages.get("rules.decimals", d)));
            mode.setConverter(ShownText.of(m -> messages.get("rounding.mode." + m.name())));
        }

        HBox box() {
            return new HBox(6, decimals, mode);
        }

        void set(Rounding rounding) {
            decimals.setValue(rounding.decimals());
            mode.setValue(rounding.mode());
        }

        Rounding get() {
            return new Rounding(decimals.getValue(), mode.getValue());
        }
    }
}
