package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.EditionFiles;
import org.selfeval.scoring.Profile;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.ImportNote;
import org.selfeval.xlsx.ImportResult;
import org.selfeval.xlsx.XlsxImport;
import org.selfeval.xlsx.XlsxReadException;

/**
 * {@code import IN.xlsx -o FORM.json [--force]}: reads a workbook in the official layout into a form file (an
 * existing one only with {@code --force}), and lists on stderr what could not be placed. Exit code 1 when the
 * imported form has errors, as {@code check} would say.
 */
final class ImportCommand {

    /** Imports under a preset (its id) or an edition file instead of the rules inferred from the sheet. */
    private static final String EDITION = "--edition";

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> given) {
        List<String> options = new java.util.ArrayList<>(given);
        int at = options.indexOf(EDITION);
        String edition = null;
        if (at >= 0) {
            if (at + 1 >= options.size()) {
                err.println(messages.get("cli.import.usage"));
                return Cli.CANNOT_RUN;
            }
            edition = options.remove(at + 1);
            options.remove(at);
        }
        Cli.InOut paths = Cli.inOutOrReport(options, Set.of(Cli.FORCE), messages, err, "cli.import.usage");
        if (paths == null) {
            return Cli.CANNOT_RUN;
        }
        Path target = paths.out();
        if (Cli.refusesToOverwrite(paths, messages, err, "cli.import.exists")) {
            return Cli.CANNOT_RUN;
        }
        ProfileCatalog profiles = ProfileCatalog.builtIn();
        // Before the workbook is read: a wrong edition is one plain line (Cli), and nothing is written.
        Profile rules = edition == null ? null : edition(profiles, edition);
        ImportResult result;
        try {
            result = new XlsxImport(profiles, Messages.chinese()).read(paths.in(), rules);
        } catch (XlsxReadException e) {
            err.println(e.describe(messages));
            return Cli.CANNOT_RUN;
        }
        FormFiles files = new FormFiles();
        try {
            files.write(target, result.document());
        } catch (IOException e) {
            err.println(Cli.writeFailure(messages, target, e));
            return Cli.CANNOT_RUN;
        }
        for (ImportNote note : result.notes()) {
            err.println(note.describe(messages));
        }
        out.println(messages.get("cli.import.done", target));
        FormModel form = new FormMapper(profiles).toModel(result.document());
        long errors = Cli.errorCount(form, messages);
        if (errors > 0) {
            err.println(messages.get("cli.import.hasErrors", errors));
            return Cli.FORM_HAS_ERRORS;
        }
        return Cli.OK;
    }

    /** The preset of that id, or else the edition file of that name. */
    private static Profile edition(ProfileCatalog profiles, String idOrFile) {
        if (profiles.find(idOrFile).isPresent() || !Files.isRegularFile(Path.of(idOrFile))) {
            return profiles.require(idOrFile);
        }
        return new EditionFiles().read(Path.of(idOrFile));
    }
}
