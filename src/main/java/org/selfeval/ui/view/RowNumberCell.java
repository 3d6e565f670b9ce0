package org.selfeval.ui.view;

import java.util.function.ToIntFunction;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.TableCell;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.ProblemsViewModel;

/**
 * The row number at the left of an indicator table: the row's place in the whole form, the number the problems
 * panel says (第14行). Rows added or removed in another table renumber this one; the checks run after every such
 * change, so the number is read again then.
 */
final class RowNumberCell extends TableCell<IndicatorRow, IndicatorRow> {

    private final ToIntFunction<IndicatorRow> indexInForm;
    private final ChangeListener<Number> onChecked = (obs, before, after) -> show();

    RowNumberCell(ToIntFunction<IndicatorRow> indexInForm, ProblemsViewModel problems) {
        this.indexInForm = indexInForm;
        getStyleClass().add("row-number-cell");
        problems.revisionProperty().addListener(new WeakChangeListener<>(onChecked));
    }

    @Override
    protected void updateItem(IndicatorRow row, boolean empty) {
        super.updateItem(row, empty);
        show();
    }

    private void show() {
        IndicatorRow row = isEmpty() ? null : getItem();
        int index = row == null ? -1 : indexInForm.applyAsInt(row);
        setText(index < 0 ? null : String.valueOf(index + 1));
    }
}
