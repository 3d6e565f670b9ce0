package org.selfeval.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.selfeval.ui.vm.IndicatorTableViewModel;

/**
 * What stands in for an indicator table not built yet (below the first screen, until the first frame is shown):
 * its title and 小计 over an empty area of the table's height, so that nothing below moves when the table comes.
 */
final class TableStandIn {

    private TableStandIn() {
    }

    static VBox of(IndicatorTableViewModel vm, FormLook look) {
        Label title = new Label(vm.title());
        title.getStyleClass().add("table-title");
        Label subtotal = new Label();
        subtotal.getStyleClass().add("table-subtotal");
        subtotal.textProperty().bind(vm.subtotal());
        HBox heading = new HBox(6, title, subtotal);
        heading.getStyleClass().add("table-heading");
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.setMinHeight(IndicatorTableView.HEADING_HEIGHT);
        Region area = new Region();
        area.prefHeightProperty().bind(TableHeight.unwrapped(vm, look));
        area.minHeightProperty().bind(area.prefHeightProperty());
        VBox box = new VBox(4, heading, area);
        box.getStyleClass().add("indicator-box");
        return box;
    }
}
