package org.selfeval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/**
 * Tells an Excel workbook from other files by its first bytes, so that a workbook opened as a form is answered with
 * the way to import it rather than with "not UTF-8 text". POI may not be used here (only the xlsx package uses it),
 * and none is needed: the JDK reads a zip's directory.
 */
final class ExcelFiles {

    /** A zip's local file header: .xlsx, .xlsm and .xlsb are zips, and so are .docx, .ods and plain archives. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OLE2 compound file: a legacy .xls, or an .xlsx with an opening password (also a .doc or .ppt). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** Every part of an Excel workbook package lives under this folder of the zip. */
    private static final String WORKBOOK_FOLDER = "xl/";
    /**
     * The JDK holds a zip's whole directory in memory; a forged file of gigabytes could ask for that much. A form's
     * workbook is some tens of kilobytes, and the import refuses more than 20 MB anyway.
     */
    static final long MAX_ZIP_BYTES = 64L * 1024 * 1024;

    private ExcelFiles() {
    }

    /**
     * Whether the file is an Excel workbook: an OLE2 file (telling an .xls from a .doc takes POI; an officer's OLE2
     * files are nearly always .xls or password-protected .xlsx), or a zip with parts under {@code xl/}. A zip whose
     * directory cannot be read (cut off), or one larger than {@link #MAX_ZIP_BYTES}, is not called a workbook: what
     * it holds is unknown.
     */
    static boolean isWorkbook(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(OLE2.length);
        }
        if (Arrays.equals(start, OLE2)) {
            return true;
        }
        if (start.length < ZIP.length || !Arrays.equals(start, 0, ZIP.length, ZIP, 0, ZIP.length)
                || Files.size(file) > MAX_ZIP_BYTES) {
            return false;
        }
        // Only the zip's directory is read, nothing is inflated: a zip bomb costs nothing here.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getName().startsWith(WORKBOOK_FOLDER));
        } catch (IOException | RuntimeException damaged) {
            return false;
        }
    }
}
