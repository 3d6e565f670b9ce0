package org.selfeval.ui.vm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.io.FormDocument;
import org.selfeval.model.FormModel;

/**
 * What 导出 Excel… and 导入 Excel… need of the workbook code. An interface, so that the window can start
 * without loading the xlsx package or Apache POI: the implementation is made on first use.
 */
public interface WorkbookFiles {

    /** {@code <年度>年度<项目名称>绩效自评表.xlsx}. */
    String suggestedFileName(FormModel form);

    /** Freezes the form as it is now (on the window's thread); the returned work writes it (in the background). */
    Export prepareExport(FormModel form);

    /**
     * Reads a workbook (in the background).
     *
     * @throws IOException a {@link org.selfeval.io.LocalizedIOException} with the reason in plain words when the
     *                     workbook is refused
     */
    Imported read(Path source) throws IOException;

    /** A frozen form, ready to be written. */
    interface Export {
        void writeTo(Path target) throws IOException;
    }

    /** A form read from a workbook and, in plain words, what could not be placed. */
    record Imported(FormDocument document, List<String> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }
}
