package procedo.templates.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.templates.Samples;
import procedo.templates.TemplateService;
import procedo.templates.adoption.Deviation;
import procedo.templates.adoption.Overrides;
import procedo.templates.adoption.UpgradeConflictException;
import procedo.templates.demo.DemoTemplates;
import procedo.templates.load.ImportLimits;
import procedo.templates.model.PackageStatus;
import procedo.templates.model.TemplatePackage;

/** Versions, adoptions and the deviation report stored on H2 and on PostgreSQL. */
class TemplateStoreTest extends StoreTest {

    private TemplateService service;

    @BeforeEach
    void service() {
        Samples.agencies(store.localities());
        service = new TemplateService(new JooqTemplateRepository(store.dsl()), store.localities(), ImportLimits.DEFAULT,
                Clock.systemUTC(), auditOf(store));
    }

    private void importWorkbook(TemplatePackage p) {
        service.importFile(new ByteArrayInputStream(Samples.workbook(p)), TESTER);
    }

    @Test
    void storesVersionsAndReadsTheSamePackageBack() {
        importWorkbook(Samples.birth1());
        importWorkbook(Samples.birth2());

        assertThat(service.versions("1.001193")).extracting(v -> v.version()).containsExactly("2025.1", "2025.2");
        assertThat(service.list()).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo("2025.2");
            assertThat(v.status()).isEqualTo(PackageStatus.DRAFT);
        });
        assertThat(service.get("1.001193", "2025.1")).isEqualTo(Samples.birth1());
        assertThat(service.isEmpty()).isFalse();
    }

    @Test
    void reimportingTheSameVersionChangesNothingAndOtherContentConflicts() {
        var first = service.importPackage(Samples.business(), false, TESTER);
        var again = service.importPackage(Samples.business(), false, TESTER);
        TemplatePackage b = Samples.business();

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.version().contentHash()).isEqualTo(first.version().contentHash());
        assertThatThrownBy(() -> service.importPackage(b.with(b.agencyCode(), 5, b.fees(), b.forms()), false, TESTER))
                .isInstanceOf(ConflictException.class);
        assertThat(service.versions("2.001610")).hasSize(1);
    }

    @Test
    void aLargePackageIsStoredWhole() {
        TemplatePackage big = procedo.templates.bench.LargePackage.of(5_000);

        service.importPackage(big, true, procedo.catalog.account.Actor.system("bench"));

        assertThat(service.get(big.code(), big.version()).fieldCount()).isEqualTo(5_000);
    }

    @Test
    void adoptionRefusesDraftsAndLongerTimesAndUpgradeReportsConflicts() {
        importWorkbook(Samples.birth1());
        assertThatThrownBy(() -> service.adopt("01", "1.001193", "2025.1", Overrides.NONE, 0, TESTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("draft");
        assertThatThrownBy(() -> service.publish("1.001193", "2025.1", TESTER)).as("its importer")
                .isInstanceOf(procedo.catalog.error.NotAllowedException.class).hasMessageContaining("someone else");
        service.publish("1.001193", "2025.1", named("Trần Thị Công Bố"));

        var adopted = service.adopt("01", "1.001193", "2025.1", new Overrides(null, 3, Map.of(), Map.of()), 0, TESTER);
        assertThat(adopted.revision()).isEqualTo(1);
        assertThatThrownBy(() -> service.adopt("04", "1.001193", "2025.1", new Overrides(null, 4, Map.of(), Map.of()), 0, TESTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not lengthen");
        assertThatThrownBy(() -> service.adopt("VN", "1.001193", "2025.1", Overrides.NONE, 0, TESTER))
                .isInstanceOf(InvalidInputException.class);

        importWorkbook(Samples.birth2());
        service.publish("1.001193", "2025.2", named("Trần Thị Công Bố"));
        assertThatThrownBy(() -> service.upgrade("01", "1.001193", "2025.2", null, TESTER))
                .isInstanceOfSatisfying(UpgradeConflictException.class, e -> assertThat(e.conflicts())
                        .singleElement().satisfies(c -> assertThat(c.part()).isEqualTo("processingDays")));
        var upgraded = service.upgrade("01", "1.001193", "2025.2", new Overrides(null, 1, Map.of(), Map.of()), TESTER);
        assertThat(upgraded.centralVersion()).isEqualTo("2025.2");
        assertThat(upgraded.revision()).isEqualTo(2);
    }

    @Test
    void theDemoAdoptionsProduceTheDeviationReport() {
        new DemoTemplates(service).load();

        var report = service.deviations("1.001193");

        assertThat(report.standardVersion()).isEqualTo("2025.2");
        assertThat(report.adoptions()).isEqualTo(3);
        assertThat(report.conforming()).isEqualTo(1);
        var caoBang = report.localities().get(0);
        assertThat(caoBang.localityName()).isEqualTo("Tỉnh Cao Bằng");
        assertThat(caoBang.deviations()).extracting(Deviation::kind).contains(Deviation.Kind.EXTRA_DOCUMENT,
                Deviation.Kind.LONGER_TIME, Deviation.Kind.HIGHER_FEE, Deviation.Kind.OUTDATED_VERSION);
        assertThat(caoBang.deviations()).filteredOn(d -> d.kind() == Deviation.Kind.HIGHER_FEE).singleElement()
                .satisfies(d -> assertThat(new BigDecimal(d.local())).isEqualByComparingTo("10000"));
        var business = service.deviations("2.001610");
        assertThat(business.localities()).singleElement().satisfies(l -> {
            assertThat(l.localityCode()).isEqualTo("79");
            assertThat(l.deviations()).extracting(Deviation::kind)
                    .containsExactly(Deviation.Kind.HIGHER_FEE, Deviation.Kind.SHORTER_TIME);
        });
    }
}
