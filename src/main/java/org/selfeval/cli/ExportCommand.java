package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.pdf.PdfExport;
import org.selfeval.pdf.PdfFonts;
import org.selfeval.report.DocxReport;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.XlsxExport;

/**
 * {@code export FORM.json -o OUT.xlsx|OUT.pdf} writes the form in the official layout, as a workbook or a PDF, chosen
 * by the output's extension; {@code report FORM.json -o OUT.docx} writes the draft 绩效自评报告. A form with errors is
 * still written (a draft is worth sending for review) but the exit code says so. The documents are Chinese whatever
 * the command line's language.
 */
final class ExportCommand {

    /** Writes a form to a file. */
    @FunctionalInterface
    interface Writer {
        void write(FormModel form, Path target) throws IOException;
    }

    /** What {@code export} writes, by extension. */
    static final Map<String, Writer> EXPORTS = Map.of(
            ".xlsx", (form, target) -> new XlsxExport(Messages.chinese()).write(form, target),
            ".pdf", (form, target) -> new PdfExport(Messages.chinese(), PdfFonts.system()).write(form, target));
    /** What {@code report} writes. */
    static final Map<String, Writer> REPORTS = Map.of(
            ".docx", (form, target) -> new DocxReport(Messages.chinese()).write(form, target));

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code export} ({@link #EXPORTS}) or {@code report} ({@link #REPORTS}) with its usage line. */
    int run(List<String> options, Map<String, Writer> writers, String usageKey) {
        Cli.InOut paths = Cli.inOutOrReport(options, Set.of(), messages, err, usageKey);
        if (paths == null) {
            return Cli.CANNOT_RUN;
        }
        Path target = paths.out();
        Writer writer = writers.get(extension(target));
        if (writer == null) {
            err.println(messages.get("cli.export.unknownType", target,
                    String.join(" ", writers.keySet().stream().sorted().toList())));
            return Cli.CANNOT_RUN;
        }
        FormModel form;
        try {
            form = new FormMapper(ProfileCatalog.builtIn()).open(new FormFiles().read(paths.in()));
        } catch (FormReadException e) {
            err.println(e.describe(messages));
            return Cli.CANNOT_RUN;
        }
        try {
            writer.write(form, target);
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

    private static String extension(Path target) {
        String name = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
