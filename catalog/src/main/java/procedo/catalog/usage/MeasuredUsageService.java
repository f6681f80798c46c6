package procedo.catalog.usage;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;

/**
 * Keeps what deployed workflows measured apart from the usage statistics, and lets a measurement stand for a
 * province's yearly volume only when it says it may ({@link MeasuredUsage#standsForYear()}): then it is recorded
 * as MEASURED usage through the {@link UsageService}; otherwise a MEASURED figure it recorded before is removed, so
 * that the statistics count again and the measurement is shown beside them.
 */
public final class MeasuredUsageService {

    private final UsageService usage;
    private final UsageRepository stats;
    private final MeasuredUsageRepository measured;
    private final AuditTrail audit;
    private final Consumer<String> changed;

    public MeasuredUsageService(UsageService usage, UsageRepository stats, MeasuredUsageRepository measured,
                                AuditTrail audit, Consumer<String> changed) {
        this.usage = usage;
        this.stats = stats;
        this.measured = measured;
        this.audit = audit;
        this.changed = changed;
    }

    /** Keeps the measurements of one procedure and records as MEASURED usage those that stand for their year. */
    public void record(String procedureCode, List<MeasuredUsage> measurements, Actor actor) {
        List<UsageFigure> standing = measurements.stream().filter(MeasuredUsage::standsForYear)
                .map(m -> new UsageFigure(m.localityCode(), m.year(), UsageSource.MEASURED, m.dossiersTotal(),
                        m.dossiersOnline(), m.dossiersOnTime(), m.coveredDays())).toList();
        if (!standing.isEmpty()) {
            usage.record(procedureCode, standing, actor);
        }
        List<UsageStat> stored = stats.forProcedure(procedureCode);
        audit.inTransaction(() -> {
            for (MeasuredUsage m : measurements) {
                measured.save(m);
                if (m.standsForYear()) {
                    continue;
                }
                Optional<UsageStat> standingBefore = stored.stream().filter(s -> s.source() == UsageSource.MEASURED
                        && s.localityCode().equals(m.localityCode()) && s.year() == m.year()).findFirst();
                if (standingBefore.isPresent()) {
                    stats.removeMeasured(procedureCode, m.localityCode(), m.year());
                    audit.record(AuditEntry.of(actor, AuditAction.USAGE_RECORDED,
                                    AuditSubject.of("usage", procedureCode))
                            .procedure(procedureCode).province(m.localityCode())
                            .before(List.of(standingBefore.get())).after(List.of()));
                }
            }
            return null;
        });
        changed.accept(procedureCode);
    }

    /** The procedure's measurements, by province and year, newest year first. */
    public List<MeasuredUsage> of(String procedureCode) {
        usage.of(procedureCode);
        return measured.forProcedure(procedureCode);
    }
}
