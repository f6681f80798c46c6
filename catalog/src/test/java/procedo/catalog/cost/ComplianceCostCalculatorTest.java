package procedo.catalog.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplianceCostCalculatorTest {

    private final ComplianceCostCalculator calculator = new ComplianceCostCalculator();

    private static BigDecimal vnd(String amount) {
        return new BigDecimal(amount);
    }

    private static Activity activity(String name, ActivityKind kind, String hours, String outOfPocket, String share) {
        return new Activity(name, kind, vnd(hours), vnd(outOfPocket), vnd(share));
    }

    private static CostInput recorded(String tariff, String dossiers, String fees, Activity... activities) {
        return new CostInput(vnd(tariff), Quantity.recorded(vnd(dossiers)), vnd(fees), List.of(activities));
    }

    private static BigDecimal sumOfLineAnnuals(CostResult result) {
        return result.lines().stream().map(CostLine::annualVnd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Example from the issue: one activity done in half the dossiers. */
    private static CostInput issueExample() {
        return recorded("25000", "1000", "8000",
                activity("Travel to the one-stop shop", ActivityKind.TRAVEL, "1.5", "20000", "0.5"));
    }

    @Nested
    class HandWorkedExamples {

        @Test
        void oneActivityWithHalfShareAndFees() {
            // given tariff 25 000 VND/h, 1 000 dossiers/year, fees 8 000, travel 1.5 h + 20 000 VND in 50 % of dossiers
            CostInput input = issueExample();

            // when
            CostResult result = calculator.evaluate(input);

            // then
            //   time cost     = 1.5 h × 25 000 × 0.5   = 18 750
            //   out of pocket = 20 000 × 0.5           = 10 000
            //   activity      = 18 750 + 10 000        = 28 750;   × 1 000 = 28 750 000 per year
            //   fees line     = 8 000;                              × 1 000 =  8 000 000 per year
            //   per dossier   = 28 750 + 8 000         = 36 750
            //   annual        = 36 750 × 1 000         = 36 750 000
            CostLine travel = result.lines().get(0);
            assertThat(travel.name()).isEqualTo("Travel to the one-stop shop");
            assertThat(travel.kind()).isEqualTo("TRAVEL");
            assertThat(travel.timeCostVnd()).isEqualByComparingTo(vnd("18750"));
            assertThat(travel.outOfPocketVnd()).isEqualByComparingTo(vnd("10000"));
            assertThat(travel.totalVnd()).isEqualByComparingTo(vnd("28750"));
            assertThat(travel.annualVnd()).isEqualByComparingTo(vnd("28750000"));
            assertThat(result.lines().get(1).annualVnd()).isEqualByComparingTo(vnd("8000000"));
            assertThat(result.costPerDossierVnd()).isEqualByComparingTo(vnd("36750"));
            assertThat(result.annualCostVnd()).isEqualByComparingTo(vnd("36750000"));
            assertThat(result.dossiersPerYear()).isEqualByComparingTo(vnd("1000"));
            assertThat(result.tariffVndPerHour()).isEqualByComparingTo(vnd("25000"));
            assertThat(sumOfLineAnnuals(result)).isEqualByComparingTo(result.annualCostVnd());
        }

        @Test
        void severalActivitiesWithPartialSharesAndDecimalHours() {
            // given tariff 30 000 VND/h, 2 000 dossiers/year, fees 50 000
            CostInput input = recorded("30000", "2000", "50000",
                    activity("Read the requirements", ActivityKind.INFORMATION, "0.25", "0", "1"),
                    activity("Obtain certified copies", ActivityKind.COPY, "0.75", "12000", "0.4"),
                    activity("Travel to the one-stop shop", ActivityKind.TRAVEL, "1.2", "35000", "0.6"));

            // when
            CostResult result = calculator.evaluate(input);

            // then
            // read   : 0.25 × 30 000 × 1   =  7 500; oop      0 × 1   =      0; total  7 500; × 2 000 = 15 000 000
            // copies : 0.75 × 30 000 × 0.4 =  9 000; oop 12 000 × 0.4 =  4 800; total 13 800; × 2 000 = 27 600 000
            // travel : 1.2  × 30 000 × 0.6 = 21 600; oop 35 000 × 0.6 = 21 000; total 42 600; × 2 000 = 85 200 000
            // fees   : 50 000;                                                                × 2 000 = 100 000 000
            // per dossier = 7 500 + 13 800 + 42 600 + 50 000 = 113 900
            // annual      = 113 900 × 2 000 = 227 800 000
            assertThat(result.lines()).extracting(CostLine::timeCostVnd)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(vnd("7500"), vnd("9000"), vnd("21600"), vnd("0"));
            assertThat(result.lines()).extracting(CostLine::outOfPocketVnd)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(vnd("0"), vnd("4800"), vnd("21000"), vnd("50000"));
            assertThat(result.lines()).extracting(CostLine::totalVnd)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(vnd("7500"), vnd("13800"), vnd("42600"), vnd("50000"));
            assertThat(result.lines()).extracting(CostLine::annualVnd)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(vnd("15000000"), vnd("27600000"), vnd("85200000"), vnd("100000000"));
            assertThat(result.costPerDossierVnd()).isEqualByComparingTo(vnd("113900"));
            assertThat(result.annualCostVnd()).isEqualByComparingTo(vnd("227800000"));
            assertThat(sumOfLineAnnuals(result)).isEqualByComparingTo(result.annualCostVnd());
        }

        @Test
        void quantityFromPopulationTimesFrequency() {
            // given 2 500 000 applicants who each apply 0.04 times a year, tariff 20 000, fees 10 000,
            //       one activity of 2 h and 15 000 VND in every dossier
            CostInput input = new CostInput(vnd("20000"),
                    Quantity.estimated(vnd("2500000"), vnd("0.04")), vnd("10000"),
                    List.of(activity("Prepare the declaration", ActivityKind.PREPARE, "2", "15000", "1")));

            // when
            CostResult result = calculator.evaluate(input);

            // then
            //   dossiers/year = 2 500 000 × 0.04          = 100 000
            //   activity      = 2 × 20 000 × 1 + 15 000 × 1 = 55 000
            //   per dossier   = 55 000 + 10 000            = 65 000
            //   annual        = 65 000 × 100 000           = 6 500 000 000
            assertThat(result.dossiersPerYear()).isEqualByComparingTo(vnd("100000"));
            assertThat(result.lines().get(0).totalVnd()).isEqualByComparingTo(vnd("55000"));
            assertThat(result.costPerDossierVnd()).isEqualByComparingTo(vnd("65000"));
            assertThat(result.annualCostVnd()).isEqualByComparingTo(vnd("6500000000"));
            assertThat(sumOfLineAnnuals(result)).isEqualByComparingTo(result.annualCostVnd());
        }

        @Test
        void feesOnlyWithoutActivities() {
            // given tariff 25 000, 350 dossiers/year, fees 200 000 and nothing for the applicant to do
            CostInput input = recorded("25000", "350", "200000");

            // when
            CostResult result = calculator.evaluate(input);

            // then
            //   per dossier = 200 000 (fees only)
            //   annual      = 200 000 × 350 = 70 000 000
            assertThat(result.lines()).singleElement().satisfies(fees -> {
                assertThat(fees.name()).isEqualTo("Fees and charges");
                assertThat(fees.kind()).isEqualTo("FEES");
                assertThat(fees.hours()).isEqualByComparingTo(vnd("0"));
                assertThat(fees.share()).isEqualByComparingTo(vnd("1"));
                assertThat(fees.timeCostVnd()).isEqualByComparingTo(vnd("0"));
                assertThat(fees.outOfPocketVnd()).isEqualByComparingTo(vnd("200000"));
                assertThat(fees.annualVnd()).isEqualByComparingTo(vnd("70000000"));
            });
            assertThat(result.costPerDossierVnd()).isEqualByComparingTo(vnd("200000"));
            assertThat(result.annualCostVnd()).isEqualByComparingTo(vnd("70000000"));
        }

        @Test
        void zeroVolumeCostsNothingPerYearButKeepsTheCostPerDossier() {
            // given no dossier per year, tariff 25 000, one activity of 3 h and 50 000 VND, no fees
            CostInput input = recorded("25000", "0", "0",
                    activity("Wait for the result", ActivityKind.WAIT, "3", "50000", "1"));

            // when
            CostResult result = calculator.evaluate(input);

            // then
            //   per dossier = 3 × 25 000 + 50 000 = 125 000
            //   annual      = 125 000 × 0        = 0
            assertThat(result.costPerDossierVnd()).isEqualByComparingTo(vnd("125000"));
            assertThat(result.annualCostVnd()).isEqualByComparingTo(vnd("0"));
            assertThat(result.annualCostVnd()).hasToString("0");
            assertThat(result.lines()).hasSize(2);
            assertThat(result.lines().get(1).totalVnd()).hasToString("0");
        }

        @Test
        void decimalHoursAddUpExactlyWhereDoublesWouldNot() {
            // given tariff 1 VND/h, one dossier, activities of 0.1 h and 0.2 h (0.1 + 0.2 ≠ 0.3 in double)
            CostInput input = recorded("1", "1", "0",
                    activity("Read the form", ActivityKind.INFORMATION, "0.1", "0", "1"),
                    activity("Fill in the form", ActivityKind.PREPARE, "0.2", "0", "1"));

            // when
            CostResult result = calculator.evaluate(input);

            // then  0.1 × 1 + 0.2 × 1 = 0.3, exactly
            assertThat(result.costPerDossierVnd()).isEqualTo(vnd("0.3"));
        }
    }

    @Nested
    class Comparison {

        @Test
        void savingIsAsIsMinusToBeAndItsPercentageOfAsIs() {
            // given the issue's as-is (36 750 000 a year) and a to-be done online:
            //       half an hour to submit, online fee 4 000, same tariff and volume
            CostInput asIs = issueExample();
            CostInput toBe = recorded("25000", "1000", "4000",
                    activity("Submit online", ActivityKind.SUBMIT, "0.5", "0", "1"));

            // when
            CostComparison comparison = calculator.compare(asIs, toBe);

            // then
            //   to-be per dossier = 0.5 × 25 000 + 4 000 = 16 500;  annual = 16 500 × 1 000 = 16 500 000
            //   saving            = 36 750 000 − 16 500 000 = 20 250 000
            //   saving %          = 20 250 000 ÷ 36 750 000 × 100 = 55.102… → 55.10
            assertThat(comparison.asIs().annualCostVnd()).isEqualByComparingTo(vnd("36750000"));
            assertThat(comparison.toBe().annualCostVnd()).isEqualByComparingTo(vnd("16500000"));
            assertThat(comparison.savingVnd()).isEqualByComparingTo(vnd("20250000"));
            assertThat(comparison.savingPercent()).isEqualByComparingTo(vnd("55.10"));
        }

        @Test
        void savingPercentRoundsHalfUpToTwoDecimals() {
            // given as-is 1 000 a year (fees only, one dossier) and to-be 876.55
            CostInput asIs = recorded("0", "1", "1000");
            CostInput toBe = recorded("0", "1", "876.55");

            // when
            CostComparison comparison = calculator.compare(asIs, toBe);

            // then  saving = 123.45; 123.45 ÷ 1 000 × 100 = 12.345 → 12.35 (half-even would give 12.34)
            assertThat(comparison.savingVnd()).isEqualByComparingTo(vnd("123.45"));
            assertThat(comparison.savingPercent()).isEqualByComparingTo(vnd("12.35"));
        }

        @Test
        void costlierToBeGivesNegativeSaving() {
            // given as-is 1 000 a year and to-be 1 123.45
            CostInput asIs = recorded("0", "1", "1000");
            CostInput toBe = recorded("0", "1", "1123.45");

            // when
            CostComparison comparison = calculator.compare(asIs, toBe);

            // then  saving = 1 000 − 1 123.45 = −123.45; −12.345 % rounds half-up (away from zero) to −12.35
            assertThat(comparison.savingVnd()).isEqualByComparingTo(vnd("-123.45"));
            assertThat(comparison.savingPercent()).isEqualByComparingTo(vnd("-12.35"));
        }

        @Test
        void savingPercentIsAbsentWhenAsIsCostsNothing() {
            // given an as-is with no dossiers (annual 0) and a to-be with 10 dossiers at 5 000 fees
            CostInput asIs = recorded("25000", "0", "8000");
            CostInput toBe = recorded("25000", "10", "5000");

            // when
            CostComparison comparison = calculator.compare(asIs, toBe);

            // then  saving = 0 − 50 000 = −50 000; no percentage of zero
            assertThat(comparison.savingVnd()).isEqualByComparingTo(vnd("-50000"));
            assertThat(comparison.savingPercent()).isNull();
        }
    }

    @Nested
    class OutputForm {

        @Test
        void linesFollowInputOrderAndEndWithTheFeesLineEvenWhenFeesAreZero() {
            // given
            CostInput input = recorded("25000", "10", "0",
                    activity("B", ActivityKind.PAY, "1", "0", "1"),
                    activity("A", null, "1", "0", "1"));

            // when
            CostResult result = calculator.evaluate(input);

            // then
            assertThat(result.lines()).extracting(CostLine::name).containsExactly("B", "A", "Fees and charges");
            assertThat(result.lines()).extracting(CostLine::kind).containsExactly("PAY", "OTHER", "FEES");
        }

        @Test
        void amountsCarryNoTrailingZerosAndNoExponent() {
            // given inputs written with superfluous decimals
            CostInput input = recorded("25000.00", "1000.0", "8000.000",
                    activity("Travel", ActivityKind.TRAVEL, "1.50", "20000.00", "0.50"));

            // when
            CostResult result = calculator.evaluate(input);

            // then  18 750.0000 is written 18750, 36 750 000 is written 36750000 (not 3.675E+7)
            assertThat(result.lines().get(0).timeCostVnd()).hasToString("18750");
            assertThat(result.lines().get(0).hours()).hasToString("1.5");
            assertThat(result.lines().get(1).hours()).hasToString("0");
            assertThat(result.costPerDossierVnd()).hasToString("36750");
            assertThat(result.annualCostVnd()).hasToString("36750000");
        }

        @Test
        void resultSerialisesToPlainJsonNumbers() throws Exception {
            // given
            CostResult result = calculator.evaluate(issueExample());

            // when
            String json = new ObjectMapper().writeValueAsString(result);

            // then
            assertThat(json)
                    .contains("\"costPerDossierVnd\":36750")
                    .contains("\"annualCostVnd\":36750000")
                    .contains("\"timeCostVnd\":18750,")
                    .doesNotContain("E+");
        }
    }
}
