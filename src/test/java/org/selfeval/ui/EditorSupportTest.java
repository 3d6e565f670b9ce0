package org.selfeval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.selfeval.i18n.Messages;

/** Start-up choices of the editor (font, language, file argument) and the rules its packages keep. */
class EditorSupportTest {

    @Test
    void theFirstInstalledChineseFamilyIsChosen() {
        assertEquals(Optional.of("Noto Sans CJK SC"),
                FontChooser.pick(Set.of("System", "Noto Sans CJK SC", "WenQuanYi Micro Hei")));
        assertEquals(Optional.of("Microsoft YaHei"), FontChooser.pick(Set.of("SimSun", "Microsoft YaHei")));
        assertEquals(Optional.empty(), FontChooser.pick(Set.of("System", "DejaVu Sans")));
        assertTrue(FontChooser.styleSheet("Noto Sans CJK SC").startsWith("data:text/css;base64,"));
    }

    @Test
    void languageComesFromThePropertyThenTheChoiceElseChinese() {
        assertEquals(Locale.ENGLISH, SelfEvalApp.locale("en", Optional.of("zh")));
        assertEquals(Locale.ENGLISH, SelfEvalApp.locale(null, Optional.of("en")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, SelfEvalApp.locale(null, Optional.empty()));
        assertEquals(Locale.SIMPLIFIED_CHINESE, SelfEvalApp.locale("zh", Optional.of("en")));
    }

    @Test
    void theFormFileIsTheFirstArgumentThatIsNoOption() {
        assertEquals(Optional.of(Path.of("form.json")), SelfEvalApp.fileArgument(List.of("--lang=en", "form.json")));
        assertEquals(Optional.empty(), SelfEvalApp.fileArgument(List.of()));
    }

    @Test
    void everyKeyUsedInTheWindowsExistsInBothLanguages() throws IOException {
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        Messages english = Messages.forLocale(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        for (String fxml : List.of("MainWindow.fxml", "FormPane.fxml", "IndicatorTable.fxml")) {
            String text;
            try (InputStream in = SelfEvalApp.class.getResourceAsStream(fxml)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = Pattern.compile("\"%([\\w.]+)\"").matcher(text);
            while (m.find()) {
                String key = m.group(1);
                if (!chinese.bundle().containsKey(key) || !english.bundle().getLocale().getLanguage().equals("en")
                        || !english.bundle().containsKey(key)) {
                    missing.add(fxml + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(!english.get("editor.help.text").equals(chinese.get("editor.help.text")));
    }

    @Test
    void viewModelsAndCommandsNeedNoControls() {
        JavaClasses classes = new ClassFileImporter().importPackages("org.selfeval.ui.vm", "org.selfeval.ui.edit");
        ArchRuleDefinition.noClasses().that().resideInAnyPackage("org.selfeval.ui.vm..", "org.selfeval.ui.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.selfeval.ui.view..")
                .check(classes);
    }
}
