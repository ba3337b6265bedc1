package org.diplotrack.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md §4: model <- store, io, chart <- ui, cli <- app. */
@AnalyzeClasses(packages = "org.diplotrack", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.diplotrack.model..")
            .layer("store").definedBy("org.diplotrack.store..")
            .layer("io").definedBy("org.diplotrack.io..")
            .layer("chart").definedBy("org.diplotrack.chart..")
            .layer("ui").definedBy("org.diplotrack.ui..")
            .layer("cli").definedBy("org.diplotrack.cli..")
            .layer("app").definedBy("org.diplotrack.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("chart").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("store", "io", "chart", "ui", "cli", "app");

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("org.diplotrack.model..", "org.diplotrack.store..", "org.diplotrack.io..",
                    "org.diplotrack.chart..", "org.diplotrack.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.diplotrack.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule modelIsPure = noClasses()
            .that().resideInAPackage("org.diplotrack.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.awt..");
}
