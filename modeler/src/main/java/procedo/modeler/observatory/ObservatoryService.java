package procedo.modeler.observatory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.Scope;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problems;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;
import procedo.catalog.usage.UsageSource;
import procedo.engine.DeployedWorkflow;
import procedo.engine.Kpis;
import procedo.engine.MonthlyCases;
import procedo.engine.WorkflowEngine;
import procedo.modeler.golive.StageMove;
import procedo.modeler.digitisation.DigitisationFigures;

/**
 * Reads the observatory: every active procedure of the filter with each column's figure. The catalog gives the
 * procedures, their cost bases and their usage (statistics and measured counts kept apart); the workflow engine,
 * when it has ever run, gives the KPIs and the monthly cases of the procedures whose workflow runs in the scope. A
 * pure read: nothing is written.
 */
public final class ObservatoryService {

    /** The months of a trend when no year is chosen: the last twelve, this one included. */
    public static final int TREND_MONTHS = 12;

    private final CatalogAssessment assessment;
    private final LocalityRepository localities;
    private final UsageRows usage;
    private final Supplier<Optional<WorkflowEngine>> engine;
    private final Supplier<List<ObservatoryColumn>> columns;
    private final Clock clock;
    private final Supplier<Map<String, StageMove>> stages;
    private final Function<String, Map<String, DigitisationFigures>> digitisation;

    public ObservatoryService(CatalogAssessment assessment, LocalityRepository localities, UsageRows usage,
                              Supplier<Optional<WorkflowEngine>> engine, Supplier<List<ObservatoryColumn>> columns,
                              Clock clock) {
        this(assessment, localities, usage, engine, columns, clock, Map::of);
    }

    /** An observatory that also shows each procedure's stage of going live, from {@code stages} (by code). */
    public ObservatoryService(CatalogAssessment assessment, LocalityRepository localities, UsageRows usage,
                              Supplier<Optional<WorkflowEngine>> engine, Supplier<List<ObservatoryColumn>> columns,
                              Clock clock, Supplier<Map<String, StageMove>> stages) {
        this(assessment, localities, usage, engine, columns, clock, stages, province -> Map.of());
    }

    /**
     * An observatory that also shows each procedure's stage and its dossiers' digitisation and satisfaction.
     *
     * @param digitisation every procedure's digitisation and satisfaction figures in a province (null: everywhere)
     */
    public ObservatoryService(CatalogAssessment assessment, LocalityRepository localities, UsageRows usage,
                              Supplier<Optional<WorkflowEngine>> engine, Supplier<List<ObservatoryColumn>> columns,
                              Clock clock, Supplier<Map<String, StageMove>> stages,
                              Function<String, Map<String, DigitisationFigures>> digitisation) {
        this.stages = stages;
        this.digitisation = digitisation;
        this.assessment = assessment;
        this.localities = localities;
        this.usage = usage;
        this.engine = engine;
        this.columns = columns;
        this.clock = clock;
    }

    /**
     * The observatory for {@code filter}.
     *
     * @throws InvalidInputException for an unknown province or a year after the current one
     */
    public Observatory observe(ObservatoryFilter filter) {
        Optional<WorkflowEngine> running = engine.get();
        Instant now = running.map(WorkflowEngine::now).orElse(clock.instant());
        YearMonth thisMonth = YearMonth.from(now.atZone(Messages.VIET_NAM));
        check(filter, thisMonth.getYear());
        String province = filter.province();
        List<YearMonth> months = months(filter.year(), thisMonth);
        Map<String, Usage> usages = usage(province, filter.year());
        Set<String> runningHere = running.map(e -> e.latestDeployments().stream()
                .filter(d -> province == null || d.locality() == null || province.equals(d.locality()))
                .map(DeployedWorkflow::procedureCode).collect(Collectors.toSet())).orElse(Set.of());
        Map<String, String> agencyNames = localities.agencies().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
        List<ObservatoryColumn> shown = columns.get();
        Map<String, StageMove> stageOf = stages.get();
        Map<String, DigitisationFigures> digitised = digitisation.apply(province);
        List<ObservatoryRow> rows = new ArrayList<>();
        Scope scope = province == null ? Scope.NATIONAL : new Scope(province);
        ProcedureFilter procedures = new ProcedureFilter(null, filter.field(), null, filter.agencyCode(), null, null,
                null, null);
        assessment.forEachCostBasis(scope, procedures, (entry, basis) -> {
            Usage u = usages.getOrDefault(entry.code(), Usage.NONE);
            Kpis kpis = null;
            List<Long> trend = null;
            if (runningHere.contains(entry.code())) {
                WorkflowEngine e = running.orElseThrow();
                kpis = e.kpis(entry.code(), province);
                trend = months.isEmpty() ? List.of() : e.monthlyCases(entry.code(), province, months.get(0),
                        months.get(months.size() - 1)).stream().map(MonthlyCases::started).toList();
            }
            ProcedureFacts facts = new ProcedureFacts(entry, basis, u.statistics(filter.year()),
                    u.measured(filter.year()), kpis, filter, stageOf.get(entry.code()), digitised.get(entry.code()));
            Map<String, Figure> figures = new LinkedHashMap<>();
            shown.forEach(c -> figures.put(c.key(), c.figure(facts)));
            rows.add(new ObservatoryRow(entry.code(), entry.name(), entry.field(), entry.agencyCode(),
                    agencyNames.get(entry.agencyCode()), entry.localityCode(), entry.onlineLevel(), kpis != null,
                    figures, trend));
        });
        rows.sort(Comparator.comparing((ObservatoryRow r) -> volume(r), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ObservatoryRow::code));
        return new Observatory(filter, now, shown, months, rows);
    }

