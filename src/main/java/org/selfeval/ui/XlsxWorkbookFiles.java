package org.selfeval.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;
import org.selfeval.scoring.ProfileCatalog;
import org.selfeval.ui.vm.WorkbookFiles;
import org.selfeval.xlsx.ImportResult;
import org.selfeval.xlsx.XlsxExport;
import org.selfeval.xlsx.XlsxImport;

/** {@link WorkbookFiles} over the xlsx package; the form is always written with the official Chinese labels. */
public final class XlsxWorkbookFiles implements WorkbookFiles {

    private final XlsxExport export = new XlsxExport(Messages.chinese());
    private final XlsxImport importer;
    private final Messages messages;

    /** @param messages the window's language, for the import notes */
    public XlsxWorkbookFiles(ProfileCatalog catalog, Messages messages) {
        this.importer = new XlsxImport(catalog, Messages.chinese());
        this.messages = messages;
    }

    @Override
    public String suggestedFileName(FormModel form) {
        return export.suggestedFileName(form);
    }

    @Override
    public Export prepareExport(FormModel form) {
        XlsxExport.Snapshot snapshot = export.snapshot(form);
        return target -> export.write(snapshot, target);
    }

    @Override
    public Imported read(Path source) throws IOException {
        ImportResult result = importer.read(source);
        return new Imported(result.document(), result.notes().stream().map(n -> n.describe(messages)).toList());
    }
}
