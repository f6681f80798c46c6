package procedo.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine depends on no other module of ours, and no web framework. */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("procedo.engine");

    @Test
    void camundaStaysBehindTheInterface() {
        noClasses().that().resideOutsideOfPackage("procedo.engine.camunda..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("Camunda's types stay in the adapter; procedo.engine speaks only its own records")
                .check(ENGINE);
        noClasses().that().resideInAPackage("procedo.engine.calendar..")
                .should().dependOnClassesThat().resideInAPackage("procedo.engine.camunda..").check(ENGINE);
    }

    @Test
    void theEngineDependsOnNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("procedo.catalog..", "procedo.templates..",
                "procedo.modeler..", "io.javalin..", "org.jooq..").allowEmptyShould(true).check(ENGINE);
    }
}
