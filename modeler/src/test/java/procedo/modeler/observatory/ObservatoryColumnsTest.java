package procedo.modeler.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Messages;
import procedo.catalog.usage.UsageSource;

/**
 * The observatory's columns and their colour thresholds: rated the way each column gets better, configured by a
 * file that may replace some thresholds and is refused whole, every problem named, when it is wrong; every word a
 * column puts on the page in both languages.
 */
class ObservatoryColumnsTest {

    @TempDir
    Path dir;

    @Test
    void aFigureIsGoodFromTheGoodThresholdAndPoorBeyondThePoorOneInTheDirectionOfItsColumn() {
        Thresholds higher = new Thresholds(Thresholds.Direction.HIGHER_IS_BETTER, new BigDecimal("0.95"),
                new BigDecimal("0.8"));
        assertThat(higher.rate(new BigDecimal("0.95"))).isEqualTo(Rating.GOOD);
        assertThat(higher.rate(new BigDecimal("0.9499"))).isEqualTo(Rating.MEDIUM);
        assertThat(higher.rate(new BigDecimal("0.8"))).isEqualTo(Rating.MEDIUM);
        assertThat(higher.rate(new BigDecimal("0.7999"))).isEqualTo(Rating.POOR);
        assertThat(higher.rate(null)).isNull();
        Thresholds lower = new Thresholds(Thresholds.Direction.LOWER_IS_BETTER, new BigDecimal("200000"),
                new BigDecimal("1000000"));
        assertThat(lower.rate(new BigDecimal("200000"))).isEqualTo(Rating.GOOD);
        assertThat(lower.rate(new BigDecimal("1000000"))).isEqualTo(Rating.MEDIUM);
        assertThat(lower.rate(new BigDecimal("1000001"))).isEqualTo(Rating.POOR);
    }

    @Test
    void theBundledThresholdsRateEveryColumnThatIsBetterOrWorse() {
        List<ObservatoryColumn> columns = ObservatoryColumns.of(ThresholdSettings.bundled());
        assertThat(columns).filteredOn(c -> c.thresholds() == null).extracting(ObservatoryColumn::key)
                .containsExactly("volume", "stage");
        assertThat(columns).filteredOn(ObservatoryColumn::hasData).extracting(ObservatoryColumn::key)
                .containsExactly("volume", "onlineShare", "onTimeRate", "refusalRate", "digitisedShare",
                        "electronicResults", "satisfaction", "costPerDossier", "stage");
        ObservatoryColumn cost = columns.stream().filter(c -> c.key().equals("costPerDossier")).findFirst().orElseThrow();
        assertThat(cost.thresholds().direction()).isEqualTo(Thresholds.Direction.LOWER_IS_BETTER);
    }

    @Test
    void aFileReplacesTheThresholdsItNamesAndKeepsTheOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("nguong.properties"), "# ngưỡng của tỉnh\nonTimeRate.good = 0.9\n");
        List<ObservatoryColumn> columns = ObservatoryColumns.of(ThresholdSettings.load(file));
        Thresholds onTime = columns.get(2).thresholds();
        assertThat(onTime.good()).isEqualByComparingTo("0.9");
        assertThat(onTime.poor()).isEqualByComparingTo("0.8");
        assertThat(onTime.rate(new BigDecimal("0.92"))).isEqualTo(Rating.GOOD);
    }

    @Test
    void aWrongFileIsRefusedWithEveryProblemNamed() throws IOException {
        Path notANumber = Files.writeString(dir.resolve("a.properties"), "onTimeRate.good = chín mươi\n");
        assertThatThrownBy(() -> ThresholdSettings.load(notANumber)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::location).containsExactly(notANumber + ": onTimeRate.good"));

        Path wrong = Files.writeString(dir.resolve("b.properties"), """
                onTimeRate.good = 0.5
                costPerDossier.good = 2000000
                volume.good = 1000
                """);
        assertThatThrownBy(() -> ThresholdSettings.load(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.location() + " → " + p.text().key()).containsExactlyInAnyOrder(
                        wrong + ": onTimeRate → modeler.observatory.thresholds.higher",
                        wrong + ": costPerDossier → modeler.observatory.thresholds.lower",
                        wrong + ": volume.good → modeler.observatory.thresholds.unknown"));
    }

    @Test
    void theTrendShowsTheLastTwelveMonthsOrTheChosenYearUpToThisMonth() {
        YearMonth now = YearMonth.of(2026, 3);
        assertThat(ObservatoryService.months(null, now)).hasSize(12).startsWith(YearMonth.of(2025, 4))
                .endsWith(now);
        assertThat(ObservatoryService.months(2026, now)).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                now);
        assertThat(ObservatoryService.months(2024, now)).hasSize(12).startsWith(YearMonth.of(2024, 1))
                .endsWith(YearMonth.of(2024, 12));
    }

    @Test
    void everyWordTheColumnsShowIsInBothLanguages() {
        List<String> keys = new java.util.ArrayList<>();
        for (ObservatoryColumn c : ObservatoryColumns.of(ThresholdSettings.bundled())) {
            keys.add(c.label().key());
            keys.add("modeler.observatory.header." + c.unit().name());
            if (c.absent() != null) {
                keys.add(c.absent().key());
            }
        }
        for (FigureSource source : FigureSource.values()) {
            keys.add("modeler.enum.FigureSource." + source.name());
        }
        for (UsageSource source : UsageSource.values()) {
            keys.add("modeler.observatory.source." + source.name());
        }
        for (String language : List.of("vi", "en")) {
            assertThat(Messages.keys("modeler", language)).as(language).containsAll(keys);
        }
        assertThat(Messages.render(ObservatoryColumns.of(ThresholdSettings.bundled()).get(0).label(),
                Messages.VIETNAMESE)).isEqualTo("Số hồ sơ/năm");
    }
}
