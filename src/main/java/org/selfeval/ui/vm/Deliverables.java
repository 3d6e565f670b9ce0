package org.selfeval.ui.vm;

import org.selfeval.model.FormModel;

/**
 * What 导出 PDF… and 生成自评报告… need of the pdf and report code; an interface, so that PDFBox and POI stay unloaded
 * until the officer asks for a document.
 */
public interface Deliverables {

    /** The documents the window makes of a form, with their extension and the texts of their dialogs. */
    enum Kind {
        PDF(".pdf", "wiring.file.pdf", "wiring.menu.pdf"),
        REPORT(".docx", "wiring.file.report", "wiring.menu.report");

        private final String extension;
        private final String filterKey;
        private final String menuKey;

        Kind(String extension, String filterKey, String menuKey) {
            this.extension = extension;
            this.filterKey = filterKey;
            this.menuKey = menuKey;
        }

        public String extension() {
            return extension;
        }

        /** Bundle key of the file chooser's filter (PDF 文件（*.pdf）). */
        public String filterKey() {
            return filterKey;
        }

        /** Bundle key of the menu item, also the chooser's title. */
        public String menuKey() {
            return menuKey;
        }
    }

    /** {@code <年度>年度<项目名称>绩效自评表.pdf} or …绩效自评报告.docx. */
    String suggestedFileName(Kind kind, FormModel form);

    /** Freezes the form as it is now (on the window's thread); the returned work writes the document. */
    WorkbookFiles.Export prepare(Kind kind, FormModel form);
}
