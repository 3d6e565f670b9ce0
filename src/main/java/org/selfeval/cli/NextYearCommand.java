package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.rollover.NextYearForm;
import org.selfeval.scoring.ProfileCatalog;

/**
 * {@code next-year FORM.json -o NEXT.json [--force]}: writes next year's form made from this year's
 * ({@link NextYearForm}) and says what was cleared. Like {@code import} it does not replace an existing file
 * unless {@code --force} is given.
 */
final class NextYearCommand {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    NextYearCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(java.util.List<String> options) {
        Cli.InOut paths = Cli.inOutOrReport(options, Set.of(Cli.FORCE), messages, err, "cli.nextYear.usage");
        if (paths == null) {
            return Cli.CANNOT_RUN;
        }
        if (Cli.refusesToOverwrite(paths, messages, err, "cli.nextYear.exists")) {
            return Cli.CANNOT_RUN;
        }
        FormFiles files = new FormFiles();
        FormMapper mapper = new FormMapper(ProfileCatalog.builtIn());
        FormModel form;
        try {
            form = mapper.open(files.read(paths.in()));
        } catch (FormReadException e) {
            err.println(e.describe(messages));
            return Cli.CANNOT_RUN;
        }
        NextYearForm.Result next = new NextYearForm(mapper).from(form);
        try {
            files.write(paths.out(), next.document());
        } catch (IOException e) {
            err.println(Cli.writeFailure(messages, paths.out(), e));
            return Cli.CANNOT_RUN;
        }
        out.println(messages.get("cli.nextYear.done", paths.out()));
        next.describe(messages).forEach(out::println);
        return Cli.OK;
    }
}
