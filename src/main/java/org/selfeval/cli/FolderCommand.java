package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.selfeval.folder.FolderCheck;
import org.selfeval.folder.FolderScan;
import org.selfeval.folder.FormReport;
import org.selfeval.folder.SummaryTables;
import org.selfeval.i18n.Messages;
import org.selfeval.scoring.ProfileCatalog;

/**
 * {@code check DIR [--summary SUMMARY.xlsx]}: one line per form of the folder on stdout, as each is checked; the
 * tally, and where the summary went, on stderr. Exit code: the worst of the files — 2 when any file cannot be read
 * (or the folder holds more forms than are checked), else 1 when any form has errors, else 0.
 */
final class FolderCommand {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    FolderCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** @param summary the workbook to write, or {@code null} for none */
    int run(Path folder, Path summary) {
        FolderScan.Listing listing;
        try {
            listing = FolderScan.scan(folder, summary == null ? Set.of() : Set.of(summary));
        } catch (IOException e) {
            err.println(messages.get("io.error.unreadable", folder.toString(), String.valueOf(e.getMessage())));
            return Cli.CANNOT_RUN;
        }
        if (listing.files().isEmpty() && listing.unreadable().isEmpty()) {
            err.println(messages.get("cli.folder.empty", folder.toString()));
            return Cli.CANNOT_RUN;
        }
        List<FormReport> reports = new FolderCheck(ProfileCatalog.builtIn(), messages)
                .run(listing, r -> out.println(line(r)), () -> false);
        FormReport.Verdict worst = reports.stream().map(FormReport::verdict)
                .max(Enum::compareTo).orElse(FormReport.Verdict.FINE);
        err.println(messages.get("cli.folder.done", reports.size(),
                count(reports, FormReport.Verdict.FINE), count(reports, FormReport.Verdict.ERRORS),
                count(reports, FormReport.Verdict.UNREADABLE)));
        int code = worst == FormReport.Verdict.UNREADABLE ? Cli.CANNOT_RUN
                : worst == FormReport.Verdict.ERRORS ? Cli.FORM_HAS_ERRORS : Cli.OK;
        if (listing.truncated()) {
            err.println(messages.get("cli.folder.truncated", FolderScan.MAX_FILES));
            code = Cli.CANNOT_RUN;
        }
        if (summary != null) {
            try {
                new SummaryTables(messages).write(summary, reports);
            } catch (IOException e) {
                err.println(Cli.writeFailure(messages, summary, e));
                return Cli.CANNOT_RUN;
            }
            err.println(messages.get("cli.folder.summary", summary));
        }
        return code;
    }

    private String line(FormReport r) {
        if (!r.readable()) {
            return messages.get("cli.folder.unreadable", r.name(), r.failure());
        }
        BigDecimal rate = r.rate();
        return messages.get("cli.folder.line", r.name(), r.project(), r.unit(),
                rate == null ? messages.get("cli.folder.noRate") : rate.toPlainString() + "%",
                CheckCommand.points(r.total()), r.grade().label(), r.errors(), r.warnings());
    }

    private static long count(List<FormReport> reports, FormReport.Verdict verdict) {
        return reports.stream().filter(r -> r.verdict() == verdict).count();
    }
}
