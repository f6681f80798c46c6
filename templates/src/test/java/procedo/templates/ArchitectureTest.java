package procedo.templates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** templates → catalog only; POI only in ..excel / ..office; jOOQ only in ..persistence. */
class ArchitectureTest {

    private static final JavaClasses TEMPLATES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("procedo.templates");

    @Test
    void templatesDependOnTheCatalogOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("procedo.engine..", "procedo.modeler..")
                .allowEmptyShould(true).check(TEMPLATES);
    }

    @Test
    void librariesStayInTheirPackages() {
        noClasses().that().resideOutsideOfPackages("..excel..", "..office..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .allowEmptyShould(true).check(TEMPLATES);
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .allowEmptyShould(true).check(TEMPLATES);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.camunda.bpm.engine..")
                .allowEmptyShould(true).check(TEMPLATES);
    }
}
