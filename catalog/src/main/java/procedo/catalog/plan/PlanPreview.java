package procedo.catalog.plan;

import procedo.catalog.assessment.CostBasis;
import procedo.catalog.cost.CostComparison;

/**
 * A plan's before and after: the cost basis (tariff with its derivation, dossiers per year, fees), the derived
 * to-be, the full Standard Cost Model calculations line by line, and the annual figures in whole đồng.
 */
public record PlanPreview(long planId, String procedureCode, String procedureName, PlanStatus status,
                          CostBasis basis, DerivedToBe toBe, CostComparison comparison, Saving saving,
                          Integer processingDaysBefore, Integer processingDaysAfter) {
}
