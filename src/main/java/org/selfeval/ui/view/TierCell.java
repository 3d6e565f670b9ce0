package org.selfeval.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Tier;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/** The tier column: a choice of 达成 / 部分达成 / 未达成 (or automatic) for qualitative targets only. */
final class TierCell extends TableCell<IndicatorRow, String> {

    private final IndicatorTableViewModel vm;
    /** Gives the focus back to the table after a choice or a cancel. */
    private final Runnable focusTable;
    private ComboBox<Tier> combo;

    TierCell(IndicatorTableViewModel vm, Runnable focusTable) {
        this.vm = vm;
        this.focusTable = focusTable;
    }

    @Override
    public void startEdit() {
        IndicatorRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || !vm.isQualitative(row)) {
            return;
        }
        super.startEdit();
        List<Tier> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(Tier.values()));
        combo = new ComboBox<>(FXCollections.observableArrayList(choices));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tier tier) {
                return vm.tierLabel(tier);
            }

            @Override
            public Tier fromString(String s) {
                return null;
            }
        });
        combo.getSelectionModel().select(row.getChosenTier());
        combo.setOnAction(e -> {
            vm.chooseTier(row, combo.getValue());
            cancelEdit();
        });
        combo.setMaxWidth(Double.MAX_VALUE);
        setText(null);
        setGraphic(combo);
        combo.requestFocus();
        combo.show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        combo = null;
        setGraphic(null);
        setText(getItem());
        focusTable.run();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (combo == null) {
            setText(empty ? null : item);
            setGraphic(null);
        }
    }
}