    private static BigDecimal volume(ObservatoryRow row) {
        Figure volume = row.figures().get("volume");
        return volume == null ? null : volume.value();
    }

    private void check(ObservatoryFilter filter, int currentYear) {
        Problems problems = new Problems();
        String province = filter.province();
        problems.addIf(province != null && (Locality.NATIONAL.equals(province)
                        || localities.locality(province).isEmpty()), "province",
                Text.of("catalog.problem.unknownLocality", province));
        problems.addIf(filter.year() != null && filter.year() > currentYear, "year",
                Text.of("catalog.usage.futureYear", String.valueOf(currentYear)));
        problems.throwIfAny();
    }

    /** The months of the trends: the chosen year's up to this month, else the last {@value #TREND_MONTHS}. */
    static List<YearMonth> months(Integer year, YearMonth thisMonth) {
        YearMonth from = year == null ? thisMonth.minusMonths(TREND_MONTHS - 1L) : YearMonth.of(year, 1);
        YearMonth to = year == null || year == thisMonth.getYear() ? thisMonth : YearMonth.of(year, 12);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Every procedure's usage in the scope: per year, each locality's best statistic and the measured counts. */
    private Map<String, Usage> usage(String province, Integer year) {
        Map<String, Usage> all = new HashMap<>();
        usage.forEach(province, year, row -> all.computeIfAbsent(row.procedureCode(), k -> new Usage()).add(row));
        return all;
    }

    /** One procedure's usage rows, kept apart by kind of source. */
    private static final class Usage {
        /** The usage of a procedure without figures: never added to. */
        static final Usage NONE = new Usage();

        /** year → locality → the locality's best statistic */
        private final TreeMap<Integer, Map<String, UsageRow>> statistics = new TreeMap<>();
        /** year → the engine's counts of each locality */
        private final TreeMap<Integer, List<UsageRow>> measured = new TreeMap<>();

        void add(UsageRow row) {
            if (row.source() == UsageSource.MEASURED) {
                measured.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(row);
                return;
            }
            statistics.computeIfAbsent(row.year(), y -> new HashMap<>()).merge(row.localityCode(), row,
                    (kept, other) -> ObservatoryColumns.STATISTICS.indexOf(other.source())
                            < ObservatoryColumns.STATISTICS.indexOf(kept.source()) ? other : kept);
        }

        UsageYear statistics(Integer year) {
            Integer shown = year != null ? year : statistics.isEmpty() ? null : statistics.lastKey();
            Map<String, UsageRow> rows = shown == null ? null : statistics.get(shown);
            return rows == null ? null : sum(shown, rows.values());
        }

        UsageYear measured(Integer year) {
            Integer shown = year != null ? year : measured.isEmpty() ? null : measured.lastKey();
            List<UsageRow> rows = shown == null ? null : measured.get(shown);
            return rows == null ? null : sum(shown, rows);
        }

        private static UsageYear sum(int year, Collection<UsageRow> rows) {
            UsageYear sum = UsageYear.empty(year);
            for (UsageRow row : rows.stream().sorted(Comparator.comparing(UsageRow::localityCode)).toList()) {
                sum = sum.plus(row);
            }
            return sum;
        }
    }
}
