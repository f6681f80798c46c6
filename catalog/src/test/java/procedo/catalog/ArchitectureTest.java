package procedo.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of DESIGN.md as they apply to the catalog module, over one import of its classes. */
@AnalyzeClasses(packages = "procedo.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theCatalogDependsOnNoOtherModule = ArchitectureRules.CATALOG_DEPENDS_ON_NO_OTHER_MODULE;

    @ArchTest
    static final ArchRule jooqIsUsedOnlyInPersistencePackages = ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule poiIsUsedOnlyInExcelAndOfficePackages = ArchitectureRules.POI_ONLY_IN_EXCEL_AND_OFFICE;

    @ArchTest
    static final ArchRule theWebFrameworkIsNotUsed = ArchitectureRules.JAVALIN_ONLY_IN_THE_MODELER;

    @ArchTest
    static final ArchRule noCamundaLibraryIsUsed = ArchitectureRules.CAMUNDA_ONLY_IN_THE_MODELER_AND_THE_ENGINE;

    @ArchTest
    static final ArchRule theCatalogsPackagesAreFreeOfCycles = ArchitectureRules.packagesFreeOfCycles("catalog");

    @ArchTest
    static final ArchRule theDomainDoesNotReachIntoPersistence = noClasses()
            .that().resideOutsideOfPackage("procedo.catalog.persistence..")
            .should().dependOnClassesThat().resideInAPackage("procedo.catalog.persistence..");
}
