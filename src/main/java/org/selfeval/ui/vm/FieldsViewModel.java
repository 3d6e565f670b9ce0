package org.selfeval.ui.vm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.selfeval.check.FormField;
import org.selfeval.ui.edit.SetValue;

/** Single text fields of the form (header, goals): what each shows and how a typed value is committed. */
public abstract class FieldsViewModel {

    protected final FormViewModel owner;
    private final Map<FormField, StringProperty> texts = new EnumMap<>(FormField.class);

    protected FieldsViewModel(FormViewModel owner) {
        this.owner = owner;
    }

    protected final void textField(FormField field, StringProperty property) {
        texts.put(field, property);
    }

    /** The field's label. */
    public String label(FormField field) {
        return owner.messages().get(field.messageKey());
    }

    /** What the field shows; follows undo and redo. */
    public ObservableValue<String> text(FormField field) {
        StringProperty property = texts.get(field);
        if (property == null) {
            throw new IllegalArgumentException(field + " is not here");
        }
        return property;
    }

    /**
     * Commits what the officer typed into a field, as one undoable step.
     *
     * @return a message when the text is refused (the field keeps its old value)
     */
    public Optional<String> commit(FormField field, String text) {
        StringProperty property = texts.get(field);
        if (property == null) {
            throw new IllegalArgumentException(field + " is not here");
        }
        owner.execute(new SetValue<>(property, text == null ? "" : text,
                owner.messages().get("editor.cmd.edit", label(field))));
        return Optional.empty();
    }
}
