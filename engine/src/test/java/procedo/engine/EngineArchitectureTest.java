package procedo.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine module's shape: the port ({@code procedo.engine}) knows nothing of its Camunda implementation, Camunda
 * stays in {@code procedo.engine.camunda}, the calendar uses only the JDK, no package cycles, and no other module
 * of ours nor any web framework or database library is used.
 */
@AnalyzeClasses(packages = "procedo.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("procedo.engine.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule PORT_KNOWS_NO_IMPLEMENTATION = noClasses().that().resideInAPackage("procedo.engine")
            .should().dependOnClassesThat().resideInAPackage("procedo.engine.camunda..")
            .because("the port is implemented by procedo.engine.camunda, which depends on it, not the other way");

    @ArchTest
    static final ArchRule CAMUNDA_ONLY_IN_THE_ADAPTER = noClasses().that()
            .resideOutsideOfPackage("procedo.engine.camunda..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("Camunda's types stay in the adapter; procedo.engine speaks only its own records");

    @ArchTest
    static final ArchRule CALENDAR_ONLY_ON_THE_JDK = classes().that().resideInAPackage("procedo.engine.calendar")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.slf4j..", "procedo.engine.calendar")
            .because("any module can count working days without the engine");

    @ArchTest
    static final ArchRule NO_OTHER_MODULE = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("procedo.catalog..", "procedo.templates..", "procedo.modeler..", "io.javalin..",
                    "org.jooq..")
            .allowEmptyShould(true);
}
