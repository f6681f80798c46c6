package procedo.modeler.golive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import procedo.catalog.assessment.ProcedureCost;
import procedo.catalog.assessment.ProcedureCosts;
import procedo.catalog.assessment.Scope;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureService;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.catalog.usage.UsageService;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;
import procedo.engine.CaseSummary;
import procedo.engine.Channel;
import procedo.engine.WorkflowEngine;
import procedo.modeler.digitisation.DigitisationFigures;
import procedo.modeler.digitisation.DigitisationRecords;

/**
 * Compares a procedure's pilot: the real dossiers (neither training nor simulated) received in the pilot provinces
 * during the pilot, those received in every other province during the same period, and those received in the pilot
 * provinces during as long a period just before the pilot began. For each side: the median cycle time and the
 * on-time rate over the decided dossiers (granted or refused), and the compliance cost per dossier of the Standard
 * Cost Model with the fees of the side's own channel mix (the pilot side at the redesigned, to-be activities; the others at the as-is
 * ones). Beside the on-time rate of the other provinces and of the pilot provinces before the pilot stands the usage
 * statistics' share on time (dossiers on time ÷ all dossiers, each province's imported figure, else its estimate)
 * of the latest year before the pilot began — shown beside, never in place of what the system measured.
 * Digitisation (dossiers with no component on paper ÷ dossiers whose components were recorded at intake) and
 * satisfaction (the applicants' mean rating) are counted over the group's own dossiers. Each figure names the dossiers
 * it counts; a side without dossiers has no figure, never a zero. A pure read.
 */
public final class PilotComparison {

    /** The most dossiers read per province and period: the newest of the period, which the notes then say. */
    static final int CASES_PER_PROVINCE = 1000;

    private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    private final StageRepository moves;
    private final ProcedureService procedures;
    private final ProcedureCosts costs;
    private final UsageService usage;
    private final LocalityRepository localities;
    private final Supplier<Optional<WorkflowEngine>> engine;
    private final Clock clock;
    private final DigitisationRecords digitisation;

    public PilotComparison(StageRepository moves, ProcedureService procedures, ProcedureCosts costs,
                           UsageService usage, LocalityRepository localities,
                           Supplier<Optional<WorkflowEngine>> engine, Clock clock, DigitisationRecords digitisation) {
        this.digitisation = digitisation;
        this.usage = usage;
        this.moves = moves;
        this.procedures = procedures;
        this.costs = costs;
        this.localities = localities;
        this.engine = engine;
        this.clock = clock;
    }

    /** The procedure's latest pilot compared, or a report without groups when it never had one. */
    public PilotReport compare(String code) {
        String name = procedures.get(code).name();
        List<StageMove> all = moves.moves(code);
        StageMove current = all.isEmpty() ? null : all.get(all.size() - 1);
        Optional<WorkflowEngine> running = engine.get();
        Instant now = running.map(WorkflowEngine::now).orElse(clock.instant());
        PilotReport.Pilot pilot = latestPilot(all);
        Map<String, String> names = new HashMap<>();
        Stage stage = current == null ? null : current.stage();
        int version = current == null ? 0 : current.version();
        if (pilot == null) {
            return new PilotReport(code, name, stage, version, null, List.of(), names, now);
        }
        pilot.provinces().forEach(p -> names.put(p, localities.locality(p).map(Locality::name).orElse(p)));
        Instant start = pilot.startedAt();
        Instant end = pilot.endedAt() == null ? now : pilot.endedAt();
        Instant before = start.minus(Duration.between(start, end));
        List<String> elsewhere = localities.localities().stream()
                .filter(l -> l.kind().provincial())
                .map(Locality::code).filter(c -> !pilot.provinces().contains(c)).sorted().toList();
        Costs cost = new Costs(costs.of(code, Scope.NATIONAL));
        Statistics statistics = new Statistics(usage.of(code), start.atZone(Messages.VIET_NAM).getYear());
        List<PilotGroup> groups = List.of(
                group(PilotGroup.Kind.PILOT, code, pilot.provinces(), start, end, cost, running, null),
                group(PilotGroup.Kind.ELSEWHERE, code, elsewhere, start, end, cost, running, statistics),
                group(PilotGroup.Kind.BEFORE, code, pilot.provinces(), before, start, cost, running, statistics));
        return new PilotReport(code, name, stage, version, pilot, groups, names, now);
    }

