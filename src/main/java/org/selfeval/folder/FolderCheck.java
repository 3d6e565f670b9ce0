package org.selfeval.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.selfeval.check.FormChecker;
import org.selfeval.check.Problem;
import org.selfeval.check.Severity;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormDocument;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormMapper;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.ImportNote;
import org.selfeval.xlsx.ImportResult;
import org.selfeval.xlsx.XlsxImport;

/**
 * Checks every form of a folder ({@link FolderScan}): form files and workbooks in the official layout, read by the
 * same readers as 打开 and 导入 Excel, checked by the same {@link FormChecker}. A file that cannot be read becomes a
 * report with its reason, never a stop. Used by {@code check DIR} and 检查文件夹….
 */
public final class FolderCheck {

    private final FormFiles files = new FormFiles();
    private final FormMapper mapper;
    private final ProfileCatalog catalog;
    private final Messages messages;
    private final FormChecker checker;
    /** Made on the first workbook: loading POI costs about a second, which a folder of JSON files need not pay. */
    private XlsxImport workbooks;

    /** @param messages the language of the problems and reasons */
    public FolderCheck(ProfileCatalog catalog, Messages messages) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.mapper = new FormMapper(catalog);
        this.checker = new FormChecker(messages);
    }

    /**
     * Checks the listed files in order, handing each report to {@code each} as it is made.
     *
     * @param cancelled asked before each file; once true, the files left are not checked
     * @return the reports, with one for each subfolder that could not be listed
     */
    public List<FormReport> run(FolderScan.Listing listing, Consumer<FormReport> each, BooleanSupplier cancelled) {
        List<FormReport> reports = new ArrayList<>();
        for (FolderScan.Unreadable u : listing.unreadable()) {
            FormReport report = FormReport.unreadable(u.path(), relative(listing.folder(), u.path()),
                    messages.get("io.error.unreadable", u.path().toString(), u.reason()));
            reports.add(report);
            each.accept(report);
        }
        for (Path file : listing.files()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            FormReport report = check(listing.folder(), file);
            reports.add(report);
            each.accept(report);
        }
        return reports;
    }

    /** Reads and checks one file; never throws. */
    public FormReport check(Path folder, Path file) {
        String name = relative(folder, file);
        try {
            List<FormReport.Finding> findings = new ArrayList<>();
            FormModel form = read(file, findings);
            List<FormReport.Finding> all = new ArrayList<>();
            for (Problem p : checker.check(form)) {
                all.add(new FormReport.Finding(p.location().describe(messages, form.profile()), p.severity(),
                        p.message()));
            }
            all.addAll(findings);
            java.math.BigDecimal rate = form.funds(FundsLine.TOTAL).rateBinding().get();
            return new FormReport(file, name, form.getProjectName(), form.departmentProperty().get(),
                    form.implementingUnitProperty().get(), form.shownPercent(rate),
                    form.getTotal(), form.getGrade(), all, null);
        } catch (LocalizedIOException e) {
            return FormReport.unreadable(file, name, e.describe(messages));
        } catch (RuntimeException e) {
            // One odd file must not end the check of the others; the class name helps a bug report.
            return FormReport.unreadable(file, name, messages.get("cli.internalError",
                    e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
    }

    private FormModel read(Path file, List<FormReport.Finding> notes) throws LocalizedIOException {
        String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        FormDocument doc;
        if (fileName.endsWith(".xlsx")) {
            if (workbooks == null) {
                workbooks = new XlsxImport(catalog, Messages.chinese());
            }
            ImportResult result = workbooks.read(file);
            for (ImportNote note : result.notes()) {
                String where = note.cell().isEmpty() ? messages.get("folder.where.sheet")
                        : messages.get("folder.where.cell", note.cell());
                notes.add(new FormReport.Finding(where, Severity.HINT,
                        messages.get(note.messageKey(), note.args())));
            }
            doc = result.document();
        } else {
            doc = files.read(file);
        }
        return mapper.open(doc);
    }

    private static String relative(Path folder, Path file) {
        Path rel = file.startsWith(folder) ? folder.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
