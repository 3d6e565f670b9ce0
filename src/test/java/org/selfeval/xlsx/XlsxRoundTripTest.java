package org.selfeval.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.i18n.Messages;
import org.selfeval.io.FormFiles;
import org.selfeval.layout.ReferenceForms;
import org.selfeval.scoring.ProfileCatalog;

/** Export, then import: the same form file, byte for byte, and nothing left unplaced. */
class XlsxRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"reference-2021", "reference-2022"})
    void exportThenImportGivesTheSameJson(String name, @TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve(name + ".xlsx");
        new XlsxExport(Messages.chinese()).write(ReferenceForms.load(name), xlsx);
        ImportResult result = new XlsxImport(ProfileCatalog.builtIn(), Messages.chinese()).read(xlsx);
        assertEquals(java.util.List.of(), result.notes().stream().map(n -> n.describe(Messages.chinese())).toList());
        // The 1.0 reference file as this version saves it: 2.0, with its edition's rules.
        String original = new String(new FormFiles().toBytes(new org.selfeval.io.FormMapper(ProfileCatalog.builtIn())
                .toDocument(ReferenceForms.load(name))), java.nio.charset.StandardCharsets.UTF_8);
        String back = new String(new FormFiles().toBytes(result.document()), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(original, back);
    }

    @org.junit.jupiter.api.Test
    void textsWithSpacesAtTheirEdgesAndPlaceholderLikeTextsComeBackExactly(@TempDir Path dir) throws Exception {
        var form = ReferenceForms.load("reference-2021");
        form.projectNameProperty().set("  前后有空格的项目  ");
        form.expectedGoalProperty().set("-");
        var row = form.indicators().get(0);
        row.nameProperty().set("\t缩进的指标");
        row.targetProperty().set("/");
        row.actualProperty().set("—");
        row.reasonProperty().set("原因 ");
        Path xlsx = dir.resolve("edges.xlsx");
        new XlsxExport(Messages.chinese()).write(form, xlsx);
        var back = new XlsxImport(ProfileCatalog.builtIn(), Messages.chinese()).read(xlsx).document();
        assertEquals("  前后有空格的项目  ", back.header().projectName());
        assertEquals("-", back.goals().expected());
        var first = back.indicators().get(0);
        assertEquals(java.util.List.of("\t缩进的指标", "/", "—", "原因 "),
                java.util.List.of(first.name(), first.target(), first.actual(), first.reason()));
    }
}
