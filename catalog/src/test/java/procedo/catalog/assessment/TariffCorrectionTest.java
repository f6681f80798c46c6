package procedo.catalog.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.text.Messages;

/** Tariffs changed from a page, on H2 and PostgreSQL: versioned, dated, and a stale change refused. */
class TariffCorrectionTest extends StoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);

    private TariffService tariffs;

    @BeforeEach
    void setUp() {
        tariffs = new TariffService(store.tariffs(), auditOf(store), CLOCK);
    }

    private StoredTariff stored(ApplicantType type, int year) {
        return tariffs.stored().stream().filter(t -> t.tariff().applicantType() == type && t.tariff().year() == year)
                .findFirst().orElseThrow();
    }

    @Test
    void aChangedInputChangesTheDerivedTariffAndTheVersion() {
        StoredTariff created = tariffs.save("CITIZEN", "2031", new BigDecimal("8800000"), new BigDecimal("22"),
                new BigDecimal("8"), "Tổng cục Thống kê, 2031", 0, TESTER);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.tariff().vndPerHour()).isEqualByComparingTo("50000");

        StoredTariff changed = tariffs.save("CITIZEN", "2031", new BigDecimal("9240000"), new BigDecimal("22"),
                new BigDecimal("8"), "Tổng cục Thống kê, 2031 (điều chỉnh)", 1, named("Trần Văn Nam"));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(stored(ApplicantType.CITIZEN, 2031).tariff().vndPerHour()).isEqualByComparingTo("52500");
        assertThat(stored(ApplicantType.CITIZEN, 2031).changedBy()).isEqualTo("Trần Văn Nam");
        assertThat(stored(ApplicantType.CITIZEN, 2031).changedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aStaleChangeIsRefusedAndChangesNothing() {
        tariffs.save("BUSINESS", "2031", new BigDecimal("8800000"), new BigDecimal("22"), new BigDecimal("8"),
                "Tổng cục Thống kê", 0, TESTER);
        tariffs.save("BUSINESS", "2031", new BigDecimal("9000000"), new BigDecimal("22"), new BigDecimal("8"),
                "Tổng cục Thống kê", 1, TESTER);

        assertThatThrownBy(() -> tariffs.save("BUSINESS", "2031", new BigDecimal("1000000"), new BigDecimal("22"),
                new BigDecimal("8"), "cũ", 1, TESTER))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(Messages.render(((ConflictException) e).text(), Messages.VIETNAMESE))
                        .isEqualTo("Đơn giá giờ công cho doanh nghiệp năm 2031 vừa được người khác sửa: dữ liệu hiện"
                                + " là phiên bản 2, còn bản bạn sửa là phiên bản 1. Hãy tải lại trang rồi sửa lại"));
        assertThatThrownBy(() -> tariffs.save("BUSINESS", "2031", new BigDecimal("1000000"), new BigDecimal("22"),
                new BigDecimal("8"), "cũ", 0, TESTER)).isInstanceOf(ConflictException.class);
        assertThat(stored(ApplicantType.BUSINESS, 2031).tariff().monthlyIncomeVnd()).isEqualByComparingTo("9000000");
    }

    @Test
    void withoutAVersionATariffIsReplacedAsBefore() {
        int before = tariffs.stored().size();
        tariffs.save("CITIZEN", "2032", new BigDecimal("8800000"), new BigDecimal("22"), new BigDecimal("8"), "a",
                TESTER);
        tariffs.save("CITIZEN", "2032", new BigDecimal("8900000"), new BigDecimal("22"), new BigDecimal("8"), "b",
                TESTER);

        assertThat(tariffs.stored()).hasSize(before + 1);
        assertThat(stored(ApplicantType.CITIZEN, 2032).version()).isEqualTo(2);
    }

    @Test
    void badInputsAreLocated() {
        assertThatThrownBy(() -> tariffs.save("CITIZEN", "2031", new BigDecimal("-1"), BigDecimal.ZERO,
                new BigDecimal("8.123"), " ", 0, TESTER))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
                        .containsExactlyInAnyOrder("monthlyIncomeVnd", "workingDaysPerMonth", "hoursPerDay", "source"));
    }
}
