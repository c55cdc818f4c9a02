package dev.rowboat.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the house style: ui -> data, migrate -> model, and below both data and migrate the
 * shared schema package; JavaFX only in ui and app; no cycles between packages.
 */
@AnalyzeClasses(packages = "dev.rowboat", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule lowerLayersStayFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage("dev.rowboat.data..", "dev.rowboat.migrate..", "dev.rowboat.model..", "dev.rowboat.schema..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("dev.rowboat.data..", "dev.rowboat.migrate..", "dev.rowboat.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rowboat.ui..", "dev.rowboat.app..");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("dev.rowboat.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.rowboat.data..", "dev.rowboat.migrate..");

    @ArchTest
    static final ArchRule uiDoesNotReachTheApplication = noClasses()
            .that().resideInAPackage("dev.rowboat.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.rowboat.app..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule nothingPrintsToTheConsoleOutsideTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("dev.rowboat.app..")
            .should().accessField(System.class, "out");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.rowboat.(**)").should().beFreeOfCycles();

    /** The schema model, the database kind and the connection spec sit below every layer that uses them. */
    @ArchTest
    static final ArchRule schemaDependsOnNoOtherPackage = noClasses()
            .that().resideInAPackage("dev.rowboat.schema..")
            .should().dependOnClassesThat(resideInAPackage("dev.rowboat..").and(not(resideInAPackage("dev.rowboat.schema.."))));

    /** The migration engine shares with the data layer only what lives in the schema package. */
    @ArchTest
    static final ArchRule migrateDoesNotUseData = noClasses()
            .that().resideInAPackage("dev.rowboat.migrate..")
            .should().dependOnClassesThat().resideInAPackage("dev.rowboat.data..");
}
