package procedo.engine.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar uses only the JDK (and slf4j), so any module can count working days without the engine. */
class CalendarArchitectureTest {

    private static final JavaClasses CALENDAR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("procedo.engine.calendar");

    @Test
    void theCalendarDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("procedo.engine.calendar")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "procedo.engine.calendar")
                .check(CALENDAR);
    }
}
