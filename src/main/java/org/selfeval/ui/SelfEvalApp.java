package org.selfeval.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.selfeval.i18n.Messages;
import org.selfeval.recovery.AppDataFolder;
import org.selfeval.recovery.Autosaver;
import org.selfeval.recovery.RecoveryJournal;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.view.MainWindow;
import org.selfeval.ui.vm.DocumentSession;
import org.selfeval.ui.vm.RecoveryOffer;
import org.selfeval.ui.vm.Settings;

/**
 * The JavaFX application: builds the services (settings, dialogs, language, font), opens the main window and
 * the form named on the command line, if any. Open forms are journalled for recovery (docs/recovery.md); work left
 * by a run that crashed is offered at start.
 */
public final class SelfEvalApp extends Application {

    /** The system property that chooses the language for one run: {@code -Dselfeval.lang=en}. */
    public static final String LANGUAGE_PROPERTY = "selfeval.lang";

    private Autosaver autosaver;
    private DocumentSession session;

    @Override
    public void start(Stage stage) {
        Settings settings = PreferencesSettings.forUser();
        Messages messages = Messages.forLocale(locale(System.getProperty(LANGUAGE_PROPERTY), settings.language()));
        FxDialogService dialogs = new FxDialogService(messages);
        RecoveryJournal journal = RecoveryJournal.inDataFolder(AppDataFolder.forThisUser());
        autosaver = new Autosaver(journal, Platform::runLater, Autosaver.DEFAULT_DELAY,
                failure -> Platform.runLater(() -> session.notice(failure.describe(messages))));
        session = new DocumentSession(ProfileCatalog.builtIn(), messages, dialogs, settings,
                new FxDebouncer(Duration.millis(250)), autosaver);
        DesktopLinks links = uri -> {
            try {
                getHostServices().showDocument(uri.toString());
                return true;
            } catch (RuntimeException | LinkageError e) {
                return false; // no desktop integration here (headless, or a platform without it)
            }
        };
        MainWindow window = new MainWindow(stage, session, messages, dialogs, settings, links);
        stage.getIcons().setAll(AppIcons.load());
        window.show(FontChooser.pick(Font.getFamilies()).map(FontChooser::styleSheet).orElse(null));
        new RecoveryOffer(journal, session, dialogs, messages, new FxBackground(), ZoneId.systemDefault()).offer();
        fileArgument(getParameters().getUnnamed()).ifPresent(session::open);
    }

    /** After the last window closed: pending journal removals finish; records of unsaved work stay. */
    @Override
    public void stop() {
        if (autosaver != null) {
            autosaver.close();
        }
    }

    /** The language: the system property, else the officer's choice, else Chinese. */
    static Locale locale(String property, Optional<String> chosen) {
        String tag = property != null && !property.isBlank() ? property : chosen.orElse("zh");
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The form file named on the command line: the first argument that is not an option. */
    static Optional<Path> fileArgument(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().map(Path::of);
    }
}
