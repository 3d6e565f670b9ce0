package org.selfeval.ui.vm;

import java.util.Objects;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormMapper;
import org.selfeval.rollover.NextYearForm;

/**
 * 新建下一年度…: next year's form made from the one open in the window ({@link NextYearForm}), opened as a new,
 * unsaved form (after the question about unsaved changes), then a note of what was cleared and what was kept.
 */
public final class NextYearAction {

    private final DocumentSession session;
    private final Messages messages;
    private final DialogService dialogs;

    public NextYearAction(DocumentSession session, Messages messages, DialogService dialogs) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** @return whether next year's form was opened */
    public boolean run() {
        NextYearForm.Result next = new NextYearForm(new FormMapper(session.catalog()))
                .from(session.document().form());
        if (!session.openUnsaved(next.document())) {
            return false;
        }
        dialogs.showNotes(messages.get("nextYear.heading"), next.describe(messages));
        return true;
    }
}
