package org.selfeval.ui.edit;

import java.util.Objects;
import javafx.beans.value.WritableValue;

/**
 * Sets one property of the form (a field, a cell). The old value is captured when the command is made, so
 * it can be undone after the property's row has moved or other cells changed.
 *
 * @param <T> the property's type
 */
public final class SetValue<T> implements Command {

    private final WritableValue<T> property;
    private final T oldValue;
    private final T newValue;
    private final String description;

    public SetValue(WritableValue<T> property, T newValue, String description) {
        this.property = Objects.requireNonNull(property, "property");
        this.oldValue = property.getValue();
        this.newValue = newValue;
        this.description = Objects.requireNonNull(description, "description");
    }

    /** True when executing would change nothing: such commands are not put on the stack. */
    public boolean isNoOp() {
        return Objects.equals(oldValue, newValue);
    }

    @Override
    public void execute() {
        property.setValue(newValue);
    }

    @Override
    public void undo() {
        property.setValue(oldValue);
    }

    @Override
    public String description() {
        return description;
    }
}
