package org.selfeval.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.selfeval.i18n.Messages;
import org.selfeval.recovery.AppDataFolder;
import org.selfeval.recovery.RecoveryJournal;
import org.selfeval.scoring.InvalidEditionException;
import org.selfeval.ui.vm.DesktopLinks;

/**
 * The JavaFX application: hands what start-up prepared (settings, language, editions, the form named on the command
 * line) and the desktop's services to the {@link EditorRoot}, which builds the editor. Open forms are journalled
 * for recovery (docs/recovery.md); work left by a run that crashed is offered at start.
 */
public final class SelfEvalApp extends Application {

    /** The system property that chooses the language for one run: {@code -Dselfeval.lang=en}. */
    public static final String LANGUAGE_PROPERTY = "selfeval.lang";

    private EditorRoot root;

    /**
     * Prepared by {@link #launch(String[])} while the toolkit starts. Static because JavaFX creates the
     * application object itself; {@code null} when the application was started some other way.
     */
    private static volatile CompletableFuture<StartupLoad> preparing;

    /** Starts the editor, preparing what it needs in parallel with JavaFX's own start-up. */
    public static void launch(String[] args) {
        preparing = StartupLoad.begin(fileArgument(List.of(args)), System.getProperty(LANGUAGE_PROPERTY));
        Application.launch(SelfEvalApp.class, args);
    }

    /** The bundled editions cannot be read (a damaged installation): one plain message, then no window. */
    private static void brokenEditions(InvalidEditionException e) {
        Messages messages = Messages.forLocale(locale(System.getProperty(LANGUAGE_PROPERTY), Optional.empty()));
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                messages.get(e.key(), e.args()), javafx.scene.control.ButtonType.OK);
        alert.setHeaderText(null);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void start(Stage stage) {
        Optional<Path> file = fileArgument(getParameters().getUnnamed());
        CompletableFuture<StartupLoad> prepared = preparing;
        StartupLoad load;
        try {
            load = prepared != null ? prepared.join() : StartupLoad.load(file, System.getProperty(LANGUAGE_PROPERTY));
        } catch (java.util.concurrent.CompletionException | InvalidEditionException e) {
            if (!(e instanceof InvalidEditionException) && !(e.getCause() instanceof InvalidEditionException)) {
                throw e;
            }
            brokenEditions(e instanceof InvalidEditionException i ? i : (InvalidEditionException) e.getCause());
            return;
        }
        DesktopLinks links = uri -> {
            try {
                getHostServices().showDocument(uri.toString());
                return true;
            } catch (RuntimeException | LinkageError e) {
                return false; // no desktop integration here (headless, or a platform without it)
            }
        };
        FxBackground background = new FxBackground();
        // The form read while JavaFX started is the session's first document: the window's view is built once,
        // for it, and the window's thread neither reads the file again nor makes a blank form first.
        root = new EditorRoot(stage, new EditorRoot.Inputs(load.settings(), load.catalog(), load.files(),
                RecoveryJournal.inDataFolder(AppDataFolder.forThisUser()), links, background,
                new FxDebouncer(Duration.millis(250)), FxDialogService::new,
                messages -> new XlsxWorkbookFiles(load.catalog(), messages), DeliverableFiles::new,
                FontChooser.pick(Font.getFamilies()).map(FontChooser::styleSheet).orElse(null)),
                background, load.locale(), load.opened().orElse(null));
        root.guardAgainstFailures();
        root.show();
        root.offerRecovery();
        boolean early = load.opened().isPresent();
        if (file.isPresent() && !early) {
            root.session().open(file.get()); // over the window, so that the message why it cannot be opened has a parent
        }
        // Decoding seven icon sizes and loading POI wait until the window is up.
        StartupProbe.whenShown(stage, () -> true, () -> {
            stage.getIcons().setAll(AppIcons.load());
            ExportWarmUp.start(load.catalog());
        });
        if (StartupProbe.requested()) {
            StartupProbe.exitWhenShown(stage, () -> file.isEmpty() || root.session().fileProperty().get() != null,
                    System.out);
        }
    }

    /** After the last window closed: pending journal removals finish; records of unsaved work stay. */
    @Override
    public void stop() {
        if (root != null) {
            root.stop();
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
