package org.selfeval.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks that are small on disk and inside POI's zip limits but would cost minutes or gigabytes to build, and
 * workbooks whose flaws POI would take silently; made at test time from the exported 2021 reference form (too
 * large, or too many, to commit). Each is named after what it holds.
 */
public final class HostileWorkbooks {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STYLES = "xl/styles.xml";
    static final String CUSTOM = "docProps/custom.xml";

    private HostileWorkbooks() {
    }

    /** Every hostile workbook that must be refused, by file name, with the message key it must be refused with. */
    public static Map<Path, String> refused(Path dir) throws Exception {
        byte[] form = BadWorkbooks.referenceForm();
        Map<Path, String> made = new LinkedHashMap<>();
        made.put(write(dir, "format-code-16000.xlsx", longFormatCode(form, 16_000)), "xlsx.error.limit");
        made.put(write(dir, "merges-over-limit.xlsx", merges(form, WorkbookLimits.MAX_MERGES + 1)),
                "xlsx.error.limit");
        made.put(write(dir, "sheets-1000.xlsx", sheets(form, 1_000)), "xlsx.error.limit");
        made.put(sparseSheets(dir.resolve("three-full-sheets.xlsx"), 3), "xlsx.error.limit");
        made.put(write(dir, "shared-strings-over-limit.xlsx",
                sharedStrings(form, WorkbookLimits.MAX_SHARED_STRINGS + 1)), "xlsx.error.limit");
        made.put(write(dir, "custom-properties-2mb.xlsx", customProperties(form, 2 * 1024 * 1024)),
                "xlsx.error.limit");
        made.put(write(dir, "styles-over-limit.xlsx", styles(form, WorkbookLimits.MAX_STYLES + 1)),
                "xlsx.error.limit");
        made.put(write(dir, "rows-as-application-xml.xlsx", sheetAsPlainXml(rewritten(
                BadWorkbooks.hugeSheet(dir.resolve("rows.tmp"), WorkbookLimits.MAX_ROWS + 500, 1)))),
                "xlsx.error.tooManyRows");
        made.put(write(dir, "binary-workbook.xlsb", xlsb()), "xlsx.error.xlsb");
        return made;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A number format whose code is {@code length} characters of {@code #}. */
    static byte[] longFormatCode(byte[] form, int length) throws IOException {
        return BadWorkbooks.replace(form, STYLES, xml -> xml.replace("<numFmt numFmtId=\"164\"",
                "<numFmt numFmtId=\"200\" formatCode=\"" + "#".repeat(length) + "\"/><numFmt numFmtId=\"164\""));
    }

    /** {@code count} more merged regions of two cells each, right of the form (columns L–BK). */
    static byte[] merges(byte[] form, int count) throws IOException {
        StringBuilder extra = new StringBuilder(count * 20);
        for (int i = 0; i < count; i++) {
            int row = 100 + i / 25;
            int col = 11 + 2 * (i % 25);
            extra.append("<mergeCell ref=\"").append(column(col)).append(row).append(':')
                    .append(column(col + 1)).append(row).append("\"/>");
        }
        return BadWorkbooks.replace(form, SHEET, xml -> xml.replaceFirst("<mergeCells count=\"\\d+\">",
                "<mergeCells>" + extra));
    }

    /** The form and {@code count} empty sheets after it. */
    static byte[] sheets(byte[] form, int count) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(form))) {
            for (int i = 0; i < count; i++) {
                wb.createSheet("S" + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** {@code sheets} sheets of {@link WorkbookLimits#MAX_ROWS} rows each, every one inside the per-sheet limits. */
    static Path sparseSheets(Path file, int sheets) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            for (int s = 0; s < sheets; s++) {
                var sheet = wb.createSheet("S" + s);
                for (int r = 0; r < WorkbookLimits.MAX_ROWS; r++) {
                    sheet.createRow(r).createCell(r % 64).setCellValue(r);
                }
            }
            wb.createSheet("项目支出绩效自评表").createRow(0).createCell(0).setCellValue("项目名称");
            wb.write(out);
        }
        return file;
    }

    /** {@code count} shared strings, though the form uses a few dozen. */
    static byte[] sharedStrings(byte[] form, int count) throws IOException {
        return sharedStrings(form, count, 0);
    }

    /** {@code count} more shared strings, each padded to at least {@code length} characters (varied text). */
    static byte[] sharedStrings(byte[] form, int count, int length) throws IOException {
        Random random = new Random(count);
        String xml = new String(BadWorkbooks.entry(form, "xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</sst>");
        StringBuilder more = new StringBuilder(xml.length() + count * 16).append(xml, 0, end);
        for (int i = 0; i < count; i++) {
            more.append("<si><t>").append(Integer.toString(i, 36));
            for (int c = 0; c < length; c++) {
                more.append((char) ('\u4e00' + random.nextInt(2000)));
            }
            more.append("</t></si>");
        }
        more.append("</sst>");
        return BadWorkbooks.replaceEntry(form, "xl/sharedStrings.xml",
                more.toString().replaceFirst("count=\"\\d+\"", "").replaceFirst("uniqueCount=\"\\d+\"", "")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A custom document property of {@code size} characters that do not compress (within the zip's limits). */
    static byte[] customProperties(byte[] form, int size) throws IOException {
        Random random = new Random(15);
        StringBuilder text = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return BadWorkbooks.replace(form, CUSTOM, xml -> xml.replace("</Properties>",
                "<property pid=\"90\" fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" name=\"junk\"><vt:lpwstr>"
                        + text + "</vt:lpwstr></property></Properties>"));
    }

    /**
     * {@code count} more cell formats in the styles part, each different (identical ones would compress beyond
     * POI's inflate ratio and be refused as a zip bomb instead).
     */
    static byte[] styles(byte[] form, int count) throws IOException {
        Random random = new Random(15);
        StringBuilder xfs = new StringBuilder(count * 60);
        for (int i = 0; i < count; i++) {
            xfs.append("<xf numFmtId=\"").append(random.nextInt(50)).append("\" fontId=\"").append(random.nextInt(4))
                    .append("\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"").append(i % 2 == 0)
                    .append("\"><alignment indent=\"").append(random.nextInt(250)).append("\"/></xf>");
        }
        return BadWorkbooks.replace(form, STYLES, xml -> xml.replaceFirst("<cellXfs count=\"\\d+\">",
                "<cellXfs>" + xfs));
    }

    /** A workbook written anew by POI's own writer (SXSSF writes entries that a zip stream cannot re-read). */
    static byte[] rewritten(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its sheet declared as plain {@code application/xml} (no override of its content type). */
    static byte[] sheetAsPlainXml(byte[] workbook) throws IOException {
        return BadWorkbooks.replace(workbook, "[Content_Types].xml", xml -> xml.replaceAll(
                "<Override [^>]*PartName=\"/xl/worksheets/sheet1.xml\"[^>]*/>", ""));
    }

    /** An Excel binary workbook's package: its main part is {@code xl/workbook.bin}. */
    static byte[] xlsb() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
                + "\"bin\" ContentType=\"" + PackageScan.XLSB_TYPE + "\"/></Types>"));
        entries.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"xl/workbook.bin\"/></Relationships>"));
        entries.put("xl/workbook.bin", new byte[] {(byte) 0x83, 0x01, 0x00});
        return BadWorkbooks.zip(entries);
    }

    /** The reference form with its sheet hidden (very hidden) and a visible copy, whose project name differs. */
    static byte[] hiddenForm(byte[] form, String visibleProjectName) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(form))) {
            var copy = wb.cloneSheet(0, "副本");
            copy.getRow(2).getCell(2).setCellValue(visibleProjectName);
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            wb.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The form with row {@code r} given twice: its copy holds {@code text} in column C. */
    static byte[] repeatedRow(byte[] form, int r, String text) throws IOException {
        return BadWorkbooks.replace(form, SHEET, xml -> xml.replace("<row r=\"" + (r + 1) + "\"",
                "<row r=\"" + r + "\"><c r=\"C" + r + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"
                        + "<row r=\"" + (r + 1) + "\""));
    }

    /** The form with cell {@code ref}'s shared-string index replaced by one that points nowhere. */
    static byte[] badSharedString(byte[] form, String ref) throws IOException {
        return BadWorkbooks.replace(form, SHEET, xml -> xml.replaceFirst(
                "<c r=\"" + ref + "\"([^>]*) t=\"s\"><v>\\d+</v>", "<c r=\"" + ref + "\"$1 t=\"s\"><v>99999</v>"));
    }

    /** The form with its number cell at {@code ref} holding a value that is no number. */
    static byte[] unreadableNumber(byte[] form, String ref) throws IOException {
        return BadWorkbooks.replace(form, SHEET, xml -> xml.replaceFirst("<c r=\"" + ref + "\"([^>]*)><v>[^<]*</v>",
                "<c r=\"" + ref + "\"$1><v>abc</v>"));
    }

    private static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
