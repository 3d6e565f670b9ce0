package org.selfeval.ui.view;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.selfeval.model.IndicatorRow;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/**
 * The height of an indicator table: all its rows up to {@link #ROWS_SHOWN}, at the form's zoom. A longer table
 * keeps that height and scrolls within itself: a table as high as all its rows makes the cells of every row, which
 * for a few hundred indicators costs seconds and tens of thousands of nodes. With wrapping on, rows grow with their
 * text, and the table is as high as its first rows' measured text (up to twice the unwrapped height).
 */
final class TableHeight {

    /** Rows a table shows at once without wrapping. */
    static final int ROWS_SHOWN = 20;
    private static final double HEADER_HEIGHT = 28;
    /** A cell's padding around its text, top and bottom, and left and right. */
    private static final double PADDING = 10;

    private TableHeight() {
    }

    /** The header's height at the form's zoom. */
    static DoubleBinding header(FormLook look) {
        return look.zoomProperty().multiply(HEADER_HEIGHT);
    }

    /** The height of the table unwrapped: rows up to {@link #ROWS_SHOWN} and the header. */
    static DoubleBinding unwrapped(IndicatorTableViewModel vm, FormLook look) {
        return Bindings.createDoubleBinding(
                () -> Math.min(vm.rows().size(), ROWS_SHOWN) * look.rowHeight().get() + header(look).get(),
                vm.rows(), look.zoomProperty());
    }

    /**
     * The table's height, unwrapped or wrapped as the look says. The wrapped one is measured again after the
     * changes given (rows edited, columns resized), once per pulse.
     */
    static ObservableValue<Number> of(IndicatorTableViewModel vm, FormLook look,
                                      List<TableColumn<IndicatorRow, ?>> wrapping,
                                      Function<IndicatorRow, List<String>> texts, Observable edits) {
        DoubleBinding unwrapped = unwrapped(vm, look);
        DoubleProperty wrapped = new SimpleDoubleProperty();
        boolean[] pending = new boolean[1];
        Runnable measure = () -> {
            if (!look.wrapProperty().get() || pending[0]) {
                return;
            }
            pending[0] = true;
            Platform.runLater(() -> {
                pending[0] = false;
                wrapped.set(measured(vm, look, wrapping, texts));
            });
        };
        vm.rows().addListener((Observable o) -> measure.run());
        edits.addListener(o -> measure.run());
        look.zoomProperty().addListener(o -> measure.run());
        look.wrapProperty().addListener(o -> measure.run());
        wrapping.forEach(c -> c.widthProperty().addListener(o -> measure.run()));
        if (look.wrapProperty().get()) {
            wrapped.set(measured(vm, look, wrapping, texts));
        }
        return Bindings.when(look.wrapProperty()).then(wrapped).otherwise(unwrapped);
    }

    private static double measured(IndicatorTableViewModel vm, FormLook look,
                                   List<TableColumn<IndicatorRow, ?>> wrapping,
                                   Function<IndicatorRow, List<String>> texts) {
        double rowHeight = look.rowHeight().get();
        double cap = 2 * ROWS_SHOWN * rowHeight;
        Text text = new Text();
        text.setFont(Font.font(Font.getDefault().getFamily(), Font.getDefault().getSize() * look.zoomProperty().get()));
        double sum = 0;
        for (IndicatorRow row : vm.rows()) {
            List<String> cells = texts.apply(row);
            double height = rowHeight;
            for (int c = 0; c < wrapping.size() && c < cells.size(); c++) {
                text.setText(cells.get(c));
                text.setWrappingWidth(Math.max(10, wrapping.get(c).getWidth() - PADDING));
                height = Math.max(height, text.getLayoutBounds().getHeight() + PADDING);
            }
            sum += height;
            if (sum >= cap) {
                return cap + header(look).get(); // the rest scrolls within the table; no need to measure it
            }
        }
        return sum + header(look).get();
    }
}
