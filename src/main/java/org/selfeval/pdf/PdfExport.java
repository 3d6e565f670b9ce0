package org.selfeval.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.selfeval.i18n.Messages;
import org.selfeval.io.AtomicFiles;
import org.selfeval.layout.FileNames;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutPlanner;
import org.selfeval.model.FormModel;

/**
 * Exports a form as a PDF of vector A4 pages drawn from the layout plan (the pages of the print preview and the
 * exported sheet), with a Chinese font embedded as a subset and the title and author (实施单位) set. Use
 * {@link #snapshot} on the thread that owns the form, then {@link #write(Snapshot, Path)} on any thread.
 */
public final class PdfExport {

    private final Messages formText;
    private final PdfFonts fonts;

    /** @param formText the texts printed on the form: {@link Messages#chinese()} for the official form */
    public PdfExport(Messages formText, PdfFonts fonts) {
        this.formText = Objects.requireNonNull(formText, "formText");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** What is exported, taken from the form at one moment; holds no live properties. */
    public record Snapshot(FormLayout layout, String title, String author, String subject) {
    }

    /** Freezes the form's current state for export. */
    public Snapshot snapshot(FormModel form) {
        FormLayout layout = new LayoutPlanner(formText).plan(form);
        return new Snapshot(layout, FileNames.stem(form, formText, "sheet.document"),
                Objects.toString(form.implementingUnitProperty().get(), ""),
                Objects.toString(form.projectNameProperty().get(), ""));
    }

    /** {@code <年度>年度<项目名称>绩效自评表.pdf}. */
    public String suggestedFileName(FormModel form) {
        return FileNames.stem(form, formText, "sheet.document") + ".pdf";
    }

    /** Writes the form to a file, atomically (a failed export leaves any older file untouched). */
    public void write(FormModel form, Path target) throws IOException {
        write(snapshot(form), target);
    }

    /** Writes a snapshot to a file, atomically. */
    public void write(Snapshot snapshot, Path target) throws IOException {
        AtomicFiles.writeDocument(target, toBytes(snapshot));
    }

    /**
     * The PDF's bytes.
     *
     * @throws NoFontException when no Chinese font that can be embedded is installed
     */
    public byte[] toBytes(Snapshot snapshot) throws IOException {
        try (PDDocument document = new PDDocument(); FontChain chain = fonts.load(document);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FormLayout layout = snapshot.layout();
            PageDrawer drawer = new PageDrawer(layout, chain);
            String footer = formText.get("sheet.footer");
            int count = layout.pages().size();
            for (int i = 0; i < count; i++) {
                drawer.draw(document, layout.pages().get(i), footer.replace("&P", String.valueOf(i + 1))
                        .replace("&N", String.valueOf(count)));
            }
            info(document, snapshot);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void info(PDDocument document, Snapshot snapshot) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(snapshot.title());
        info.setAuthor(snapshot.author());
        info.setSubject(snapshot.subject());
        info.setCreator("SelfEval");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true); // the window shows the title, not a file name like 2021.pdf
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
