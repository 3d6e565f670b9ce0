package org.selfeval;

import java.io.Console;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.application.Application;
import org.selfeval.cli.Cli;
import org.selfeval.ui.SelfEvalApp;

/**
 * The program's entry point. It does not extend {@link Application}, so that {@code java -jar} finds JavaFX on
 * the class path; with a command ({@code check} …) it runs headless, otherwise it opens the editor.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(new Cli(stream(FileDescriptor.out), stream(FileDescriptor.err)).run(args));
        }
        if (!windowPossible(System.getProperty("os.name"), System.getenv("DISPLAY"),
                System.getProperty("glass.platform"))) {
            exitWithoutWindow(args);
        }
        // The jar runs JavaFX from the class path (POI's automatic modules rule out a modular build), which
        // JavaFX reports as an unsupported configuration at every start; the installed runtime, where JavaFX is a
        // named module, never says it. Only that one record is dropped.
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            SelfEvalApp.launch(args);
        } catch (UnsupportedOperationException noWindow) {
            // JavaFX's toolkit could not open the display after all (DISPLAY names a server that does not answer),
            // or GTK 3 is missing; an error of the editor itself would come wrapped in a RuntimeException of the
            // start method.
            stream(FileDescriptor.err).println(Cli.messages(args).get(reasonWithoutWindow(noWindow)));
            System.exit(Cli.CANNOT_RUN);
        }
    }

    /** JavaFX's "javafx" logger, held here because java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /**
     * The message key that says why JavaFX could not start: GTK 3 missing (JavaFX's glass says "Unable to load glass
     * GTK library", and a native library it links is named by an {@link UnsatisfiedLinkError}) or no display.
     */
    static String reasonWithoutWindow(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof UnsatisfiedLinkError || message.contains("GTK")) {
                return "cli.noGtk";
            }
        }
        return "cli.noWindow";
    }

    /**
     * Whether the editor's window can be shown, decided before JavaFX is started: on Linux and the other Unix
     * desktops JavaFX needs the X display named by {@code DISPLAY} (a login over ssh or a server has none);
     * Windows and macOS always have their own, and the Headless glass platform ({@code glass.platform}, the tests) needs none.
     */
    static boolean windowPossible(String osName, String display, String glassPlatform) {
        if (glassPlatform != null && !glassPlatform.isBlank()) {
            return true;
        }
        String os = String.valueOf(osName).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return display != null && !display.isBlank();
    }

    /** One plain line saying why there is no window and what works without one; never JavaFX's stack trace. */
    private static void exitWithoutWindow(String[] args) {
        stream(FileDescriptor.err).println(Cli.messages(args).get("cli.noWindow"));
        System.exit(Cli.CANNOT_RUN);
    }

    /** UTF-8 into pipes and files (what scripts read); the terminal's own charset on a terminal. */
    private static PrintStream stream(FileDescriptor fd) {
        Console console = System.console();
        Charset charset = console == null ? StandardCharsets.UTF_8 : console.charset();
        return new PrintStream(new FileOutputStream(fd), true, charset);
    }
}
