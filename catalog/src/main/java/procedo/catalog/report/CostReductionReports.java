package procedo.catalog.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import procedo.catalog.CatalogStore;
import procedo.catalog.assessment.CatalogAssessment;
import procedo.catalog.assessment.CostBasis;
import procedo.catalog.assessment.SnapshotEntry;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ComplianceCostCalculator;
import procedo.catalog.cost.CostComparison;
import procedo.catalog.cost.CostInput;
import procedo.catalog.cost.Quantity;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Locality;
import procedo.catalog.plan.DerivedToBe;
import procedo.catalog.plan.PlanService;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.PlanRepository;
import procedo.catalog.plan.Saving;
import procedo.catalog.plan.SimplificationPlan;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;

/**
 * Computes the cost-reduction report and streams it to a sink: the procedures of the filter in row-id order, each
 * row computed by the {@link ComplianceCostCalculator} on the procedure's cost basis (the same as ranking and the
 * procedure's cost page), the as-is activities streamed from the database so that a national catalog does not
 * have to fit in memory.
 * <p>
 * Rounding: a row's cost per dossier is exact; its annual costs are rounded half-up to whole đồng; its saving is the
 * difference of the rounded costs; roll-ups and totals are sums of the rounded rows; percentages are half-up to 2
 * decimals.
 */
public final class CostReductionReports {

    private final CatalogStore store;
    private final CatalogAssessment assessment;
    private final PlanRepository plans;
    private final PlanService planService;
    private final ActivitySource activities;
    private final Clock clock;
    private final ComplianceCostCalculator calculator = new ComplianceCostCalculator();

    public CostReductionReports(CatalogStore store, CatalogAssessment assessment, PlanRepository plans,
                                PlanService planService, ActivitySource activities, Clock clock) {
        this.store = store;
        this.assessment = assessment;
        this.plans = plans;
        this.planService = planService;
        this.activities = activities;
        this.clock = clock;
    }

    private record Item(SnapshotEntry entry, CostBasis basis) {
    }

    /** Computes the report for {@code filter} and hands it to {@code sink}; returns the summary. */
    public ReportSummary write(ReportFilter filter, ReportSink sink) {
        if (filter.agencyCode() != null && store.localities().agency(filter.agencyCode()).isEmpty()) {
            throw InvalidInputException.of("agency", "unknown agency '" + filter.agencyCode() + "'");
        }
        if (filter.localityCode() != null && store.localities().locality(filter.localityCode()).isEmpty()) {
            throw InvalidInputException.of("locality", "unknown locality '" + filter.localityCode() + "'");
        }
        Set<PlanStatus> counted = filter.planStatus() == null ? EnumSet.of(PlanStatus.APPROVED, PlanStatus.IMPLEMENTED)
                : EnumSet.of(filter.planStatus());
        Map<String, SimplificationPlan> leading = plans.leading(counted);
        List<Item> items = new ArrayList<>();
        ProcedureFilter procedures = new ProcedureFilter(null, filter.field(), null, filter.agencyCode(),
                filter.localityCode(), null, null, null);
        assessment.forEachCostBasis(filter.scope(), procedures, (e, basis) -> {
            if (filter.planStatus() == null || leading.containsKey(e.code())) {
                items.add(new Item(e, basis));
            }
        });
        items.sort(Comparator.comparingLong(i -> i.entry().id()));
        Map<String, String> agencyNames = store.localities().agencies().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
        Map<String, String> localityNames = store.localities().localities().stream()
                .collect(Collectors.toMap(Locality::code, Locality::name, (a, b) -> a));
        Map<String, RollUp.Sum> byAgency = new TreeMap<>();
        Map<String, RollUp.Sum> byField = new TreeMap<>();
        Map<String, RollUp.Sum> byLocality = new TreeMap<>();
        RollUp.Sum total = new RollUp.Sum();
        try (ActivitySource.Cursor cursor = activities.asIsActivities()) {
            ActivitySource.ProcedureActivities pending = cursor.hasNext() ? cursor.next() : null;
            for (Item item : items) {
                long id = item.entry().id();
                while (pending != null && pending.procedureId() < id) {
                    pending = cursor.hasNext() ? cursor.next() : null;
                }
                List<Activity> asIs = pending != null && pending.procedureId() == id ? pending.activities() : List.of();
                RowAndSheet computed = compute(item, asIs, leading.get(item.entry().code()), agencyNames, localityNames);
                CostReductionRow row = computed.row();
                sink.row(row, computed.scm());
                total.add(row);
                byAgency.computeIfAbsent(row.agencyCode(), k -> new RollUp.Sum()).add(row);
                byField.computeIfAbsent(row.field(), k -> new RollUp.Sum()).add(row);
                byLocality.computeIfAbsent(row.localityCode(), k -> new RollUp.Sum()).add(row);
            }
        }
        Saving saving = Saving.of(total.before, total.after);
        ReportSummary.FilterNames names = new ReportSummary.FilterNames(localityNames.get(filter.scope().localityCode()),
                agencyNames.get(filter.agencyCode()), localityNames.get(filter.localityCode()));
        ReportSummary summary = new ReportSummary(filter, names, clock.instant(), total.procedures, total.withPlan,
                saving, ReportSummary.TARGET_PERCENT,
                saving.savingPercent() != null && saving.savingPercent().compareTo(ReportSummary.TARGET_PERCENT) >= 0);
        sink.finish(summary, rollUps(byAgency, agencyNames), rollUps(byField, Map.of()), rollUps(byLocality, localityNames));
        return summary;
    }

