package org.selfeval.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.selfeval.i18n.Messages;
import org.selfeval.layout.ReferenceForms;

/**
 * Makes the bad workbooks of the xlsx corpus, by hand with POI and java.util.zip (nothing is downloaded). The small
 * ones are committed in {@code src/test/resources/bad-xlsx} (rewrite them with
 * {@code mvn -B -q -Dtest=BadXlsxCorpusWriter -Dbadxlsx.write=src/test/resources/bad-xlsx test}); the large ones
 * are made at test time. Most start from the exported 2021 reference form, so that only the one flaw is wrong.
 */
public final class BadWorkbooks {

    /** Text stored in the file an XXE entity points at; it must never reach a form or a message. */
    public static final String SECRET = "SECRET-3f9c2a-机密内容";

    /** 项目名称 of the 2021 reference form, replaced by an entity in the XXE cases. */
    private static final String PROJECT = "2021年北京科技协作中心新兴领域融合科技协同创新促进工作";
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String XML_DECLARATION_END = "?>";

    private BadWorkbooks() {
    }

    /** Writes every small bad file into a folder; returns the file names made. */
    public static Map<String, Path> writeSmallCorpus(Path dir) throws Exception {
        Files.createDirectories(dir);
        Map<String, Path> made = new LinkedHashMap<>();
        byte[] form = referenceForm();
        put(made, dir, "empty.xlsx", new byte[0]);
        put(made, dir, "plain-text.xlsx", utf8("项目名称,乡村道路养护\n年度,2021\n"));
        put(made, dir, "form-json-renamed.xlsx", utf8("{\"format\":\"selfeval.form\",\"version\":\"1.0\"}\n"));
        put(made, dir, "png-image.xlsx", png());
        put(made, dir, "html-error-page.xlsx",
                utf8("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>\n"));
        put(made, dir, "truncated-half.xlsx", Arrays.copyOf(form, form.length / 2));
        put(made, dir, "truncated-end-missing.xlsx", Arrays.copyOf(form, form.length - 10));
        put(made, dir, "plain-zip.xlsx", zip(Map.of("readme.txt", utf8("not an office file"))));
        put(made, dir, "zip-bomb-ratio.xlsx", replace(form, SHEET, xml -> padded(xml, 30_000_000)));
        put(made, dir, "zip-many-entries.xlsx", withManyEntries(form, 600));
        put(made, dir, "xxe-shared-strings.xlsx", replace(form, STRINGS,
                xml -> withEntity(xml, "xxe", "SYSTEM \"secret.txt\"", PROJECT)));
        put(made, dir, "xxe-sheet.xlsx", replace(form, SHEET, xml -> withEntity(xml, "xxe",
                "SYSTEM \"file:secret.txt\"", null)));
        put(made, dir, "entity-expansion.xlsx", replace(form, STRINGS, BadWorkbooks::billionLaughs));
        put(made, dir, "sheet-not-xml.xlsx", replace(form, SHEET, xml -> xml.substring(0, xml.length() / 2)));
        put(made, dir, "encrypted.xlsx", encrypted(form, "123456"));
        byte[] xls = legacyXls();
        put(made, dir, "legacy.xls", xls);
        put(made, dir, "legacy-renamed.xlsx", xls);
        byte[] docx = wordDocument();
        put(made, dir, "word.docx", docx);
        put(made, dir, "word-renamed.xlsx", docx);
        put(made, dir, "old-word.doc", oldWordDocument());
        put(made, dir, "other-layout.xlsx", otherLayout());
        put(made, dir, "div0-in-weight.xlsx", withCellError(form, "G14", FormulaError.DIV0, "1/0"));
        put(made, dir, "ref-error-in-score.xlsx", withCellError(form, "H15", FormulaError.REF, null));
        put(made, dir, "na-error-in-project-name.xlsx", withCellError(form, "C3", FormulaError.NA, "NA()"));
        put(made, dir, "text-too-long.xlsx", replace(withText(form, "C3", "LONG-TEXT-HERE"), STRINGS,
                xml -> xml.replace("LONG-TEXT-HERE", "长".repeat(40_000))));
        put(made, dir, "far-away-row.xlsx", replace(form, SHEET, xml -> xml.replace("</sheetData>",
                "<row r=\"1000000\"><c r=\"A1000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")));
        return made;
    }

    /** The exported 2021 reference form. */
    public static byte[] referenceForm() throws Exception {
        XlsxExport export = new XlsxExport(Messages.chinese());
        return export.toBytes(export.snapshot(ReferenceForms.load("reference-2021")));
    }

