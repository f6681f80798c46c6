package procedo.modeler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import procedo.catalog.ArchitectureRules;

/**
 * The rules of DESIGN.md over the whole application, in one import of its classes (not the test classes, whether
 * from a test-classes folder or from the catalog's test jar): the dependency directions between the modules,
 * Javalin only in the modeler, Camunda's engine only in the engine module, jOOQ only in persistence packages, POI
 * only in excel/office packages, no cycle between the modules nor between the modeler's packages, and web
 * handlers that reach no persistence package.
 */
@AnalyzeClasses(packages = "procedo",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRules.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static void theWholeApplicationIsChecked(JavaClasses all) {
        assertThat(all.containPackage("procedo.catalog.persistence")).isTrue();
        assertThat(all.stream().map(JavaClass::getSimpleName))
                .contains("JooqCatalogStore").doesNotContain("StoreTest", "TestDatabase", "ArchitectureRules");
        assertThat(all.containPackage("procedo.modeler.web")).isTrue();
        assertThat(all.containPackage("procedo.modeler.model.persistence")).isTrue();
        assertThat(all.containPackage("procedo.templates.persistence")).isTrue();
        assertThat(all.containPackage("procedo.engine")).isTrue();
    }

    @ArchTest
    static final ArchRule theCatalogDependsOnNoOtherModule = ArchitectureRules.CATALOG_DEPENDS_ON_NO_OTHER_MODULE;

    @ArchTest
    static final ArchRule templatesDependOnTheCatalogOnly = ArchitectureRules.TEMPLATES_DEPEND_ON_THE_CATALOG_ONLY;

    @ArchTest
    static final ArchRule theEngineDependsOnNoOtherModule = ArchitectureRules.ENGINE_DEPENDS_ON_NO_OTHER_MODULE;

    @ArchTest
    static final ArchRule theModulesAreFreeOfCycles = ArchitectureRules.MODULES_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule javalinLivesOnlyInTheModeler = ArchitectureRules.JAVALIN_ONLY_IN_THE_MODELER;

    @ArchTest
    static final ArchRule theCamundaEngineLivesOnlyInTheEngineModule =
            ArchitectureRules.CAMUNDA_ENGINE_ONLY_IN_THE_ENGINE;

    @ArchTest
    static final ArchRule camundaLivesOnlyInTheModelerAndTheEngine =
            ArchitectureRules.CAMUNDA_ONLY_IN_THE_MODELER_AND_THE_ENGINE;

    @ArchTest
    static final ArchRule jooqLivesOnlyInPersistencePackages = ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule poiLivesOnlyInExcelAndOfficePackages = ArchitectureRules.POI_ONLY_IN_EXCEL_AND_OFFICE;

    @ArchTest
    static final ArchRule theModelersPackagesAreFreeOfCycles = ArchitectureRules.packagesFreeOfCycles("modeler");

    @ArchTest
    static final ArchRule webHandlersDoNotTouchPersistence = noClasses()
            .that().resideInAPackage("procedo.modeler.web..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule onlyPersistenceReadsTheGeneratedTables = noClasses()
            .that().resideInAPackage("procedo.modeler..").and().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().resideInAPackage("procedo.catalog.persistence.jooq..");
}
