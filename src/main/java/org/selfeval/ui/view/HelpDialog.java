package org.selfeval.ui.view;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.selfeval.i18n.Messages;

/** 填表说明: the scoring rules in plain words, from the messages bundle. */
public final class HelpDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public HelpDialog(Messages messages, Window owner) {
        dialog.setTitle(messages.get("editor.help.title"));
        dialog.setHeaderText(messages.get("editor.help.header"));
        TextArea text = new TextArea(messages.get("editor.help.text"));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 440);
        text.setId("helpText");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        DialogSizing.fitContent(dialog);
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }

    public void show() {
        dialog.show();
    }
}