    private static List<RollUp> rollUps(Map<String, RollUp.Sum> sums, Map<String, String> names) {
        List<RollUp> result = new ArrayList<>();
        sums.forEach((key, sum) -> result.add(sum.toRollUp(key, names.getOrDefault(key, key))));
        return result;
    }

    private record RowAndSheet(CostReductionRow row, ScmSheet scm) {
    }

    private RowAndSheet compute(Item item, List<Activity> asIs, SimplificationPlan plan, Map<String, String> agencyNames,
                                Map<String, String> localityNames) {
        SnapshotEntry e = item.entry();
        CostBasis basis = item.basis();
        Quantity quantity = Quantity.recorded(basis.dossiersPerYear());
        CostInput before = new CostInput(basis.tariffVndPerHour(), quantity, basis.feesVnd(), asIs);
        CostComparison comparison;
        DerivedToBe toBe = null;
        List<Activity> asIsShown = asIs;
        BigDecimal afterFees = basis.feesVnd();
        if (plan != null) {
            Procedure procedure = store.procedures().findByCode(e.code()).orElseThrow();
            toBe = planService.derive(procedure, basis, plan);
            afterFees = toBe.feesVnd();
            asIsShown = procedure.asIsActivities();
            comparison = calculator.compare(new CostInput(basis.tariffVndPerHour(), quantity, basis.feesVnd(),
                    procedure.asIsActivities()), new CostInput(basis.tariffVndPerHour(), quantity, toBe.feesVnd(),
                    toBe.plainActivities()));
        } else {
            comparison = calculator.compare(before, before);
        }
        ScenarioFigures beforeFigures = ScenarioFigures.of(comparison.asIs(), basis.feesVnd());
        ScenarioFigures afterFigures = ScenarioFigures.of(comparison.toBe(), afterFees);
        String locality = e.localityCode() == null ? Locality.NATIONAL : e.localityCode();
        CostReductionRow row = new CostReductionRow(e.code(), e.name(), e.agencyCode(),
                agencyNames.getOrDefault(e.agencyCode(), e.agencyCode()), e.field(), locality,
                localityNames.getOrDefault(locality, locality), e.applicantType(), basis.tariff(),
                basis.tariffVndPerHour(), basis.dossiersPerYear(), basis.volumeSource(),
                plan == null ? null : plan.id(), plan == null ? null : plan.status(),
                plan == null ? List.of() : plan.measures(),
                beforeFigures, afterFigures, Saving.of(beforeFigures.annualVnd(), afterFigures.annualVnd()));
        return new RowAndSheet(row, new ScmSheet(asIsShown, comparison, toBe, toBe == null ? List.of() : toBe.feeSteps()));
    }

}
