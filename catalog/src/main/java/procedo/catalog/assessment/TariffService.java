package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.text.Text;

/**
 * Sets the tariffs' derivations, checking every input; the hourly figure is always derived, never typed in. Every
 * change is recorded in the audit trail with the derivation it replaced.
 */
public final class TariffService {

    private static final BigDecimal MAX_INCOME = new BigDecimal("1000000000");
    private static final BigDecimal MAX_DAYS = new BigDecimal("31");
    private static final BigDecimal MAX_HOURS = new BigDecimal("24");

    private final TariffRepository tariffs;
    private final AuditTrail audit;

    public TariffService(TariffRepository tariffs, AuditTrail audit) {
        this.tariffs = tariffs;
        this.audit = audit;
    }

    public List<Tariff> all() {
        return tariffs.all();
    }

    public Tariff save(String applicantType, String year, BigDecimal monthlyIncomeVnd, BigDecimal workingDaysPerMonth,
                       BigDecimal hoursPerDay, String source, Actor actor) {
        Problems problems = new Problems();
        ApplicantType type = null;
        try {
            type = ApplicantType.valueOf(applicantType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("applicantType", Text.of("catalog.tariff.applicantType"));
        }
        int tariffYear = 0;
        try {
            tariffYear = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            tariffYear = 0;
        }
        if (tariffYear < 1990 || tariffYear > 2100) {
            problems.add("year", Text.of("catalog.problem.year"));
        }
        positive(problems, "monthlyIncomeVnd", monthlyIncomeVnd, MAX_INCOME);
        positive(problems, "workingDaysPerMonth", workingDaysPerMonth, MAX_DAYS);
        positive(problems, "hoursPerDay", hoursPerDay, MAX_HOURS);
        if (source == null || source.isBlank() || source.length() > 1000) {
            problems.add("source", Text.of("catalog.tariff.source"));
        }
        problems.throwIfAny();
        Tariff tariff = new Tariff(type, tariffYear, monthlyIncomeVnd, workingDaysPerMonth, hoursPerDay, source);
        ApplicantType savedType = type;
        int savedYear = tariffYear;
        return audit.inTransaction(() -> {
            Tariff before = tariffs.all().stream()
                    .filter(t -> t.applicantType() == savedType && t.year() == savedYear).findFirst().orElse(null);
            tariffs.save(tariff);
            audit.record(actor, AuditAction.TARIFF_SAVED, AuditSubject.of("tariff", savedType + "/" + savedYear),
                    before, tariff);
            return tariff;
        });
    }

    private static void positive(Problems problems, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(field, Text.of("catalog.problem.required"));
        } else if (value.signum() <= 0 || value.compareTo(max) > 0) {
            problems.add(field, Text.of("catalog.problem.positiveAtMost", max));
        } else if (Decimals.places(value) > 2) {
            problems.add(field, Text.of("catalog.problem.decimals", 2));
        }
    }
}
