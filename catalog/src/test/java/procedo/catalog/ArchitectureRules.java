package procedo.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The architecture rules of DESIGN.md, written once for every module's ArchUnit suite (the engine's excepted,
 * which may not depend on the catalog even in its tests): the dependency directions between the modules, the
 * packages each library may be used in, and packages free of cycles. Each suite lists the rules that apply to the
 * classes it imports.
 */
public final class ArchitectureRules {

    public static final ArchRule CATALOG_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("procedo.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("procedo.templates..", "procedo.engine..",
                    "procedo.modeler..");

    public static final ArchRule TEMPLATES_DEPEND_ON_THE_CATALOG_ONLY = noClasses()
            .that().resideInAPackage("procedo.templates..")
            .should().dependOnClassesThat().resideInAnyPackage("procedo.engine..", "procedo.modeler..");

    public static final ArchRule ENGINE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("procedo.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("procedo.catalog..", "procedo.templates..",
                    "procedo.modeler..");

    public static final ArchRule MODULES_FREE_OF_CYCLES = slices().matching("procedo.(*)..")
            .as("the modules of procedo").should().beFreeOfCycles();

    public static final ArchRule JOOQ_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..");

    public static final ArchRule POI_ONLY_IN_EXCEL_AND_OFFICE = noClasses()
            .that().resideOutsideOfPackages("..excel..", "..office..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    public static final ArchRule JAVALIN_ONLY_IN_THE_MODELER = noClasses()
            .that().resideOutsideOfPackage("procedo.modeler..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    public static final ArchRule CAMUNDA_ENGINE_ONLY_IN_THE_ENGINE = noClasses()
            .that().resideOutsideOfPackage("procedo.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..");

    /** Camunda's other libraries (the BPMN model API) serve the modeler and the engine, nothing else. */
    public static final ArchRule CAMUNDA_ONLY_IN_THE_MODELER_AND_THE_ENGINE = noClasses()
            .that().resideOutsideOfPackages("procedo.modeler..", "procedo.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    private ArchitectureRules() {
    }

    /**
     * Every package of {@code procedo.<module>}, its root package included, is a slice; no two form a cycle. The
     * classes jOOQ generates, whose packages refer to each other, count as one package.
     */
    public static ArchRule packagesFreeOfCycles(String module) {
        return slices().assignedFrom(new PackagesOf("procedo." + module)).should().beFreeOfCycles();
    }

    /**
     * Leaves out the classes of a module's test jar (the catalog's, which other modules' tests use), which
     * {@link ImportOption.DoNotIncludeTests} does not recognise.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** One slice per package under {@code root}, the generated jOOQ classes as one; other classes in none. */
    private record PackagesOf(String root) implements SliceAssignment {

        private static final String GENERATED_JOOQ = "procedo.catalog.persistence.jooq";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (isWithin(name, GENERATED_JOOQ)) {
                return SliceIdentifier.of(GENERATED_JOOQ);
            }
            return isWithin(name, root) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        private static boolean isWithin(String name, String packageName) {
            return name.equals(packageName) || name.startsWith(packageName + ".");
        }

        @Override
        public String getDescription() {
            return "the packages of " + root;
        }
    }
}
