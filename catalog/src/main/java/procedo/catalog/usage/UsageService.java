package procedo.catalog.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import procedo.catalog.account.Actor;
import procedo.catalog.audit.AuditAction;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditSubject;
import procedo.catalog.audit.AuditTrail;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problems;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureRepository;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * Records usage figures of a procedure: every one valid and stored, or none (each problem located). A figure that
 * names the version it corrects is refused when the stored one has changed since (or, with version 0, when one was
 * stored meanwhile). A figure the workflow engine measured is replaced only by the engine's own feed: a person
 * records statistics beside it. Each stored figure keeps who recorded it, when and why; figures that change what
 * was stored are recorded in the audit trail with the figures they replace.
 */
public final class UsageService {

    public static final int MAX_FIGURES = 10_000;
    public static final int MAX_NOTE = 1000;

    private final ProcedureRepository procedures;
    private final LocalityRepository localities;
    private final UsageRepository usage;
    private final AuditTrail audit;
    private final Consumer<String> changed;
    private final Clock clock;

    public UsageService(ProcedureRepository procedures, LocalityRepository localities, UsageRepository usage,
                        AuditTrail audit, Consumer<String> changed) {
        this(procedures, localities, usage, audit, changed, Clock.system(Messages.VIET_NAM));
    }

    /** A service whose "now" (the current year, the time a figure is recorded) is read from {@code clock}. */
    public UsageService(ProcedureRepository procedures, LocalityRepository localities, UsageRepository usage,
                        AuditTrail audit, Consumer<String> changed, Clock clock) {
        this.procedures = procedures;
        this.localities = localities;
        this.usage = usage;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock.withZone(Messages.VIET_NAM);
    }

    public List<UsageStat> of(String procedureCode) {
        requireProcedure(procedureCode);
        return usage.forProcedure(procedureCode);
    }

    /** The procedure's figures with their versions and provenance. */
    public List<RecordedUsage> records(String procedureCode) {
        requireProcedure(procedureCode);
        return usage.recordsFor(procedureCode);
    }

    /** Records the figures (all or none) and answers the procedure's figures with their provenance. */
    public List<RecordedUsage> record(String procedureCode, List<UsageFigure> figures, Actor actor) {
        requireProcedure(procedureCode);
        if (figures == null || figures.isEmpty() || figures.size() > MAX_FIGURES) {
            throw InvalidInputException.of("stats", Text.of("catalog.usage.figuresRequired", MAX_FIGURES));
        }
        int currentYear = Year.now(clock).getValue();
        Problems problems = new Problems();
        List<UsageFigure> valid = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            UsageFigure u = figures.get(i);
            String at = "stats[" + i + "].";
            int before = problems.count();
            if (u == null) {
                problems.add("stats[" + i + "]", Text.of("catalog.problem.required"));
                continue;
            }
            if (u.localityCode() == null || localities.locality(u.localityCode()).isEmpty()) {
                problems.add(at + "localityCode", Text.of("catalog.problem.unknownLocality", u.localityCode()));
            }
            if (u.year() == null || u.year() < 1990 || u.year() > 2100) {
                problems.add(at + "year", Text.of("catalog.problem.year"));
            } else if (u.year() > currentYear) {
                problems.add(at + "year", Text.of("catalog.usage.futureYear", currentYear));
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
            boolean totalKnown = u.dossiersTotal() != null && total >= 0;
            if (online < 0 || totalKnown && online > total) {
                problems.add(at + "dossiersOnline", Text.of("catalog.usage.withinTotal"));
            }
            if (onTime < 0 || totalKnown && onTime > total) {
                problems.add(at + "dossiersOnTime", Text.of("catalog.usage.withinTotal"));
            }
            if (u.coveredDays() != null && (u.coveredDays() < 1 || u.coveredDays() > 366)) {
                problems.add(at + "coveredDays", Text.of("catalog.usage.coveredDays"));
            }
            if (u.version() != null && u.version() < 0) {
                problems.add(at + "version", Text.of("catalog.problem.negative"));
            }
            if (u.note() != null && u.note().length() > MAX_NOTE) {
                problems.add(at + "note", Text.of("catalog.problem.notLonger", MAX_NOTE));
            }
            if (problems.count() == before) {
                valid.add(u);
                positions.add(i);
            }
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        List<RecordedUsage> written = audit.inTransaction(() -> {
            List<RecordedUsage> stored = usage.recordsFor(procedureCode);
            Problems kept = new Problems();
            List<RecordedUsage> records = new ArrayList<>();
            for (int i = 0; i < valid.size(); i++) {
                UsageFigure u = valid.get(i);
                UsageStat stat = new UsageStat(procedureCode, u.localityCode(), u.year(), u.source(),
                        u.dossiersTotal(), u.dossiersOnline() == null ? 0 : u.dossiersOnline(),
                        u.dossiersOnTime() == null ? 0 : u.dossiersOnTime(), u.coveredDays());
                Optional<RecordedUsage> old = stored.stream().filter(r -> r.sameSlot(stat)).findFirst();
                requireVersion(u, old.orElse(null));
                String note = u.note() == null || u.note().isBlank() ? null : u.note().strip();
                if (old.isPresent() && old.get().stat().equals(stat) && Objects.equals(old.get().note(), note)) {
                    continue;
                }
                if (old.isPresent() && old.get().stat().source() == UsageSource.MEASURED && !isSystem(actor)) {
                    kept.add("stats[" + positions.get(i) + "].source",
                            Text.of("catalog.usage.measuredKept", u.year()));
                    continue;
                }
                records.add(new RecordedUsage(stat, old.map(r -> r.version() + 1).orElse(1), actor.displayName(),
                        now, note));
            }
            kept.throwIfAny();
            if (records.isEmpty()) {
                return records;
            }
            List<UsageStat> replaced = stored.stream()
                    .filter(old -> records.stream().anyMatch(r -> r.sameSlot(old.stat())))
                    .map(RecordedUsage::stat).toList();
            usage.record(records);
            List<UsageStat> saved = records.stream().map(RecordedUsage::stat).toList();
            audit.record(AuditEntry.of(actor, AuditAction.USAGE_RECORDED, AuditSubject.of("usage", procedureCode))
                    .procedure(procedureCode).province(province(saved)).before(replaced).after(saved));
            return records;
        });
        if (!written.isEmpty()) {
            changed.accept(procedureCode);
        }
        return usage.recordsFor(procedureCode);
    }

    /** Refuses a correction of a figure that changed since it was read (or that appeared, for version 0). */
    private void requireVersion(UsageFigure figure, RecordedUsage stored) {
        Integer expected = figure.version();
        if (expected == null) {
            return;
        }
        int current = stored == null ? 0 : stored.version();
        if (expected == current) {
            return;
        }
        String place = localities.locality(figure.localityCode()).map(Locality::name).orElse(figure.localityCode());
        throw new ConflictException(expected == 0
                ? Text.of("catalog.usage.exists", place, figure.year(), figure.source(), current)
                : Text.of("catalog.usage.stale", place, figure.year(), figure.source(), current, expected));
    }

    private static boolean isSystem(Actor actor) {
        return actor.username().startsWith(Actor.SYSTEM_PREFIX);
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
