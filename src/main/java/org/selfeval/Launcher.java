package org.selfeval;

import java.io.Console;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
            Charset charset = outputCharset();
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
            System.exit(new Cli(out, err).run(args));
        }
        SelfEvalApp.launch(args);
    }

    /** UTF-8 into pipes and files (what scripts read); the terminal's own charset on a terminal. */
    private static Charset outputCharset() {
        Console console = System.console();
        return console == null ? StandardCharsets.UTF_8 : console.charset();
    }
}
