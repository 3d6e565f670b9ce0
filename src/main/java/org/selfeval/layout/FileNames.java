package org.selfeval.layout;

import org.selfeval.i18n.Messages;
import org.selfeval.model.FormModel;

/**
 * The file names proposed for what is made of a form ({@code <年度>年度<项目名称>绩效自评表}, …报告), the same for
 * the workbook, the PDF and the report, without characters files cannot hold.
 */
public final class FileNames {

    private static final char[] NOT_IN_FILE_NAMES = {'\\', '/', ':', '*', '?', '"', '<', '>', '|'};

    private FileNames() {
    }

    /**
     * The name without extension: the year, the project's name and the document's name under
     * {@code documentKey}; without the year in front when the project's name begins with it already (2021年…项目).
     */
    public static String stem(FormModel form, Messages text, String documentKey) {
        String name = clean(form.projectNameProperty().get());
        Integer year = form.getYear();
        String document = text.get(documentKey);
        return year == null || name.startsWith(String.valueOf(year)) ? text.get("sheet.fileNameNoYear", name, document)
                : text.get("sheet.fileName", String.valueOf(year), name, document);
    }

    private static String clean(String name) {
        String s = name == null ? "" : name.strip();
        for (char c : NOT_IN_FILE_NAMES) {
            s = s.replace(c, '_');
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(cp -> cp >= 0x20).forEach(out::appendCodePoint);
        return out.length() > 120 ? out.substring(0, 120) : out.toString();
    }
}
