package procedo.templates.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.text.Messages;
import procedo.templates.Samples;
import procedo.templates.TemplateService;
import procedo.templates.adoption.AdoptionRules;
import procedo.templates.adoption.Overrides;
import procedo.templates.adoption.UpgradeConflictException;
import procedo.templates.load.ImportLimits;
import procedo.templates.model.TemplatePackage;

/**
 * The guard rails of adoption, on H2 and PostgreSQL: a new adoption takes the latest published version, a local fee
 * stays within what the standard allows (refused at its field), and an upgrade's conflicts are resolved by keeping,
 * changing or dropping each override.
 */
class AdoptionGuardsTest extends StoreTest {

    private static final String BIRTH = "1.001193";
    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private TemplateService service;

    @BeforeEach
    void service() {
        Samples.agencies(store.localities());
        service = new TemplateService(new JooqTemplateRepository(store.dsl()), store.localities(), ImportLimits.DEFAULT,
                Clock.systemUTC(), auditOf(store));
    }

    private void publish(TemplatePackage p) {
        service.importPackage(p, false, TESTER);
        service.publish(p.code(), p.version(), named("Trần Thị Công Bố"));
    }

    @Test
    void aNewAdoptionTakesTheLatestPublishedVersionAndAnAdoptionKeepsItsOwn() {
        publish(Samples.birth1());
        service.importPackage(Samples.birth2(), false, TESTER);

        assertThat(service.adopt("01", BIRTH, null, Overrides.NONE, 0, TESTER).centralVersion())
                .as("2025.2 is a draft").isEqualTo("2025.1");
        service.publish(BIRTH, "2025.2", named("Trần Thị Công Bố"));
        assertThat(service.adopt("04", BIRTH, null, Overrides.NONE, 0, TESTER).centralVersion()).isEqualTo("2025.2");
        var again = service.adopt("01", BIRTH, null, new Overrides(null, 2, Map.of(), Map.of()), 1, TESTER);
        assertThat(again.centralVersion()).isEqualTo("2025.1");
        assertThat(again.revision()).isEqualTo(2);
    }

    @Test
    void aLocalFeeAboveTheStandardIsRefusedAtItsFieldUnlessTheStandardAllowsAHigherOne() {
        publish(Samples.birth1());

        assertThatThrownBy(() -> service.adopt("01", BIRTH, "2025.1", new Overrides(null, null,
                Map.of("le_phi_dang_ky", new BigDecimal("5000")), Map.of()), 0, TESTER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.location()).isEqualTo("overrides.feeAmounts.le_phi_dang_ky");
                            assertThat(p.text().key()).isEqualTo("templates.adoption.feeAboveStandard");
                            assertThat(Messages.render(p.text(), VI)).startsWith("5.000 đồng cao hơn mức chuẩn quốc gia 0 đồng");
                            assertThat(Messages.render(p.label(), VI)).contains("Lệ phí đăng ký khai sinh");
                        }));
        assertThatThrownBy(() -> service.adopt("01", BIRTH, "2025.1", new Overrides(null, null,
                Map.of("le_phi_ban_sao", new BigDecimal("-1")), Map.of()), 0, TESTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overrides.feeAmounts.le_phi_ban_sao");
        assertThat(service.adoptions(BIRTH)).isEmpty();

        var higher = service.adopt("01", BIRTH, "2025.1", new Overrides(null, null,
                Map.of("le_phi_ban_sao", new BigDecimal("10000"), "le_phi_dang_ky", BigDecimal.ZERO), Map.of()), 0, TESTER);
        assertThat(higher.overrides().feeAmounts()).containsEntry("le_phi_ban_sao", new BigDecimal("10000"));
    }

    @Test
    void anUpgradeConflictIsResolvedByKeepingChangingOrDroppingEachOverride() {
        publish(Samples.birth1());
        service.adopt("04", BIRTH, "2025.1", new Overrides(null, 2, Map.of("le_phi_ban_sao", new BigDecimal("9000")),
                Map.of()), 0, TESTER);
        TemplatePackage v2 = Samples.birth2();
        publish(v2.with(v2.agencyCode(), v2.processingDays(), v2.fees().stream()
                .map(f -> f.id().equals("le_phi_ban_sao") ? f.withAmount(new BigDecimal("10000")) : f).toList(), v2.forms()));

        List<AdoptionRules.Conflict> conflicts = List.of();
        try {
            service.upgrade("04", BIRTH, "2025.2", null, TESTER);
        } catch (UpgradeConflictException e) {
            conflicts = e.conflicts();
        }
        assertThat(conflicts).extracting(AdoptionRules.Conflict::part)
                .containsExactly("processingDays", "feeAmounts.le_phi_ban_sao");
        assertThat(conflicts.get(0)).satisfies(c -> {
            assertThat(c.local()).isEqualTo("2");
            assertThat(c.previous()).isEqualTo("3");
            assertThat(c.standard()).isEqualTo("1");
        });
        assertThat(conflicts.get(1)).satisfies(c -> {
            assertThat(c.local()).isEqualTo("9000");
            assertThat(c.previous()).isEqualTo("8000");
            assertThat(c.standard()).isEqualTo("10000");
        });
        assertThat(service.adoption("04", BIRTH).centralVersion()).as("nothing changed").isEqualTo("2025.1");

        // the time changed to the new standard's, the fee kept
        var upgraded = service.upgrade("04", BIRTH, "2025.2", new Overrides(null, 1,
                Map.of("le_phi_ban_sao", new BigDecimal("9000")), Map.of()), TESTER);
        assertThat(upgraded.centralVersion()).isEqualTo("2025.2");
        assertThat(upgraded.overrides().processingDays()).isEqualTo(1);
        assertThat(upgraded.overrides().feeAmounts()).containsOnly(Map.entry("le_phi_ban_sao", new BigDecimal("9000")));

        // keeping a time longer than the new standard is refused at its field, and nothing changes
        service.adopt("01", BIRTH, "2025.1", new Overrides(null, 2, Map.of(), Map.of()), 0, TESTER);
        assertThatThrownBy(() -> service.upgrade("01", BIRTH, "2025.2", new Overrides(null, 2, Map.of(), Map.of()),
                TESTER)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("overrides.processingDays")));
        // dropping it follows the standard
        assertThat(service.upgrade("01", BIRTH, "2025.2", Overrides.NONE, TESTER).overrides().processingDays()).isNull();
    }
}
