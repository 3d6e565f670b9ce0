package org.selfeval.ui.vm;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.FormModel;
import org.selfeval.model.IndicatorRow;
import org.selfeval.scoring.Profile;

/** New forms: the edition's default weights and one empty row under each 二级指标 it allows. */
public final class BlankForms {

    private BlankForms() {
    }

    /** A new, empty form of an edition. */
    public static FormModel create(Profile profile) {
        FormModel form = new FormModel(profile);
        form.executionWeightProperty().set(profile.executionWeight());
        List<IndicatorRow> rows = new ArrayList<>();
        for (Profile.Level level : profile.levels()) {
            for (String second : level.secondLevels()) {
                IndicatorRow row = form.newIndicator();
                row.level1Property().set(level.name());
                row.level2Property().set(second);
                rows.add(row);
            }
        }
        form.indicators().setAll(rows);
        return form;
    }
}
