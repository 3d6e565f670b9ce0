package org.selfeval.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.recovery.Autosaver;
import org.selfeval.recovery.RecoveryJournal;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.view.FormLook;
import org.selfeval.ui.view.MainWindow;
import org.selfeval.ui.view.WindowServices;
import org.selfeval.ui.vm.Background;
import org.selfeval.ui.vm.Debouncer;
import org.selfeval.ui.vm.Deliverables;
import org.selfeval.ui.vm.DesktopLinks;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.FailureGuard;
import org.selfeval.ui.vm.OpenedForm;
import org.selfeval.ui.vm.RecoveryOffer;
import org.selfeval.ui.vm.SessionParts;
import org.selfeval.ui.vm.Settings;
import org.selfeval.ui.vm.WorkbookActions;
import org.selfeval.ui.vm.WorkbookFiles;

/**
 * The composition root of the editor: builds its whole object graph (session, view models, services, window) from
 * what the application or a test hands in, and nothing else builds any of it. It builds the language-dependent
 * part again when the officer switches the language, around the same form, undo history and file.
 */
public final class EditorRoot {

    /**
     * What the editor is built from; the same whatever the language.
     *
     * @param journal       where unsaved work is journalled for recovery; {@code null} for none (tests)
     * @param background    where files, workbooks and documents are read and written
     * @param dialogs       makes the dialogs in a language
     * @param workbookFiles makes the Excel code in a language, on first use (it loads Apache POI)
     * @param deliverables  makes the PDF and report code, on first use
     * @param styleSheet    the style sheet with the fonts chosen at start-up; {@code null} for none
     */
    public record Inputs(Settings settings, ProfileCatalog catalog, FormFiles files, RecoveryJournal journal,
                         DesktopLinks links, Background background, Debouncer debouncer,
                         Function<Messages, ? extends FxDialogService> dialogs,
                         Function<Messages, WorkbookFiles> workbookFiles, Supplier<Deliverables> deliverables,
                         String styleSheet) {
    }

    private final Stage stage;
    private final Inputs inputs;
    private final Autosaver autosaver;
    private final SessionParts sessionParts;
    /** Zoom and wrapping stay as they are when the language changes. */
    private final FormLook look = new FormLook();
    private Messages messages;
    private FxDialogService dialogs;
    private DocumentSession session;
    private WorkbookActions workbooks;
    private MainWindow window;

    /**
     * @param sessionBackground where the session reads and writes form files (tests that check a window at once
     *                          after Open pass {@link Background#immediate()})
     * @param first             the form read while JavaFX started; {@code null} for a blank form
     */
    public EditorRoot(Stage stage, Inputs inputs, Background sessionBackground, Locale locale, OpenedForm first) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.inputs = inputs;
        autosaver = inputs.journal() == null ? null : new Autosaver(inputs.journal(), Platform::runLater,
                Autosaver.DEFAULT_DELAY, failure -> Platform.runLater(() ->
                        session.notice(failure.describe(messages))));
        sessionParts = new SessionParts(inputs.catalog(), inputs.files(), inputs.settings(), inputs.debouncer(),
                autosaver, sessionBackground);
        speak(locale);
        session = new DocumentSession(sessionParts, messages, dialogs, first);
        buildWindow();
    }

    /** The language's messages and dialogs; JavaFX's own texts (OK, Cancel, a field's Copy) follow the locale. */
    private void speak(Locale locale) {
        Locale.setDefault(locale);
        messages = Messages.forLocale(locale);
        dialogs = inputs.dialogs().apply(messages);
        dialogs.setOwner(stage);
    }

    private void buildWindow() {
        Messages speaking = messages;
        workbooks = new WorkbookActions(session, () -> inputs.workbookFiles().apply(speaking), inputs.deliverables(),
                messages, dialogs, inputs.background(), inputs.links()::open);
        window = new MainWindow(stage, session, workbooks, dialogs, new WindowServices(inputs.links(),
                inputs.background(), look, this::switchLanguage, inputs.styleSheet()));
    }

    /** Shows the window. */
    public void show() {
        window.show();
    }

    /**
     * 语言 → 中文 / English: remembered for the next start and in effect at once. The window is built again in the
     * other language around the same form, undo history, file and recovery record.
     *
     * @param tag {@code zh} or {@code en}
     */
    public void switchLanguage(String tag) {
        inputs.settings().setLanguage(tag);
        Locale locale = SelfEvalApp.locale(tag, Optional.empty());
        if (locale.getLanguage().equals(messages.bundle().getLocale().getLanguage())) {
            return;
        }
        window.commitPendingEdit();
        speak(locale);
        session = session.inLanguage(messages, dialogs);
        buildWindow();
        window.show();
    }

    /** Offers the work that runs which ended without closing left in the journal (after the window shows). */
    public void offerRecovery() {
        if (inputs.journal() != null) {
            new RecoveryOffer(inputs.journal(), session, dialogs, messages, new FxBackground(), ZoneId.systemDefault())
                    .offer();
        }
    }

    /**
     * Makes every uncaught exception, on any thread, write the recovery record and say so in one plain line, with
     * the stack trace on request. Call on the FX thread, which keeps a handler of its own.
     */
    public void guardAgainstFailures() {
        FailureGuard guard = new FailureGuard(() -> session, Platform::runLater, (line, details) -> {
            System.err.println(details); // for whoever reads the log
            dialogs.showFailure(line, details);
        });
        Thread.setDefaultUncaughtExceptionHandler(guard::uncaught);
        Thread.currentThread().setUncaughtExceptionHandler(guard::uncaught);
    }

    /** After the last window closed: pending journal removals finish; records of unsaved work stay. */
    public void stop() {
        if (autosaver != null) {
            autosaver.close();
        }
    }

    /** The session of the window shown now (a new one after a change of language). */
    public DocumentSession session() {
        return session;
    }

    /** The window shown now. */
    public MainWindow window() {
        return window;
    }

    public Messages messages() {
        return messages;
    }
}
