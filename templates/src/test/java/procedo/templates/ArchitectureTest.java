package procedo.templates;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import procedo.catalog.ArchitectureRules;

/**
 * The rules of DESIGN.md as they apply to the templates module, over one import of its classes: templates →
 * catalog only; POI only in ..excel / ..office; jOOQ only in ..persistence; no package cycles.
 */
@AnalyzeClasses(packages = "procedo.templates", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule templatesDependOnTheCatalogOnly = ArchitectureRules.TEMPLATES_DEPEND_ON_THE_CATALOG_ONLY;

    @ArchTest
    static final ArchRule poiIsUsedOnlyInExcelAndOfficePackages = ArchitectureRules.POI_ONLY_IN_EXCEL_AND_OFFICE;

    @ArchTest
    static final ArchRule jooqIsUsedOnlyInPersistencePackages = ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule theWebFrameworkIsNotUsed = ArchitectureRules.JAVALIN_ONLY_IN_THE_MODELER;

    @ArchTest
    static final ArchRule noCamundaLibraryIsUsed = ArchitectureRules.CAMUNDA_ONLY_IN_THE_MODELER_AND_THE_ENGINE;

    @ArchTest
    static final ArchRule theTemplatesPackagesAreFreeOfCycles = ArchitectureRules.packagesFreeOfCycles("templates");
}
