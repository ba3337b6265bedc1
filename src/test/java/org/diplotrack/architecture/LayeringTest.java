package org.diplotrack.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md §4: model <- store, io, chart <- ui, cli <- app; extract (issue 15) beside io, which it may use. */
@AnalyzeClasses(packages = "org.diplotrack", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.diplotrack.model..")
            .layer("store").definedBy("org.diplotrack.store..")
            .layer("io").definedBy("org.diplotrack.io..")
            .layer("extract").definedBy("org.diplotrack.extract..")
            .layer("chart").definedBy("org.diplotrack.chart..")
            .layer("ui").definedBy("org.diplotrack.ui..")
            .layer("cli").definedBy("org.diplotrack.cli..")
            .layer("app").definedBy("org.diplotrack.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("extract", "ui", "cli", "app")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("chart").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("store", "io", "extract", "chart", "ui", "cli", "app");

    /**
     * The ui's views and controllers (issue 16, decision 0018): classes named as one (a
     * Controller, Dialog, Pane, Window, Canvas or Bar, or a class nested in one), and every
     * JavaFX node, cell or window the ui makes, wherever it is named. View models, the undo
     * commands and the dialog service are not views.
     */
    private static final DescribedPredicate<JavaClass> VIEWS_AND_CONTROLLERS = resideInAPackage("org.diplotrack.ui..")
            .and(nameMatching(".*(Controller|Dialog|Pane|Window|Canvas|Bar)(\\$.*)?")
                    .or(assignableTo("javafx.scene.Node")).or(assignableTo("javafx.stage.Window"))
                    .or(assignableTo("javafx.scene.control.Cell")))
            .as("views and controllers of the ui (named ...Controller, ...Dialog, ...Pane, ...Window, ...Canvas, "
                    + "...Bar, or nested in one, or JavaFX nodes, cells and windows)");

    /** Views bind and forward; the view models talk to the store, off the FX thread (issue 16). */
    @ArchTest
    static final ArchRule viewsDoNotTouchTheStore = noClasses().that(VIEWS_AND_CONTROLLERS)
            .should().dependOnClassesThat().resideInAPackage("org.diplotrack.store..")
            .because("views and controllers bind to view models and forward to them; only view models "
                    + "and undo commands use the store, through the TaskRunner");

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("org.diplotrack.model..", "org.diplotrack.store..", "org.diplotrack.io..",
                    "org.diplotrack.extract..", "org.diplotrack.chart..", "org.diplotrack.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    /** The extractor reads text and writes drafts; saving them is the store's, through ui or cli. */
    @ArchTest
    static final ArchRule extractDoesNotTouchTheStore = noClasses()
            .that().resideInAPackage("org.diplotrack.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.diplotrack.store..", "org.diplotrack.ui..",
                    "org.diplotrack.cli..");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.diplotrack.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule modelIsPure = noClasses()
            .that().resideInAPackage("org.diplotrack.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.awt..");
}
