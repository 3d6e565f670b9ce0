package org.selfeval.cli;

import org.selfeval.scoring.InvalidEditionException;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FileNames;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.model.FormModel;

/**
 * The headless commands ({@code check}, {@code export}, {@code report}, {@code import}), over the same core as the editor.
 * Exit codes: 0 = fine, 1 = the form has errors, 2 = the file cannot be read or the arguments are wrong.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FORM_HAS_ERRORS = 1;
    public static final int CANNOT_RUN = 2;

    /** Replaces an existing OUT.json (kept as OUT.json.bak, as a save in the editor keeps it). */
    static final String FORCE = "--force";

    private static final Set<String> COMMANDS = Set.of("check", "export", "report", "import", "next-year", "editions", "--help", "-h",
            "help", "--version");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Whether the arguments are for the command line rather than the editor: a known command, or more than one
     * argument (the editor opens one file, so {@code chek r.json} is a mistyped command, answered here with the
     * usage instead of a window that cannot find a file named {@code chek}).
     */
    public static boolean isCommand(String[] args) {
        List<String> rest = withoutLanguage(args);
        return !rest.isEmpty() && (COMMANDS.contains(rest.get(0)) || rest.size() > 1);
    }

    /** The command line's language: Chinese, or English with {@code --lang=en}. */
    public static Messages messages(String[] args) {
        return Messages.forLocale(languageOf(args));
    }

    /**
     * Runs one command and returns its exit code; on failure one plain line on stderr (after a mistyped command,
     * followed by the usage).
     */
    public int run(String[] args) {
        Messages messages = messages(args);
        List<String> rest = withoutLanguage(args);
        if (rest.isEmpty()) {
            err.println(messages.get("cli.missingFile"));
            return CANNOT_RUN;
        }
        String command = rest.get(0);
        List<String> options = rest.subList(1, rest.size());
        try {
            return switch (command) {
                case "check" -> new CheckCommand(messages, out, err).run(options);
                case "export" -> new ExportCommand(messages, out, err).run(options, ExportCommand.EXPORTS,
                        "cli.export.usage");
                case "report" -> new ExportCommand(messages, out, err).run(options, ExportCommand.REPORTS,
                        "cli.report.usage");
                case "import" -> new ImportCommand(messages, out, err).run(options);
                case "editions" -> {
                    for (Profile p : ProfileCatalog.builtIn().all()) {
                        out.println(messages.get("cli.editions.line", p.id(), p.name()));
                    }
                    yield OK;
                }
                case "next-year" -> new NextYearCommand(messages, out, err).run(options);
                case "--version" -> {
                    out.println(version());
                    yield OK;
                }
                case "--help", "-h", "help" -> {
                    out.println(messages.get("cli.usage"));
                    yield OK;
                }
                default -> {
                    err.println(messages.get("cli.notACommand", command));
                    err.println(messages.get("cli.usage"));
                    yield CANNOT_RUN;
                }
            };
        } catch (InvalidEditionException e) {
            err.println(messages.get(e.key(), e.args()));
            return CANNOT_RUN;
        } catch (OutOfMemoryError e) {
            // Whatever was holding the memory is unreachable by now: one line can still be printed.
            err.println(messages.get("cli.outOfMemory", subject(options)));
            return CANNOT_RUN;
        } catch (RuntimeException | StackOverflowError e) {
            // The promise is one plain line, never a stack trace nor a class name.
            err.println(messages.get("cli.internalError", subject(options)));
            return CANNOT_RUN;
        }
    }

    /** The file a command was working on, for the line that says it could not finish: its first file argument. */
    static String subject(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o.equals("-o") || o.equals("--output")) {
                i++;
            } else if (!o.startsWith("-")) {
                return FileNames.shown(o);
            }
        }
        return "";
    }

    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return "SelfEval " + (v == null ? "dev" : v);
    }

    private static Locale languageOf(String[] args) {
        for (String a : args) {
            if (a.equals("--lang=en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private static List<String> withoutLanguage(String[] args) {
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("--lang=")) {
                rest.add(a);
            }
        }
        return rest;
    }

    /** Parses "--flag" options and one file argument; unknown options are an error. */
    static Map.Entry<Set<String>, List<String>> split(List<String> options, Set<String> known) {
        Set<String> flags = new java.util.HashSet<>();
        List<String> files = new ArrayList<>();
        for (String o : options) {
            if (o.startsWith("--")) {
                if (!known.contains(o)) {
                    throw new UsageException(o);
                }
                flags.add(o);
            } else {
                files.add(o);
            }
        }
        return Map.entry(flags, files);
    }

    /** The input file and the {@code -o} output file of export and import, and the flags given. */
    record InOut(Path in, Path out, Set<String> flags) {
    }

    /**
     * Reads {@code IN -o OUT} and the command's {@code flags} for a command, or says on {@code err} what is wrong
     * with the arguments and returns {@code null} (exit code 2).
     */
    static InOut inOutOrReport(List<String> options, Set<String> flags, Messages messages, PrintStream err,
                               String usageKey) {
        try {
            InOut paths = inOut(options, flags);
            if (paths == null) {
                err.println(messages.get(usageKey));
            }
            return paths;
        } catch (UsageException e) {
            err.println(messages.get("cli.unknownCommand", e.getMessage()));
            return null;
        }
    }

    /**
     * Whether a command that writes a form file must not go on: OUT.json exists and {@code --force} was not given
     * (said on {@code err} with {@code key}). A form file may hold days of typing; an exported workbook is a copy,
     * so {@code export} replaces one without asking.
     */
    static boolean refusesToOverwrite(InOut paths, Messages messages, PrintStream err, String key) {
        Path target = paths.out();
        if (java.nio.file.Files.exists(target) && !java.nio.file.Files.isDirectory(target)
                && !paths.flags().contains(FORCE)) {
            err.println(messages.get(key, target));
            return true;
        }
        return false;
    }

    /** Why a file could not be written, in plain words. */
    static String writeFailure(Messages messages, Path target, IOException e) {
        return e instanceof LocalizedIOException known ? known.describe(messages)
                : messages.get("io.error.write", target, String.valueOf(e.getMessage()));
    }

    /** The number of errors (not warnings or hints) the checks find in a form. */
    static long errorCount(FormModel form, Messages messages) {
        return new FormChecker(messages).check(form).stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    /**
     * Reads {@code IN -o OUT} (in either order) and any of the known {@code flags} anywhere; {@code null} when IN or
     * OUT is missing.
     */
    static InOut inOut(List<String> options, Set<String> flags) {
        String in = null;
        String out = null;
        Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o.equals("-o") || o.equals("--output")) {
                if (i + 1 >= options.size() || out != null) {
                    return null;
                }
                out = options.get(++i);
            } else if (flags.contains(o)) {
                given.add(o);
            } else if (o.startsWith("-") && o.length() > 1) {
                throw new UsageException(o);
            } else if (in == null) {
                in = o;
            } else {
                throw new UsageException(o);
            }
        }
        return in == null || out == null ? null : new InOut(Path.of(in), Path.of(out), Set.copyOf(given));
    }

    /** Wrong arguments, reported as one line with exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String argument) {
            super(argument);
        }
    }
}
