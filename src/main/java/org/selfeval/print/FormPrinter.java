package org.selfeval.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.FormLayout;
import org.selfeval.layout.LayoutPlanner;
import org.selfeval.layout.PageGeometry;
import org.selfeval.model.FormModel;

/**
 * Prints a form's pages through the system's print dialog (JavaFX {@link PrinterJob}), A4 portrait, the same
 * pages the preview shows. Where no printer exists it says so plainly instead of failing silently.
 */
public final class FormPrinter {

    private final Messages messages;

    /** @param messages the officer's language, for dialogs; the form itself is printed in Chinese */
    public FormPrinter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The pages of a form as nodes, A4 in points, built from the layout plan. Call on the FX thread. */
    public static List<Pane> pages(FormModel form) {
        FormLayout layout = new LayoutPlanner(Messages.chinese()).plan(form);
        return pages(layout);
    }

    static List<Pane> pages(FormLayout layout) {
        PrintFonts.Face family = PrintFonts.songFace();
        String footer = Messages.chinese().get("sheet.footer");
        List<Pane> pages = new ArrayList<>();
        for (int i = 0; i < layout.pages().size(); i++) {
            pages.add(PageView.page(layout, layout.pages().get(i), i + 1, footer, family));
        }
        return pages;
    }

    /**
     * Asks for a printer and prints the form. Returns whether it was sent to the printer; {@code false} when the
     * officer cancelled, no printer exists (after saying so) or printing failed (after saying so).
     */
    public boolean print(Window owner, FormModel form) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            tell(owner, Alert.AlertType.INFORMATION, messages.get("print.noPrinter"));
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            tell(owner, Alert.AlertType.INFORMATION, messages.get("print.noPrinter"));
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout pageLayout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        double scale = Math.min(pageLayout.getPrintableWidth() / PageGeometry.PAGE_WIDTH,
                pageLayout.getPrintableHeight() / PageGeometry.PAGE_HEIGHT);
        for (Pane page : pages(form)) {
            page.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(pageLayout, page)) {
                tell(owner, Alert.AlertType.ERROR, messages.get("print.failed", String.valueOf(job.getJobStatus())));
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    private void tell(Window owner, Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("print.title"));
        alert.showAndWait();
    }
}
