package org.selfeval.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.selfeval.io.FormReadException;
import org.selfeval.io.LocalizedIOException;
import org.selfeval.io.RegularFiles;

/**
 * The checks a file passes before POI builds a workbook from it, and what POI's own failures mean: each refusal is
 * one {@link XlsxReadException}, which {@link XlsxImport#read(Path)} then names the file in.
 */
final class WorkbookFileChecks {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** A sheet's part as Excel, WPS and POI name it (a forged name only escapes this count, not the scan's). */
    private static final java.util.regex.Pattern SHEET_PART =
            java.util.regex.Pattern.compile("(?i)xl/(work|chart|dialog)sheets/[^/]+\\.xml");
    /** The stream names of a BIFF workbook (.xls; "Book" is Excel 5/95). */
    private static final List<String> LEGACY_WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "BOOK", "Book");

    private WorkbookFileChecks() {
    }

    /**
     * Only a regular file, and never more than {@link XlsxImport#MAX_FILE_BYTES} of it, whatever size the file
     * system reports: the bytes are read through a bounded stream before POI opens the file.
     */
    static void requireReadableSize(Path file, String name) throws XlsxReadException {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, XlsxImport.MAX_FILE_BYTES);
        } catch (FormReadException e) {
            String key = e.messageKey().equals("io.error.tooLarge") ? "xlsx.error.tooLarge" : e.messageKey();
            throw new XlsxReadException(e, key, name);
        }
        if (bytes.length == 0) {
            throw new XlsxReadException(null, "xlsx.error.empty", name);
        }
    }

    /**
     * An OLE2 container is never imported: with an {@code EncryptionInfo} stream it is an .xlsx with a password,
     * with a {@code Workbook} stream a legacy .xls, otherwise another old Office file (.doc, .ppt).
     */
    static XlsxReadException ole2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return new XlsxReadException(null, "xlsx.error.encrypted", name);
            }
            for (String book : LEGACY_WORKBOOK_STREAMS) {
                if (root.hasEntry(book)) {
                    return new XlsxReadException(null, "xlsx.error.xls", name);
                }
            }
            return new XlsxReadException(null, "xlsx.error.otherOffice", name);
        } catch (IOException | RuntimeException e) {
            return new XlsxReadException(e, "xlsx.error.damaged", name);
        }
    }

    /**
     * Checks the zip's directory with the JDK before POI sees it: a truncated or damaged zip, or a zip that is no
     * Office document, is then told apart without relying on POI's fallback to reading the zip as a stream.
     */
    static void requireOfficeZip(Path file, String name) throws XlsxReadException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(CONTENT_TYPES) == null) {
                throw new XlsxReadException(null, "xlsx.error.notWorkbook", name);
            }
            // Counted here, from the directory alone, so that a workbook of 1,000 sheets is refused for its
            // sheets and not called a zip bomb by POI's count of entries.
            long sheets = zip.stream().filter(e -> SHEET_PART.matcher(e.getName()).matches()).count();
            if (sheets > WorkbookLimits.MAX_SHEETS) {
                throw new XlsxReadException(null, "xlsx.error.limit", name,
                        new LocalizedIOException.Phrase("xlsx.limit.sheets", WorkbookLimits.MAX_SHEETS));
            }
            if (zip.size() > PoiLimits.MAX_FILE_COUNT) {
                throw new XlsxReadException(null, "xlsx.error.limit", name,
                        new LocalizedIOException.Phrase("xlsx.limit.parts", PoiLimits.MAX_FILE_COUNT));
            }
        } catch (XlsxReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new XlsxReadException(e, "xlsx.error.damaged", name);
        }
    }

    /** What a failure deep in POI means for the officer: a zip bomb (one of POI's limits), or a damaged file. */
    static XlsxReadException refusal(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            // POI has no exception type of its own for its limits; its messages are pinned by BadXlsxFilesTest.
            if (message.contains("Zip bomb") || message.contains("MAX_FILE_COUNT") || t instanceof RecordFormatException) {
                return new XlsxReadException(e, "xlsx.error.zipBomb", name);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new XlsxReadException(e, "xlsx.error.damaged", name);
    }
}
