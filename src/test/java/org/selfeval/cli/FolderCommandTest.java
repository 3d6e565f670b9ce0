package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Fixtures;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.io.FormReadException;
import org.selfeval.model.FormModel;
import org.selfeval.model.FundsLine;
import org.selfeval.xlsx.XlsxExport;

class FolderCommandTest {

    private static final String BROKEN = "{\"format\" : \"selfeval.form\", \"version\" : \"1.0\", ";

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private List<String> lines() {
        return cli.lines();
    }

    private String stderr() {
        return cli.stderr();
    }

    /** A unit's 2021 form, exported by SelfEval, with a unit that sorts first and a total of its own. */
    private static FormModel unitForm() {
        FormModel form = Fixtures.model(Fixtures.FORM_2021);
        form.implementingUnitProperty().set("阿里区科技服务中心");
        form.funds(FundsLine.TOTAL).executedProperty().set(new BigDecimal("300"));
        return form;
    }

    @Test
    void aFolderOfBothReferencesAWorkbookAndABrokenFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("forms"));
        Files.write(folder.resolve("reference-2021.json"), Fixtures.bytes(Fixtures.FORM_2021));
        Files.write(folder.resolve("reference-2022.json"), Fixtures.bytes(Fixtures.FORM_2022));
        FormModel exported = unitForm();
        new XlsxExport(Messages.chinese()).write(exported, folder.resolve("unit.xlsx"));
        Path broken = Files.writeString(folder.resolve("broken.json"), BROKEN);
        String reason = reasonFor(broken);
        Path summary = dir.resolve("summary.xlsx");

        int code = run("check", folder.toString(), "--summary", summary.toString());

        assertEquals(Cli.CANNOT_RUN, code, "an unreadable file makes the folder's exit code 2");
        List<String> lines = lines();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertEquals("broken.json\t无法读取：" + reason, lines.get(0));
        assertTrue(lines.get(1).startsWith("reference-2021.json\t"), lines.get(1));
        assertTrue(lines.get(1).contains("\t执行率 64.26%\t总分 95.43\t优\t错误 0\t"), lines.get(1));
        assertTrue(lines.get(2).contains("\t执行率 61.91%\t总分 95.19\t优\t错误 0\t"), lines.get(2));
        String total = exported.getTotal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        assertTrue(lines.get(3).startsWith("unit.xlsx\t" + exported.getProjectName() + "\t阿里区科技服务中心\t"),
                lines.get(3));
        assertTrue(lines.get(3).contains("总分 " + total), lines.get(3));
        assertTrue(stderr().contains("共 4 个文件：3 个无错误，0 个有错误，1 个无法读取。"), stderr());

        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet forms = book.getSheetAt(0);
            assertEquals("汇总", forms.getSheetName());
            assertEquals(List.of("文件", "项目名称", "主管部门", "实施单位", "执行率（%）", "总分", "等级", "错误", "警告",
                    "无法读取的原因"), texts(forms.getRow(0)));
            assertNotNull(forms.getPaneInformation(), "the header stays in view");
            assertEquals(1, forms.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(forms.getCTWorksheet().isSetAutoFilter(), "filters on the header");
            assertEquals(5, forms.getPhysicalNumberOfRows());
            // Sorted by unit: 阿里区… (a) before the two 北京市… (b), the unreadable file without a unit last.
            assertEquals("unit.xlsx", forms.getRow(1).getCell(0).getStringCellValue());
            assertEquals(Double.parseDouble(total), forms.getRow(1).getCell(5).getNumericCellValue(), 1e-9);
            List<Double> totals = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                totals.add(forms.getRow(r).getCell(5).getNumericCellValue());
            }
            assertTrue(totals.contains(95.43) && totals.contains(95.19), totals.toString());
            Row last = forms.getRow(4);
            assertEquals("broken.json", last.getCell(0).getStringCellValue());
            assertEquals(reason, last.getCell(9).getStringCellValue());
            assertEquals(CellType.NUMERIC, forms.getRow(2).getCell(4).getCellType());

            XSSFSheet problems = book.getSheetAt(1);
            assertEquals(List.of("文件", "位置", "类别", "说明"), texts(problems.getRow(0)));
            assertTrue(problems.getCTWorksheet().isSetAutoFilter());
            List<String> files = new ArrayList<>();
            for (int r = 1; r <= problems.getLastRowNum(); r++) {
                files.add(problems.getRow(r).getCell(0).getStringCellValue());
                assertTrue(!problems.getRow(r).getCell(3).getStringCellValue().isBlank());
            }
            assertTrue(files.contains("broken.json") && files.contains("reference-2022.json"), files.toString());
        }
    }

    @Test
    void theExitCodeIsTheWorstOfTheForms(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.json"), Fixtures.bytes(Fixtures.FORM_2021));
        assertEquals(Cli.OK, run("check", dir.toString()));
        assertEquals(1, lines().size());
        String withError = new String(Fixtures.bytes(Fixtures.FORM_2022), StandardCharsets.UTF_8)
                .replaceFirst("\"projectName\" : \"[^\"]*\"", "\"projectName\" : \"\"");
        Files.writeString(dir.resolve("b.json"), withError);
        assertEquals(Cli.FORM_HAS_ERRORS, run("check", dir.toString()));
        assertTrue(lines().get(1).contains("错误 1"), lines().toString());
        Files.writeString(dir.resolve("c.xlsx"), "not a workbook");
        assertEquals(Cli.CANNOT_RUN, run("check", dir.toString()));
        assertEquals(3, lines().size());
    }

    @Test
    void wrongUseAndAnEmptyFolderExitWithTwo(@TempDir Path dir) throws Exception {
        assertEquals(Cli.CANNOT_RUN, run("check", dir.toString()));
        assertTrue(stderr().contains("没有表单文件"), stderr());
        Path form = Files.write(dir.resolve("a.json"), Fixtures.bytes(Fixtures.FORM_2021));
        assertEquals(Cli.CANNOT_RUN, run("check", form.toString(), "--summary", "s.xlsx"));
        assertTrue(stderr().contains("check DIR"), stderr());
        assertEquals(Cli.CANNOT_RUN, run("check", "--json", dir.toString()));
        assertEquals(Cli.CANNOT_RUN, run("check", dir.toString(), "--summary"));
        assertEquals(Cli.OK, run("--lang=en", "check", dir.toString()));
        assertTrue(lines().get(0).contains("\ttotal 95.43\t"), lines().toString());
    }

    private static String reasonFor(Path file) {
        try {
            new FormFiles().read(file);
        } catch (FormReadException e) {
            return e.describe(Messages.chinese());
        }
        throw new AssertionError("not broken: " + file);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell c : row) {
            texts.add(c.getStringCellValue());
        }
        return texts;
    }
}
