package org.selfeval.ui;

import java.util.List;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.pdf.PdfExport;
import org.selfeval.pdf.PdfFonts;
import org.selfeval.report.DocxReport;
import org.selfeval.report.ReportDraft;
import org.selfeval.ui.vm.Deliverables;
import org.selfeval.ui.vm.WorkbookFiles;

/** {@link Deliverables} over the pdf and report packages; both documents are Chinese whatever the window's language. */
public final class DeliverableFiles implements Deliverables {

    private final PdfExport pdf = new PdfExport(Messages.chinese(), PdfFonts.system());
    private final DocxReport report = new DocxReport(Messages.chinese());

    @Override
    public String suggestedFileName(Kind kind, FormModel form) {
        return kind == Kind.PDF ? pdf.suggestedFileName(form) : report.suggestedFileName(form);
    }

    @Override
    public WorkbookFiles.Export prepare(Kind kind, FormModel form) {
        if (kind == Kind.PDF) {
            PdfExport.Snapshot snapshot = pdf.snapshot(form);
            return target -> pdf.write(snapshot, target);
        }
        List<ReportDraft.Block> blocks = report.snapshot(form);
        return target -> report.write(blocks, target);
    }
}
