package org.selfeval.ui.vm;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.selfeval.check.FormField;
import org.selfeval.model.FormModel;
import org.selfeval.ui.edit.SetValue;

/** The title block and header fields: 年度, 项目名称, 主管部门, 实施单位 and, per edition, 项目负责人 / 联系电话. */
public final class HeaderViewModel extends FieldsViewModel {

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final StringBinding yearText;

    HeaderViewModel(FormViewModel owner) {
        super(owner);
        FormModel form = owner.form();
        textField(FormField.PROJECT_NAME, form.projectNameProperty());
        textField(FormField.DEPARTMENT, form.departmentProperty());
        textField(FormField.IMPLEMENTING_UNIT, form.implementingUnitProperty());
        textField(FormField.PROJECT_LEADER, form.projectLeaderProperty());
        textField(FormField.PHONE, form.phoneProperty());
        yearText = Bindings.createStringBinding(
                () -> form.getYear() == null ? "" : String.valueOf(form.getYear()), form.yearProperty());
    }

    /** The edition's title (项目支出绩效自评表), in the window's language. */
    public String title() {
        return owner.messages().official(owner.profile().title());
    }

    /** Whether the edition has the 项目负责人 / 联系电话 row. */
    public boolean hasLeaderRow() {
        return owner.profile().hasLeaderRow();
    }

    @Override
    public ObservableValue<String> text(FormField field) {
        return field == FormField.YEAR ? yearText : super.text(field);
    }

    @Override
    public Optional<String> commit(FormField field, String text) {
        if (field != FormField.YEAR) {
            return super.commit(field, text);
        }
        Figures.Parsed parsed = Figures.parse(text);
        Integer year = null;
        if (!parsed.blank()) {
            BigDecimal value = parsed.value();
            if (parsed.invalid() || value.stripTrailingZeros().scale() > 0
                    || value.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0
                    || value.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
                return Optional.of(owner.messages().get("editor.error.year", text.strip()));
            }
            year = value.intValueExact();
        }
        owner.execute(new SetValue<>(owner.form().yearProperty(), year,
                owner.messages().get("editor.cmd.edit", label(field))));
        return Optional.empty();
    }
}
