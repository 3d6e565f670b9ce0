package org.selfeval.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.selfeval.check.FormChecker;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.vm.OpenedForm;
import org.selfeval.ui.vm.Settings;

/**
 * What the editor needs before its window can show (settings, language, editions, and the form named on the
 * command line, read and checked), prepared on a background thread while JavaFX starts its toolkit. On two cores
 * this takes Jackson's start-up (a few hundred milliseconds of class loading) and the reading of the form off the
 * window's critical path: the window's thread joins the result and shows the form it holds.
 *
 * @param locale the program's language (the system property, else the officer's choice, else Chinese)
 * @param files  the form file reader and writer that read the form (its Jackson set up), for the window to keep
 * @param opened the form named on the command line, if it opens without a problem; one that does not is opened
 *               by the window after it shows, so that the message why has its parent window
 */
record StartupLoad(Settings settings, Locale locale, Messages messages, ProfileCatalog catalog, FormFiles files,
                   Optional<OpenedForm> opened) {

    /** Starts the preparation; the window joins it in {@code start}. */
    static CompletableFuture<StartupLoad> begin(Optional<Path> file, String languageProperty) {
        CompletableFuture<StartupLoad> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(load(file, languageProperty));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "selfeval-startup");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The same work on the calling thread. */
    static StartupLoad load(Optional<Path> file, String languageProperty) {
        Settings settings = PreferencesSettings.forUser();
        Locale locale = SelfEvalApp.locale(languageProperty, settings.language());
        Messages messages = Messages.forLocale(locale);
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        FormFiles files = new FormFiles();
        return new StartupLoad(settings, locale, messages, catalog, files,
                file.flatMap(f -> open(f.toAbsolutePath().normalize(), files, catalog, messages)));
    }

    /**
     * Reads the form the way the window opens a file, and checks it once: the scores and the checks' classes are
     * then ready when the window's thread publishes the findings. The model is handed to that thread through the
     * future's completion and touched by no other thread after.
     */
    private static Optional<OpenedForm> open(Path file, FormFiles files, ProfileCatalog catalog, Messages messages) {
        try {
            FormModel form = new FormMapper(catalog).open(files.read(file));
            new FormChecker(messages).check(form);
            return Optional.of(new OpenedForm(file, form));
        } catch (FormReadException e) {
            return Optional.empty(); // the window opens it after it shows, and says why it cannot
        }
    }
}
