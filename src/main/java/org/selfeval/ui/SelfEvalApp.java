package org.selfeval.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.selfeval.i18n.Messages;

/** The JavaFX application: opens the main window. */
public final class SelfEvalApp extends Application {

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.chinese();
        stage.setTitle(messages.get("app.name"));
        stage.getIcons().setAll(AppIcons.load());
        stage.setScene(new Scene(new StackPane(new Label(messages.get("app.name"))), 800, 600));
        stage.show();
    }
}
