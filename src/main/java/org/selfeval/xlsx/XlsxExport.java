package org.selfeval.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.i18n.Messages;
import org.selfeval.io.AtomicFiles;
import org.selfeval.io.FormDocument;
import org.selfeval.layout.FileNames;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutPlanner;
import org.selfeval.model.FormModel;

/**
 * Exports a form as an .xlsx workbook in the official layout. Use {@link #snapshot} on the thread that owns
 * the form (cheap), then {@link #write(Snapshot, Path)} on any thread: the first workbook of a run loads
 * Apache POI, which takes about a second.
 */
public final class XlsxExport {

    private final Messages formText;

    /** @param formText the texts printed on the form: {@link Messages#chinese()} for the official form */
    public XlsxExport(Messages formText) {
        this.formText = Objects.requireNonNull(formText, "formText");
    }

    /** What is exported, taken from the form at one moment; holds no live properties. */
    public record Snapshot(FormLayout layout, ExportInfo info) {
    }

    /** The document properties and hidden marks of an export. */
    public record ExportInfo(String title, String author, String projectName, String edition, String marks) {
    }

    /** Freezes the form's current state for export. */
    public Snapshot snapshot(FormModel form) {
        FormLayout layout = new LayoutPlanner(formText).plan(form);
        String title = FileNames.stem(form, formText, "sheet.document");
        ExportMarks marks = ExportMarks.of(form);
        return new Snapshot(layout, new ExportInfo(title, form.implementingUnitProperty().get(),
                form.projectNameProperty().get(), marks.edition(), marks.encodeIndicators()));
    }

    /** Writes the form to a file, atomically (a failed export leaves any older file untouched). */
    public void write(FormModel form, Path target) throws IOException {
        write(snapshot(form), target);
    }

    /** Writes a snapshot to a file, atomically. */
    public void write(Snapshot snapshot, Path target) throws IOException {
        AtomicFiles.writeDocument(target, toBytes(snapshot));
    }

    /** The .xlsx file's bytes. */
    public byte[] toBytes(Snapshot snapshot) throws IOException {
        PoiLimits.apply();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter.write(workbook, snapshot.layout(), formText.get("sheet.footer"));
            properties(workbook.getProperties(), snapshot.info());
            String continued = ExportMarks.encodeContinued(snapshot.layout());
            if (!continued.isEmpty()) {
                workbook.getProperties().getCustomProperties().addProperty(ExportMarks.CONTINUED, continued);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void properties(POIXMLProperties properties, ExportInfo info) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setSubjectProperty(info.projectName());
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(ExportMarks.FORMAT, FormDocument.FORMAT + "/" + FormDocument.VERSION);
        custom.addProperty(ExportMarks.EDITION, info.edition());
        custom.addProperty(ExportMarks.INDICATORS, info.marks());
    }

    /** The file name to propose: {@code <年度>年度<项目名称>绩效自评表.xlsx} ({@link FileNames}). */
    public String suggestedFileName(FormModel form) {
        return FileNames.stem(form, formText, "sheet.document") + ".xlsx";
    }
}