    /** The latest run of PILOT moves: its provinces are its last move's, its start its first move's. */
    static PilotReport.Pilot latestPilot(List<StageMove> all) {
        int last = -1;
        for (int i = all.size() - 1; i >= 0 && last < 0; i--) {
            if (all.get(i).stage() == Stage.PILOT) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        int first = last;
        while (first > 0 && all.get(first - 1).stage() == Stage.PILOT) {
            first--;
        }
        StageMove after = last + 1 < all.size() ? all.get(last + 1) : null;
        return new PilotReport.Pilot(all.get(last).provinces(), all.get(first).movedAt(), all.get(first).moverName(),
                after == null ? null : after.movedAt(), after == null ? null : after.stage());
    }

    private PilotGroup group(PilotGroup.Kind kind, String code, List<String> provinces, Instant from, Instant to,
                             Costs cost, Optional<WorkflowEngine> running, Statistics statistics) {
        List<CaseSummary> cases = new ArrayList<>();
        boolean capped = false;
        if (running.isPresent()) {
            for (String province : provinces) {
                List<CaseSummary> read = running.get().casesStarted(code, province, from, to, CASES_PER_PROVINCE);
                capped |= read.size() >= CASES_PER_PROVINCE;
                read.stream().filter(c -> !c.training() && !c.simulated()).forEach(cases::add);
            }
        }
        List<CaseSummary> decided = cases.stream().filter(PilotComparison::decided).toList();
        Map<String, PilotFigure> figures = new LinkedHashMap<>();
        figures.put("cycleTime", cycleTime(cases, decided, capped));
        PilotFigure onTime = onTimeRate(cases, decided, capped);
        figures.put("onTimeRate", statistics == null ? onTime : onTime.withBeside(statistics.onTime(provinces)));
        figures.put("costPerDossier", kind == PilotGroup.Kind.PILOT ? cost.redesigned(cases) : cost.current(cases));
        DigitisationFigures d = DigitisationFigures.of(code, null, cases.isEmpty() ? DigitisationRecords.Counts.NONE
                : digitisation.countsOfCases(cases.stream().map(CaseSummary::id).toList()));
        figures.put("digitisedShare", d.digitisedShare() == null
                ? PilotFigure.missing(Text.of("modeler.golive.missing.digitisation"))
                : PilotFigure.of(d.digitisedShare(), d.dossiers(), capped(Text.of("modeler.golive.note.digitised",
                        BigDecimal.valueOf(d.dossiersDigitised()), BigDecimal.valueOf(d.dossiers())), capped)));
        figures.put("satisfaction", d.meanScore() == null
                ? PilotFigure.missing(Text.of("modeler.golive.missing.satisfaction"))
                : PilotFigure.of(d.meanScore(), d.ratings(), capped(Text.of("modeler.golive.note.satisfaction",
                        d.meanScore(), BigDecimal.valueOf(d.ratings())), capped)));
        return new PilotGroup(kind, provinces, from, to, cases.size(), decided.size(), figures);
    }

    /** A dossier the agency decided (granted or refused); withdrawn and cancelled ones are not judged. */
    static boolean decided(CaseSummary c) {
        return c.outcome() != null && c.outcome().decided() && c.endedAt() != null;
    }

    private static PilotFigure cycleTime(List<CaseSummary> cases, List<CaseSummary> decided, boolean capped) {
        if (decided.isEmpty()) {
            return PilotFigure.missing(noneDecided(cases));
        }
        List<Long> ms = decided.stream().map(c -> Duration.between(c.startedAt(), c.endedAt()).toMillis()).sorted()
                .toList();
        long median = ms.get(Math.max(1, (int) Math.ceil(0.5 * ms.size())) - 1);
        BigDecimal hours = BigDecimal.valueOf(median).divide(MS_PER_HOUR, 2, RoundingMode.HALF_UP);
        return PilotFigure.of(hours, decided.size(), capped(Text.of("modeler.golive.note.cycleTime",
                BigDecimal.valueOf(decided.size())), capped));
    }

    private static PilotFigure onTimeRate(List<CaseSummary> cases, List<CaseSummary> decided, boolean capped) {
        if (decided.isEmpty()) {
            return PilotFigure.missing(noneDecided(cases));
        }
        long onTime = decided.stream().filter(c -> !c.overdue()).count();
        return PilotFigure.of(BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(decided.size()), 4,
                RoundingMode.HALF_UP), decided.size(), capped(Text.of("modeler.golive.note.onTime",
                BigDecimal.valueOf(onTime), BigDecimal.valueOf(decided.size())), capped));
    }

    private static Text noneDecided(List<CaseSummary> cases) {
        return cases.isEmpty() ? Text.of("modeler.golive.missing.noDossiers")
                : Text.of("modeler.golive.missing.noneDecided", BigDecimal.valueOf(cases.size()));
    }

