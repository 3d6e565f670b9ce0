package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.XlsxExport;

/**
 * {@code export FORM.json -o OUT.xlsx}: writes the form as an Excel workbook in the official layout. A form with
 * errors is still exported (a draft is worth sending for review) but the exit code says so.
 */
final class ExportCommand {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> options) {
        Cli.InOut paths = Cli.inOutOrReport(options, Set.of(), messages, err, "cli.export.usage");
        if (paths == null) {
            return Cli.CANNOT_RUN;
        }
        FormModel form;
        try {
            form = new FormMapper(ProfileCatalog.builtIn()).open(new FormFiles().read(paths.in()));
        } catch (FormReadException e) {
            err.println(e.describe(messages));
            return Cli.CANNOT_RUN;
        }
        Path target = paths.out();
        try {
            new XlsxExport(Messages.chinese()).write(form, target);
        } catch (IOException e) {
            err.println(Cli.writeFailure(messages, target, e));
            return Cli.CANNOT_RUN;
        }
        out.println(messages.get("cli.export.done", target));
        long errors = Cli.errorCount(form, messages);
        if (errors > 0) {
            err.println(messages.get("cli.export.hasErrors", errors));
            return Cli.FORM_HAS_ERRORS;
        }
        return Cli.OK;
    }
}