    /** A workbook with one sheet of {@code rows} rows (streamed, so it is quick to make). */
    public static Path hugeSheet(Path file, int rows, int columns) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("项目支出绩效自评表");
            sheet.createRow(0).createCell(0).setCellValue("项目名称");
            for (int r = 1; r < rows; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(r * 7 + c);
                }
            }
            wb.write(out); // close() removes SXSSF's temporary files
        }
        return file;
    }

    /**
     * The reference form with a sheet XML of more than {@code uncompressed} bytes that compresses only about
     * 20-fold: it passes the inflate-ratio test and is caught by the maximum entry size.
     */
    public static Path largeEntry(Path file, int uncompressed) throws Exception {
        Random random = new Random(5);
        byte[] block = new byte[1 << 20]; // longer than deflate's 32 KB window, so repeating it does not help
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) ('a' + random.nextInt(4));
        }
        byte[] form = referenceForm();
        String sheet = new String(entry(form, SHEET), StandardCharsets.UTF_8);
        int end = sheet.lastIndexOf("</worksheet>");
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(form));
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals(SHEET)) {
                    in.transferTo(out);
                    continue;
                }
                out.write(utf8(sheet.substring(0, end) + "<!--"));
                for (long written = 0; written < uncompressed; written += block.length) {
                    out.write(block);
                }
                out.write(utf8("-->" + sheet.substring(end)));
            }
        }
        return file;
    }

    /** A file of random bytes beginning like a zip. */
    public static Path randomBytes(Path file, long size) throws IOException {
        Random random = new Random(7);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {'P', 'K', 3, 4});
            for (long written = 4; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return file;
    }

    /** The reference form whose shared strings declare an entity pointing at {@code target} and use it as 项目名称. */
    public static byte[] withExternalEntity(byte[] form, String target) throws IOException {
        return replace(form, STRINGS, xml -> withEntity(xml, "xxe", "SYSTEM \"" + target + "\"", PROJECT));
    }

    /** The reference form with one cell of the form sheet replaced by an error value (with a formula, if given). */
    public static byte[] withCellError(byte[] form, String ref, FormulaError error, String formula) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(form))) {
            XSSFCell cell = cell(wb.getSheetAt(0), ref);
            if (formula != null) {
                cell.setCellFormula(formula);
            }
            cell.setCellErrorValue(error); // on a formula cell: its cached result
            return bytes(wb);
        }
    }

    private static byte[] withText(byte[] form, String ref, String text) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(form))) {
            cell(wb.getSheetAt(0), ref).setCellValue(text);
            return bytes(wb);
        }
    }

    private static XSSFCell cell(XSSFSheet sheet, String ref) {
        CellReference at = new CellReference(ref);
        var row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static void put(Map<String, Path> made, Path dir, String name, byte[] content) throws IOException {
        made.put(name, Files.write(dir.resolve(name), content));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The first bytes of a PNG image: signature and a 1×1 header chunk. */
    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /** The same zip with one entry's text changed. */
    static byte[] replace(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        String text = new String(entry(zip, name), StandardCharsets.UTF_8);
        return replaceEntry(zip, name, utf8(change.apply(text)));
    }

    static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    out.write(content);
                } else {
                    in.transferTo(out);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withManyEntries(byte[] zip, int extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            for (int i = 0; i < extra; i++) {
                out.putNextEntry(new ZipEntry("xl/media/extra" + i + ".txt"));
                out.write(utf8(String.valueOf(i)));
            }
        }
        return bytes.toByteArray();
    }

    /** A sheet XML with a comment of {@code spaces} spaces before its end: tiny compressed, huge expanded. */
    private static String padded(String xml, int spaces) {
        return xml.replace("</worksheet>", "<!--" + " ".repeat(spaces) + "--></worksheet>");
    }

    /**
     * The XML with a DOCTYPE declaring {@code <!ENTITY name decl>} after its declaration, and the entity used in
     * place of {@code replacing} (or, when {@code null}, in a new inline-string cell of the first row).
     */
    private static String withEntity(String xml, String name, String decl, String replacing) {
        int end = xml.indexOf(XML_DECLARATION_END) + XML_DECLARATION_END.length();
        String root = xml.substring(end).stripLeading().substring(1).split("[ >]", 2)[0];
        String doctype = "<!DOCTYPE " + root + " [<!ENTITY " + name + " " + decl + ">]>";
        String body = xml.substring(end);
        if (replacing != null) {
            body = body.replace(replacing, "&" + name + ";");
        } else {
            body = body.replaceFirst("</row>", "<c r=\"Z1\" t=\"inlineStr\"><is><t>&" + name + ";</t></is></c></row>");
        }
        return xml.substring(0, end) + doctype + body;
    }

    /** Nested internal entities that expand to 10^9 copies (the "billion laughs"). */
    private static String billionLaughs(String xml) {
        int end = xml.indexOf(XML_DECLARATION_END) + XML_DECLARATION_END.length();
        StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String ref = "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(ref.repeat(10)).append("\">");
        }
        doctype.append("]>");
        return xml.substring(0, end) + doctype + xml.substring(end).replace(PROJECT, "&lol9;");
    }

    /** An .xlsx encrypted with a password (agile encryption: an OLE2 container with EncryptionInfo). */
    private static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** A legacy Excel 97-2003 workbook (BIFF8) holding the form's labels. */
    private static byte[] legacyXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getInternalWorkbook().getWriteAccess().setUsername("SelfEval"); // not the login of who made it
            var sheet = wb.createSheet("项目支出绩效自评表");
            sheet.createRow(0).createCell(0).setCellValue("项目名称");
            sheet.getRow(0).createCell(1).setCellValue(PROJECT);
            sheet.createRow(1).createCell(0).setCellValue("一级指标");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] wordDocument() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("项目支出绩效自评表 项目名称 一级指标");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 container like an old .doc: a WordDocument stream, no workbook. */
    private static byte[] oldWordDocument() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A proper workbook holding something else: a salary list. */
    private static byte[] otherLayout() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("工资表");
            String[][] rows = {{"姓名", "部门", "基本工资", "绩效工资"}, {"张三", "办公室", "5000", "1200"},
                {"李四", "财务科", "5200", "1100"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            return bytes(wb);
        }
    }
}
