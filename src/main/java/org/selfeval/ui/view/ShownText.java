package org.selfeval.ui.view;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice shows in a combo box or a cell that only picks from a list (nothing is typed to convert back). */
public final class ShownText {

    private ShownText() {
    }

    /** Shows each value as {@code text} says; a blank for none. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String shown) {
                return null;
            }
        };
    }
}
