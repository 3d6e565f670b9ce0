package org.selfeval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package arrows of docs/architecture.md point one way. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.selfeval");
    }

    @Test
    void noPackagesFormACycle() {
        // Each package on its own (ui and ui.view are two): an arrow that turns round anywhere is a cycle.
        slices().matching("org.selfeval.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWindowKnowsItsServicesOnlyThroughInterfaces() {
        // The composition root (ui) hands the window its services; the window does not reach back for them.
        noClasses().that().resideInAnyPackage("org.selfeval.ui.view..", "org.selfeval.ui.vm..",
                        "org.selfeval.ui.edit..")
                .should().dependOnClassesThat().resideInAPackage("org.selfeval.ui")
                .check(classes);
    }

    @Test
    void scoringIsPureJava() {
        noClasses().that().resideInAPackage("org.selfeval.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.apache.poi..",
                        "org.selfeval.model..", "org.selfeval.check..", "org.selfeval.io..", "org.selfeval.ui..",
                        "org.selfeval.cli..", "org.selfeval.i18n..")
                .check(classes);
    }

    @Test
    void theModelKnowsOnlyScoring() {
        noClasses().that().resideInAPackage("org.selfeval.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.selfeval.check..",
                        "org.selfeval.io..", "org.selfeval.ui..", "org.selfeval.cli..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void checksAndFilesDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.selfeval.check..", "org.selfeval.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.selfeval.ui..",
                        "org.selfeval.cli..")
                .check(classes);
    }

    @Test
    void onlyTheLauncherStartsTheEditor() {
        noClasses().that().resideOutsideOfPackage("org.selfeval.ui..")
                .and().doNotHaveFullyQualifiedName("org.selfeval.Launcher")
                .should().dependOnClassesThat().resideInAPackage("org.selfeval.ui..")
                .check(classes);
    }

    @Test
    void theCommandLineNeedsNoWindow() {
        noClasses().that().resideInAPackage("org.selfeval.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.selfeval.ui..")
                .check(classes);
    }

    @Test
    void theFormLayoutIsSharedNotOwnedByExportOrPrinting() {
        noClasses().that().resideInAPackage("org.selfeval.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.selfeval.xlsx..",
                        "org.selfeval.print..", "org.selfeval.pdf..", "org.selfeval.report..", "org.selfeval.io..",
                        "org.selfeval.check..", "org.selfeval.recovery..", "org.selfeval.ui..", "org.selfeval.cli..")
                .check(classes);
    }

    @Test
    void exportPrintingAndRecoveryDoNotReachUpOrAcross() {
        noClasses().that().resideInAnyPackage("org.selfeval.xlsx..", "org.selfeval.print..",
                        "org.selfeval.recovery..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.ui..", "org.selfeval.cli..",
                        "org.selfeval.check..")
                .check(classes);
        noClasses().that().resideInAPackage("org.selfeval.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.print..",
                        "org.selfeval.recovery..", "javafx.scene..")
                .check(classes);
        noClasses().that().resideInAPackage("org.selfeval.print..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.xlsx..",
                        "org.selfeval.recovery..", "org.selfeval.io..")
                .check(classes);
        noClasses().that().resideInAPackage("org.selfeval.recovery..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.xlsx..", "org.selfeval.print..",
                        "org.selfeval.layout..", "javafx.scene..")
                .check(classes);
    }

    @Test
    void onlyTheXlsxAndReportPackagesTouchPoi() {
        // POI is large and slow to load; it reads workbooks only in xlsx (its limits set in xlsx.PoiLimits before
        // any use) and writes the report in report, which reads nothing.
        noClasses().that().resideOutsideOfPackages("org.selfeval.xlsx..", "org.selfeval.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .check(classes);
    }

    @Test
    void nextYearAndFolderChecksServeBothFacesAndKnowNeither() {
        noClasses().that().resideInAnyPackage("org.selfeval.rollover..", "org.selfeval.folder..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.selfeval.ui..", "org.selfeval.cli..", "org.selfeval.print..", "org.selfeval.recovery..")
                .check(classes);
        noClasses().that().resideInAPackage("org.selfeval.rollover..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.xlsx..", "org.selfeval.check..",
                        "org.selfeval.layout..", "org.selfeval.folder..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.selfeval.scoring..", "org.selfeval.model..",
                        "org.selfeval.check..", "org.selfeval.io..", "org.selfeval.layout..", "org.selfeval.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.rollover..",
                        "org.selfeval.folder..")
                .check(classes);
    }

    @Test
    void onlyThePdfPackageTouchesPdfBox() {
        noClasses().that().resideOutsideOfPackage("org.selfeval.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    @Test
    void thePdfAndTheReportAreDrawnFromTheModelAndThePlanAlone() {
        noClasses().that().resideInAnyPackage("org.selfeval.pdf..", "org.selfeval.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.selfeval.ui..", "org.selfeval.cli..",
                        "org.selfeval.check..", "org.selfeval.xlsx..", "org.selfeval.print..",
                        "org.selfeval.recovery..", "javafx.scene..")
                .check(classes);
        noClasses().that().resideInAPackage("org.selfeval.pdf..")
                .should().dependOnClassesThat().resideInAPackage("org.selfeval.report..")
                .check(classes);
        noClasses().that().resideInAPackage("org.selfeval.report..")
                .should().dependOnClassesThat().resideInAPackage("org.selfeval.pdf..")
                .check(classes);
    }
}
