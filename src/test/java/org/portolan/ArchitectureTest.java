package org.portolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of ../shared/design/architecture.md: model ← rules ← analysis ← layout ← render ← export, ui and
 * cli, arrows pointing down only; no package cycles, sub-packages included; JavaFX only in the window.
 */
@AnalyzeClasses(packages = "org.portolan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.portolan.model..", "org.portolan.io..")
            .layer("Rules").definedBy("org.portolan.rules..")
            .layer("Analysis").definedBy("org.portolan.analysis..")
            .layer("Formats").definedBy("org.portolan.fileformat..", "org.portolan.report..", "org.portolan.samples..",
                    "org.portolan.m365..", "org.portolan.firewall..",
                    "org.portolan.capirca..")
            .layer("Layout").definedBy("org.portolan.layout..")
            .layer("Render").definedBy("org.portolan.render..")
            .layer("Edit").definedBy("org.portolan.edit..")
            .layer("Export").definedBy("org.portolan.export..")
            .layer("Cli").definedBy("org.portolan.cli..")
            .layer("Ui").definedBy("org.portolan.ui..")
            .whereLayer("Ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Edit").mayOnlyBeAccessedByLayers("Ui")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Render", "Edit", "Export", "Cli", "Ui")
            .whereLayer("Formats").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Layout", "Render", "Export", "Cli", "Ui")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Analysis", "Formats", "Layout", "Render", "Edit", "Export",
                    "Cli", "Ui");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.portolan.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.portolan.ui..").and().doNotHaveSimpleName("Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the model, rules, layout, file format and exporters must run headless and be unit-tested");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheWindow = noClasses()
            .that().resideOutsideOfPackage("org.portolan.ui..").and().doNotHaveSimpleName("Launcher")
            .should().dependOnClassesThat().resideInAPackage("org.portolan.ui..");
}
