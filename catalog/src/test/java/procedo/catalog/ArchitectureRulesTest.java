package procedo.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import procedo.catalog.cyclefixture.Outer;
import procedo.catalog.cyclefixture.inner.Inner;
import procedo.catalog.locality.Level;

class ArchitectureRulesTest {

    private static final JavaClasses CYCLE = new ClassFileImporter().importClasses(Outer.class, Inner.class);

    @Test
    void aCycleThroughAPackageAndItsSubPackageFails() {
        assertThatThrownBy(() -> ArchitectureRules.packagesFreeOfCycles("catalog").check(CYCLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("procedo.catalog.cyclefixture.inner")
                .hasMessageContaining("Outer");
    }

    @Test
    void theRootPackageIsASliceOfItsOwn() {
        assertThatThrownBy(() -> ArchitectureRules.packagesFreeOfCycles("catalog.cyclefixture").check(CYCLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Slice procedo.catalog.cyclefixture ->");
    }

    @Test
    void packagesThatDependOneWayPass() {
        JavaClasses oneWay = new ClassFileImporter().importClasses(Inner.class, Level.class);
        assertThatCode(() -> ArchitectureRules.packagesFreeOfCycles("catalog").check(oneWay))
                .doesNotThrowAnyException();
    }
}
