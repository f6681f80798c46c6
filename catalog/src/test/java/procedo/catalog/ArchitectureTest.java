package procedo.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency directions of DESIGN.md, as they apply to the catalog module. */
class ArchitectureTest {

    private static final JavaClasses CATALOG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("procedo.catalog");

    @Test
    void theCatalogDependsOnNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("procedo.templates..", "procedo.engine..",
                "procedo.modeler..").check(CATALOG);
    }

    @Test
    void jooqIsUsedOnlyInPersistencePackages() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..").check(CATALOG);
    }

    @Test
    void poiIsUsedOnlyInExcelAndOfficePackages() {
        noClasses().that().resideOutsideOfPackages("..excel..", "..office..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(CATALOG);
    }

    @Test
    void neitherTheWebFrameworkNorTheWorkflowEngineIsUsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.camunda..")
                .check(CATALOG);
    }

    @Test
    void theDomainDoesNotReachIntoPersistence() {
        noClasses().that().resideOutsideOfPackage("procedo.catalog.persistence..")
                .should().dependOnClassesThat().resideInAPackage("procedo.catalog.persistence..")
                .check(CATALOG);
    }
}
