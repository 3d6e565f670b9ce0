package org.selfeval.ui.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import org.selfeval.i18n.Messages;

/** Loads a view's FXML with the view itself as controller and the messages bundle for {@code %key} texts. */
final class Fxml {

    private Fxml() {
    }

    /** Loads {@code /org/selfeval/ui/NAME.fxml} into {@code controller}. */
    static void load(Object controller, String name, Messages messages) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource("/org/selfeval/ui/" + name + ".fxml"),
                messages.bundle());
        loader.setController(controller);
        try {
            loader.load();
        } catch (IOException e) {
            // The FXML ships inside the jar: failing to read it is a broken build, not a user's problem.
            throw new UncheckedIOException(e);
        }
    }
}
