package dev.rowboat.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of the house style: ui -> data, migrate -> model; JavaFX only in ui and app. */
@AnalyzeClasses(packages = "dev.rowboat", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule dataAndMigrateAndModelStayFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage("dev.rowboat.data..", "dev.rowboat.migrate..", "dev.rowboat.model..")
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
}
