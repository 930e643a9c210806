package org.portolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is plain Java: JavaFX stays in org.portolan.ui (and the launcher that starts it). */
@AnalyzeClasses(packages = "org.portolan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.portolan.model..", "org.portolan.flow..", "org.portolan.validation..",
                    "org.portolan.analysis..", "org.portolan.fileformat..", "org.portolan.report..",
                    "org.portolan.cli..", "org.portolan.layout..", "org.portolan.samples..", "org.portolan.edit..",
                    "org.portolan.export..", "org.portolan.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the model, flow engine, file format and exporters must run headless and be unit-tested");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheWindow = noClasses()
            .that().resideOutsideOfPackage("org.portolan.ui..").and().doNotHaveSimpleName("Launcher")
            .should().dependOnClassesThat().resideInAPackage("org.portolan.ui..");
}
