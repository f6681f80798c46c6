package procedo.modeler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md over the whole application: Javalin only in the modeler, Camunda's engine only in the
 * engine module, jOOQ only in persistence packages, POI only in excel/office packages, and the engine free of
 * every other module.
 */
class ArchitectureTest {

    /**
     * Application classes only: not test classes, whether from a test-classes folder or from a module's test jar
     * (the catalog's, which the modeler's tests use), which the predefined option does not recognise.
     */
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("procedo");

    @Test
    void theWholeApplicationIsChecked() {
        org.assertj.core.api.Assertions.assertThat(ALL.containPackage("procedo.catalog.persistence")).isTrue();
        org.assertj.core.api.Assertions.assertThat(ALL.stream().map(c -> c.getSimpleName()))
                .contains("JooqCatalogStore").doesNotContain("StoreTest", "TestDatabase");
        org.assertj.core.api.Assertions.assertThat(ALL.containPackage("procedo.modeler.web")).isTrue();
    }

    @Test
    void javalinLivesOnlyInTheModeler() {
        noClasses().that().resideOutsideOfPackage("procedo.modeler..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..").check(ALL);
    }

    @Test
    void theCamundaEngineLivesOnlyInTheEngineModule() {
        noClasses().that().resideOutsideOfPackage("procedo.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..").check(ALL);
    }

    @Test
    void jooqLivesOnlyInPersistencePackages() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..").check(ALL);
    }

    @Test
    void poiLivesOnlyInExcelAndOfficePackages() {
        noClasses().that().resideOutsideOfPackages("..excel..", "..office..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(ALL);
    }

    @Test
    void modulesDependInTheDesignedDirection() {
        noClasses().that().resideInAPackage("procedo.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("procedo.templates..", "procedo.engine..",
                        "procedo.modeler..").check(ALL);
        noClasses().that().resideInAPackage("procedo.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("procedo.engine..", "procedo.modeler..")
                .allowEmptyShould(true).check(ALL);
        noClasses().that().resideInAPackage("procedo.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("procedo.catalog..", "procedo.templates..",
                        "procedo.modeler..").allowEmptyShould(true).check(ALL);
    }

    @Test
    void webHandlersDoNotTouchPersistence() {
        noClasses().that().resideInAPackage("procedo.modeler..").and().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("procedo.catalog.persistence.jooq..").check(ALL);
    }
}
