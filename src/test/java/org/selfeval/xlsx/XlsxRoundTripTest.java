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
}
