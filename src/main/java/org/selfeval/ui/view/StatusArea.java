package org.selfeval.ui.view;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.WeakChangeListener;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.action.Action;
import org.selfeval.ui.edit.CommandStack;
import org.selfeval.ui.vm.Notice;

/**
 * The window's two ways of saying something without a dialog: the status bar (ControlsFX {@code StatusBar}: what
 * runs in the background with its progress, else why the last entry was refused, until the form changes) and the
 * notification bar over the form (ControlsFX {@code NotificationPane}: 已保存到…, the recovery record could not be
 * written, what an import could not place), which closes by itself after a while.
 */
final class StatusArea {

    private static final Duration NOTICE_SHOWN = Duration.seconds(10);

    private final StatusBar bar;
    private final NotificationPane notices;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final PauseTransition closing = new PauseTransition(NOTICE_SHOWN);
    private final ChangeListener<Number> edited = (obs, before, after) -> status.set("");
    /** Weakly: the undo history outlives a window rebuilt in another language. */
    private final WeakChangeListener<Number> weaklyEdited = new WeakChangeListener<>(edited);
    private CommandStack followed;

    /** @param busy what runs in the background now, empty when nothing does */
    StatusArea(StatusBar bar, NotificationPane notices, ObservableStringValue busy) {
        this.bar = bar;
        this.notices = notices;
        bar.textProperty().bind(Bindings.when(Bindings.isEmpty(busy)).then(status).otherwise(busy));
        bar.progressProperty().bind(Bindings.when(Bindings.isEmpty(busy)).then(0.0).otherwise(-1.0));
        closing.setOnFinished(e -> notices.hide());
    }

    /** The refusal of an entry (or "" once one is accepted), shown until the form changes: edit, paste or undo. */
    void refusal(String text) {
        status.set(text);
    }

    /** Follows another form: a refusal about the one before goes, and this one's changes clear the line. */
    void follow(CommandStack stack) {
        if (followed != null) {
            followed.revisionProperty().removeListener(weaklyEdited);
        }
        followed = stack;
        stack.revisionProperty().addListener(weaklyEdited);
        status.set("");
    }

    /** Shows a remark over the form, with its follow-up as a button; it closes by itself after a while. */
    void notice(Notice notice) {
        if (notice == null) {
            return;
        }
        notices.getActions().clear();
        if (notice.hasAction()) {
            notices.getActions().add(new Action(notice.actionText(), e -> {
                notices.hide();
                notice.action().run();
            }));
        }
        notices.show(notice.text());
        closing.playFromStart();
    }

    StatusBar bar() {
        return bar;
    }
}
