package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import procedo.catalog.procedure.ApplicantType;

/**
 * The value of one hour of an applicant's time (VND/hour) for one applicant type and year, with its derivation:
 * monthly income ÷ working days per month ÷ hours per day, rounded half-up to whole đồng. The rounded figure is
 * the one every cost uses, so a report that shows it can be recomputed by hand.
 */
public record Tariff(ApplicantType applicantType, int year, BigDecimal monthlyIncomeVnd,
                     BigDecimal workingDaysPerMonth, BigDecimal hoursPerDay, String source) {

    public Tariff {
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(monthlyIncomeVnd, "monthlyIncomeVnd");
        if (workingDaysPerMonth.signum() <= 0 || hoursPerDay.signum() <= 0 || monthlyIncomeVnd.signum() < 0) {
            throw new IllegalArgumentException("a tariff needs a non-negative income and positive days and hours");
        }
    }

    public BigDecimal vndPerHour() {
        return monthlyIncomeVnd.divide(workingDaysPerMonth.multiply(hoursPerDay), 0, RoundingMode.HALF_UP);
    }
}
