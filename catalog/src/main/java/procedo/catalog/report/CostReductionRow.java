package procedo.catalog.report;

import java.math.BigDecimal;
import procedo.catalog.assessment.Tariff;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.Saving;

/**
 * One procedure of the report: where it belongs, the inputs (tariff with its derivation, dossiers per year), the
 * plan counted (if any) and the before/after figures. {@code saving} is {@code before.annualVnd − after.annualVnd}.
 */
public record CostReductionRow(String code, String name, String agencyCode, String field, String localityCode,
                               String applicantType, Tariff tariff, BigDecimal tariffVndPerHour,
                               BigDecimal dossiersPerYear, String volumeSource, Long planId, PlanStatus planStatus,
                               String measures, ScenarioFigures before, ScenarioFigures after, Saving saving) {
}
