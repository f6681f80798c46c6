package procedo.catalog.assessment;

import java.util.List;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.cost.ComplianceCostCalculator;
import procedo.catalog.cost.CostComparison;
import procedo.catalog.cost.CostInput;
import procedo.catalog.cost.CostResult;
import procedo.catalog.cost.Quantity;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureRepository;

/**
 * Compliance costs: the stateless calculation, and each catalog procedure's as-is and to-be cost from its stored
 * activities, its tariff and its volumes. The full-online to-be keeps the as-is activities except travel and
 * waiting, and charges every dossier the online fee.
 */
public final class ProcedureCosts {

    private final ProcedureRepository procedures;
    private final CatalogAssessment assessment;
    private final ComplianceCostCalculator calculator = new ComplianceCostCalculator();

    public ProcedureCosts(ProcedureRepository procedures, CatalogAssessment assessment) {
        this.procedures = procedures;
        this.assessment = assessment;
    }

    public CostResult evaluate(CostInput input) {
        return calculator.evaluate(input);
    }

    public CostComparison compare(CostInput asIs, CostInput toBe) {
        return calculator.compare(asIs, toBe);
    }

    public ProcedureCost of(String code, Scope scope) {
        Procedure procedure = procedures.findByCode(code).orElseThrow(() -> NotFoundException.of("procedure", code));
        CostBasis basis = assessment.costBasis(code, scope);
        Quantity quantity = Quantity.recorded(basis.dossiersPerYear());
        CostInput asIs = new CostInput(basis.tariffVndPerHour(), quantity, basis.feesVnd(),
                procedure.asIsActivities());
        boolean designed = !procedure.toBeActivities().isEmpty();
        List<Activity> toBeActivities = designed ? procedure.toBeActivities() : fullOnline(procedure.asIsActivities());
        CostInput toBe = new CostInput(basis.tariffVndPerHour(), quantity, basis.onlineFeesVnd(), toBeActivities);
        return new ProcedureCost(procedure.code(), procedure.name(), basis,
                designed ? ToBeBasis.DESIGNED : ToBeBasis.FULL_ONLINE_ESTIMATE, calculator.compare(asIs, toBe));
    }

    /** The as-is activities an applicant still performs when the procedure is fully online. */
    static List<Activity> fullOnline(List<Activity> asIs) {
        return asIs.stream().filter(a -> a.kind() != ActivityKind.TRAVEL && a.kind() != ActivityKind.WAIT).toList();
    }
}
