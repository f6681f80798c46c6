package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.Problems;
import procedo.catalog.number.Decimals;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.text.Text;

/**
 * Sets the tariffs' derivations, checking every input; the hourly figure is always derived, never typed in. A change
 * that names the version it corrects is refused when the stored tariff changed since (or, with version 0, when one
 * was stored meanwhile). Every change is recorded in the audit trail with the derivation it replaced.
 */
public final class TariffService {

    private static final BigDecimal MAX_INCOME = new BigDecimal("1000000000");
    private static final BigDecimal MAX_DAYS = new BigDecimal("31");
    private static final BigDecimal MAX_HOURS = new BigDecimal("24");

    private final TariffRepository tariffs;
    private final AuditTrail audit;
    private final Clock clock;

    public TariffService(TariffRepository tariffs, AuditTrail audit) {
        this(tariffs, audit, Clock.systemUTC());
    }

    /** A service that dates each change by {@code clock}. */
    public TariffService(TariffRepository tariffs, AuditTrail audit, Clock clock) {
        this.tariffs = tariffs;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Tariff> all() {
        return tariffs.all();
    }

    /** Every tariff with its version and who changed it last. */
    public List<StoredTariff> stored() {
        return tariffs.stored();
    }

    public Tariff save(String applicantType, String year, BigDecimal monthlyIncomeVnd, BigDecimal workingDaysPerMonth,
                       BigDecimal hoursPerDay, String source, Actor actor) {
        return save(applicantType, year, monthlyIncomeVnd, workingDaysPerMonth, hoursPerDay, source, null, actor)
                .tariff();
    }

    /**
     * Sets a tariff's derivation. {@code expectedVersion} is the version the person read (0: none stored yet), or
     * null to replace whatever is stored.
     */
    public StoredTariff save(String applicantType, String year, BigDecimal monthlyIncomeVnd,
                             BigDecimal workingDaysPerMonth, BigDecimal hoursPerDay, String source,
                             Integer expectedVersion, Actor actor) {
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
            StoredTariff stored = tariffs.stored().stream()
                    .filter(t -> t.tariff().applicantType() == savedType && t.tariff().year() == savedYear)
                    .findFirst().orElse(null);
            int current = stored == null ? 0 : stored.version();
            if (expectedVersion != null && expectedVersion != current) {
                throw new ConflictException(expectedVersion == 0
                        ? Text.of("catalog.tariff.exists", savedType, savedYear, current)
                        : Text.of("catalog.tariff.stale", savedType, savedYear, current, expectedVersion));
            }
            Tariff before = stored == null ? null : stored.tariff();
            StoredTariff saved = new StoredTariff(tariff, current + 1, actor.displayName(), clock.instant());
            tariffs.save(saved);
            audit.record(actor, AuditAction.TARIFF_SAVED, AuditSubject.of("tariff", savedType + "/" + savedYear),
                    before, tariff);
            return saved;
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
