package org.selfeval.ui;

import java.io.IOException;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.xlsx.XlsxExport;

/**
 * Exports a blank form into memory once, on a low-priority daemon thread started after the window shows: the
 * first workbook of a run loads Apache POI and XMLBeans (about a second here), and this way the officer's first
 * export does not pay for it. Nothing of POI is loaded before the window is up.
 */
final class ExportWarmUp {

    private ExportWarmUp() {
    }

    static void start(ProfileCatalog catalog) {
        Thread thread = new Thread(() -> {
            try {
                XlsxExport export = new XlsxExport(Messages.chinese());
                export.toBytes(export.snapshot(new FormModel(catalog.defaultProfile())));
            } catch (IOException | RuntimeException e) {
                // Only a warm-up: a real export reports its own failure.
            }
        }, "selfeval-export-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
