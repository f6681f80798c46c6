package procedo.catalog.persistence;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.Samples;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureSummary;

// every test opens a database of its own: they run at once (the longest classes of the module)
@Execution(ExecutionMode.CONCURRENT)
class ProcedureRepositoryTest extends StoreTest {

    @BeforeEach
    void open() {
        store.localities().saveAgency(Samples.COMMUNE);
    }

    @Test
    void storesAProcedureWithItsDossierFeesAndActivitiesExactly() {
        Procedure created = store.procedures().create(Samples.birthRegistration("1.001193"));

        Procedure read = store.procedures().findByCode("1.001193").orElseThrow();
        assertThat(created.version()).isEqualTo(1);
        assertThat(read).isEqualTo(Samples.birthRegistration("1.001193").withVersion(1));
        assertThat(read.asIsActivities().get(1).hours()).isEqualByComparingTo("1.25");
        assertThat(read.fees().get(1).amountVnd()).isEqualByComparingTo("4000");
        assertThat(read.dossierComponents().get(1).reusableFrom()).isEqualTo("HEALTH_DB");
    }

    @Test
    void readsTheNamesOfSeveralProceduresAtOnceSkippingUnknownCodes() {
        store.procedures().create(Samples.birthRegistration("1.001193"));
        store.procedures().create(Samples.named("1.000894", "Đăng ký kết hôn", "Hộ tịch"));

        assertThat(store.procedures().names(List.of("1.001193", "1.000894", "9.999999")))
                .containsOnlyKeys("1.001193", "1.000894").containsEntry("1.000894", "Đăng ký kết hôn");
    }

    @Test
    void refusesASecondProcedureWithTheSameCode() {
        store.procedures().create(Samples.birthRegistration("1.001193"));

        assertThatThrownBy(() -> store.procedures().create(Samples.birthRegistration("1.001193")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("1.001193");
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleVersion() {
        store.procedures().create(Samples.birthRegistration("1.001193"));
        Procedure changed = Samples.named("1.001193", "Đăng ký khai sinh (sửa)", "Hộ tịch");

        Procedure updated = store.procedures().update("1.001193", changed, 1);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(store.procedures().findByCode("1.001193").orElseThrow().name()).isEqualTo("Đăng ký khai sinh (sửa)");
        assertThatThrownBy(() -> store.procedures().update("1.001193", changed, 1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> store.procedures().update("9.999999", changed, 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void keepsEveryStoredStateAcrossACodeChange() {
        store.procedures().create(Samples.birthRegistration("1.001193"));
        Procedure republished = Samples.named("1.013124", "Đăng ký khai sinh (công bố lại)", "Hộ tịch")
                .withFormerCode("1.001193");
        store.procedures().update("1.001193", republished, 1);

        var versions = store.procedures().versions("1.013124");

        assertThat(versions).extracting(v -> v.version()).containsExactly(1, 2);
        assertThat(versions).extracting(v -> v.code()).containsExactly("1.001193", "1.013124");
        assertThat(versions.get(0).decision()).isEqualTo("Quyết định 1872/QĐ-BTP");
        assertThat(store.procedures().version("1.013124", 1).orElseThrow())
                .isEqualTo(Samples.birthRegistration("1.001193").withVersion(1));
        assertThat(store.procedures().findByCode("1.013124").orElseThrow().formerCode()).isEqualTo("1.001193");
        assertThat(store.procedures().findByCode("1.001193")).isEmpty();
        assertThat(store.procedures().version("1.013124", 3)).isEmpty();
    }

    @Test
    void deletesAProcedureAndItsChildren() {
        store.procedures().create(Samples.birthRegistration("1.001193"));

        store.procedures().delete("1.001193");

        assertThat(store.procedures().findByCode("1.001193")).isEmpty();
        assertThat(store.isEmpty()).isTrue();
        assertThatThrownBy(() -> store.procedures().delete("1.001193")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchesWithoutDiacriticsAndFiltersAndPages() {
        store.procedures().create(Samples.named("1.001193", "Đăng ký khai sinh", "Hộ tịch"));
        store.procedures().create(Samples.named("1.000656", "Đăng ký khai tử", "Hộ tịch"));
        store.procedures().create(Samples.named("1.004222", "Đăng ký thường trú", "Cư trú"));

        assertThat(codes(store.procedures().find(ProcedureFilter.none().withText("dang ky khai sinh"), 0, 10).items()))
                .containsExactly("1.001193");
        assertThat(codes(store.procedures().find(ProcedureFilter.none().withText("ĐĂNG KÝ"), 0, 10).items()))
                .containsExactly("1.000656", "1.001193", "1.004222");
        assertThat(codes(store.procedures().find(new ProcedureFilter(null, "Hộ tịch", Level.COMMUNE, "UBND_XA",
                null, OnlineLevel.PARTIAL, null, null), 0, 10).items())).containsExactly("1.000656", "1.001193");
        var page = store.procedures().find(ProcedureFilter.none(), 1, 1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(codes(page.items())).containsExactly("1.001193");
        assertThat(page.items().get(0).agencyName()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(store.procedures().find(ProcedureFilter.none().withText("50%_"), 0, 10).total()).isZero();
    }

    @Test
    void keepsTariffsWithTheirDerivation() {
        var citizen = store.tariffs().forYear(procedo.catalog.procedure.ApplicantType.CITIZEN, 2025).orElseThrow();

        assertThat(citizen.year()).isEqualTo(2024);
        assertThat(citizen.monthlyIncomeVnd()).isEqualByComparingTo("7700000");
        assertThat(citizen.vndPerHour()).isEqualByComparingTo("43750");
        assertThat(store.tariffs().forYear(procedo.catalog.procedure.ApplicantType.BUSINESS, 2000)).isPresent();
    }

    @Test
    void hasTheNationAndTheThirtyFourProvincialUnits() {
        var localities = store.localities().localities();

        assertThat(localities).hasSize(35);
        assertThat(localities).filteredOn(l -> l.code().equals("VN")).hasSize(1);
        assertThat(store.localities().locality("79").orElseThrow().formerCodes()).contains("74", "77", "79");
    }

    private static List<String> codes(List<ProcedureSummary> items) {
        return items.stream().map(ProcedureSummary::code).toList();
    }

}
