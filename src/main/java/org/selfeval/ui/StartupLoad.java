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
import org.selfeval.ui.vm.Settings;

/**
 * What the editor needs before its window can show (settings, language, editions, and a trial read of the form
 * named on the command line), prepared on a background thread while JavaFX starts its toolkit. On two cores
 * this takes Jackson's start-up (a few hundred milliseconds of class loading) off the window's critical path.
 *
 * @param fileOpens whether the form file opens without a problem (the window then opens it before it shows)
 */
record StartupLoad(Settings settings, Messages messages, ProfileCatalog catalog, boolean fileOpens) {

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
        return new StartupLoad(settings, messages, catalog, file.map(f -> opens(f, catalog, messages)).orElse(false));
    }

    /**
     * Reads and checks the form once, the way the window will open it. The result is thrown away: the model
     * belongs to the window's thread, which reads the file again, now in a few milliseconds, with every class
     * it needs loaded and the file in the page cache.
     */
    private static boolean opens(Path file, ProfileCatalog catalog, Messages messages) {
        try {
            FormModel form = new FormMapper(catalog).open(new FormFiles().read(file.toAbsolutePath().normalize()));
            new FormChecker(messages).check(form);
            return true;
        } catch (FormReadException e) {
            return false; // the window opens it after it shows, and says why it cannot
        }
    }
}