    private static Text capped(Text note, boolean capped) {
        return capped ? Text.of("modeler.golive.note.capped", note, BigDecimal.valueOf(CASES_PER_PROVINCE)) : note;
    }

    /** The usage statistics of the latest year before the pilot began, each province's better source. */
    private static final class Statistics {
        private final Map<String, UsageStat> byProvince = new HashMap<>();
        private final Integer year;

        Statistics(List<UsageStat> all, int pilotYear) {
            List<UsageStat> statistics = all.stream().filter(s -> s.source() != UsageSource.MEASURED)
                    .filter(s -> s.year() < pilotYear && s.coveredDays() == null).toList();
            year = statistics.stream().map(UsageStat::year).max(Integer::compare).orElse(null);
            statistics.stream().filter(s -> year != null && s.year() == year).forEach(s -> byProvince.merge(
                    s.localityCode(), s, (a, b) -> a.source() == UsageSource.IMPORTED ? a : b));
        }

        /** The share on time of {@code provinces}' dossiers that year; null when none of them has a figure. */
        PilotFigure onTime(List<String> provinces) {
            List<UsageStat> found = provinces.stream().map(byProvince::get).filter(Objects::nonNull).toList();
            long total = found.stream().mapToLong(UsageStat::dossiersTotal).sum();
            if (found.isEmpty() || total == 0) {
                return null;
            }
            long onTime = found.stream().mapToLong(UsageStat::dossiersOnTime).sum();
            return PilotFigure.of(BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP),
                    total, Text.of("modeler.golive.note.onTimeStatistics", BigDecimal.valueOf(onTime),
                            BigDecimal.valueOf(total), String.valueOf(year), found.size()));
        }
    }

    /** The Standard Cost Model's parts of one dossier, with which each side's cost is computed. */
    private static final class Costs {
        private final ProcedureCost cost;

        Costs(ProcedureCost cost) {
            this.cost = cost;
        }

        /** The redesigned (to-be) activities' cost of one dossier plus the fees at the channel mix of {@code cases}. */
        PilotFigure redesigned(List<CaseSummary> cases) {
            return perDossier(cases, cost.comparison().toBe().costPerDossierVnd().subtract(cost.basis().onlineFeesVnd()),
                    "modeler.golive.note.costToBe");
        }

        /** The current (as-is) activities' cost of one dossier plus the fees at the channel mix of {@code cases}. */
        PilotFigure current(List<CaseSummary> cases) {
            return perDossier(cases, cost.comparison().asIs().costPerDossierVnd().subtract(cost.basis().feesVnd()),
                    "modeler.golive.note.costAsIs");
        }

        /** {@code activities} plus the fees of the dossiers' channels: counter and post in person, online online. */
        private PilotFigure perDossier(List<CaseSummary> cases, BigDecimal activities, String note) {
            List<CaseSummary> known = cases.stream().filter(c -> c.channel() != null).toList();
            if (known.isEmpty()) {
                return PilotFigure.missing(Text.of("modeler.golive.missing.noDossiers"));
            }
            var basis = cost.basis();
            if (activities.signum() == 0 && basis.inPersonFeesVnd().signum() == 0
                    && basis.onlineFeesVnd().signum() == 0) {
                return PilotFigure.missing(Text.of("modeler.golive.missing.noCostModel"));
            }
            long online = known.stream().filter(c -> c.channel() == Channel.ONLINE).count();
            long inPerson = known.size() - online;
            BigDecimal fees = basis.inPersonFeesVnd().multiply(BigDecimal.valueOf(inPerson))
                    .add(basis.onlineFeesVnd().multiply(BigDecimal.valueOf(online)))
                    .divide(BigDecimal.valueOf(known.size()), 10, RoundingMode.HALF_UP);
            BigDecimal value = activities.add(fees).setScale(0, RoundingMode.HALF_UP);
            return PilotFigure.of(value, known.size(), Text.of(note, exact(activities), plain(basis.inPersonFeesVnd()),
                    BigDecimal.valueOf(inPerson), plain(basis.onlineFeesVnd()), BigDecimal.valueOf(online),
                    BigDecimal.valueOf(known.size())));
        }

        private static BigDecimal plain(BigDecimal value) {
            return procedo.catalog.number.Decimals.plain(value.setScale(0, RoundingMode.HALF_UP));
        }

        /** An amount as it enters the sum (to the hundredth of a đồng, as hours × tariff gives it). */
        private static BigDecimal exact(BigDecimal value) {
            return procedo.catalog.number.Decimals.plain(value.setScale(2, RoundingMode.HALF_UP));
        }
    }
}
