package procedo.catalog.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureRepository;
import procedo.catalog.text.Text;

/**
 * Records usage figures of a procedure: every one valid and stored, or none (each problem located). Figures that
 * change what was stored are recorded in the audit trail with the figures they replace.
 */
public final class UsageService {

    public static final int MAX_FIGURES = 10_000;

    private final ProcedureRepository procedures;
    private final LocalityRepository localities;
    private final UsageRepository usage;
    private final AuditTrail audit;
    private final Consumer<String> changed;

    public UsageService(ProcedureRepository procedures, LocalityRepository localities, UsageRepository usage,
                        AuditTrail audit, Consumer<String> changed) {
        this.procedures = procedures;
        this.localities = localities;
        this.usage = usage;
        this.audit = audit;
        this.changed = changed;
    }

    public List<UsageStat> of(String procedureCode) {
        requireProcedure(procedureCode);
        return usage.forProcedure(procedureCode);
    }

    public List<UsageStat> record(String procedureCode, List<UsageFigure> figures, Actor actor) {
        requireProcedure(procedureCode);
        if (figures == null || figures.isEmpty() || figures.size() > MAX_FIGURES) {
            throw InvalidInputException.of("stats", Text.of("catalog.usage.figuresRequired", MAX_FIGURES));
        }
        Problems problems = new Problems();
        List<UsageStat> stats = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            UsageFigure u = figures.get(i);
            String at = "stats[" + i + "].";
            int before = problems.count();
            if (u.localityCode() == null || localities.locality(u.localityCode()).isEmpty()) {
                problems.add(at + "localityCode", Text.of("catalog.problem.unknownLocality", u.localityCode()));
            }
            if (u.year() == null || u.year() < 1990 || u.year() > 2100) {
                problems.add(at + "year", Text.of("catalog.problem.year"));
            }
            if (u.source() == null) {
                problems.add(at + "source", Text.of("catalog.usage.sourceRequired"));
            }
            if (u.dossiersTotal() == null || u.dossiersTotal() < 0) {
                problems.add(at + "dossiersTotal", Text.of("catalog.usage.totalRequired"));
            }
            long total = u.dossiersTotal() == null ? 0 : u.dossiersTotal();
            long online = u.dossiersOnline() == null ? 0 : u.dossiersOnline();
            long onTime = u.dossiersOnTime() == null ? 0 : u.dossiersOnTime();
            if (online < 0 || online > total) {
                problems.add(at + "dossiersOnline", Text.of("catalog.usage.withinTotal"));
            }
            if (onTime < 0 || onTime > total) {
                problems.add(at + "dossiersOnTime", Text.of("catalog.usage.withinTotal"));
            }
            if (u.coveredDays() != null && (u.coveredDays() < 1 || u.coveredDays() > 366)) {
                problems.add(at + "coveredDays", Text.of("catalog.usage.coveredDays"));
            }
            if (problems.count() == before) {
                stats.add(new UsageStat(procedureCode, u.localityCode(), u.year(), u.source(), total, online, onTime,
                        u.coveredDays()));
            }
        }
        problems.throwIfAny();
        audit.inTransaction(() -> {
            List<UsageStat> replaced = usage.forProcedure(procedureCode).stream()
                    .filter(old -> stats.stream().anyMatch(s -> sameSlot(s, old))).toList();
            usage.save(stats);
            List<UsageStat> saved = usage.forProcedure(procedureCode).stream()
                    .filter(now -> stats.stream().anyMatch(s -> sameSlot(s, now))).toList();
            if (!saved.equals(replaced)) {
                audit.record(AuditEntry.of(actor, AuditAction.USAGE_RECORDED, AuditSubject.of("usage", procedureCode))
                        .procedure(procedureCode).province(province(stats)).before(replaced).after(saved));
            }
            return null;
        });
        changed.accept(procedureCode);
        return usage.forProcedure(procedureCode);
    }

    private static boolean sameSlot(UsageStat a, UsageStat b) {
        return a.localityCode().equals(b.localityCode()) && a.year() == b.year() && a.source() == b.source();
    }

    /** The one locality all the figures are for, when there is one. */
    private static String province(List<UsageStat> stats) {
        List<String> localities = stats.stream().map(UsageStat::localityCode).distinct().toList();
        return localities.size() == 1 ? localities.get(0) : null;
    }

    private void requireProcedure(String code) {
        if (procedures.findByCode(code).isEmpty()) {
            throw NotFoundException.of("procedure", code);
        }
    }
}
