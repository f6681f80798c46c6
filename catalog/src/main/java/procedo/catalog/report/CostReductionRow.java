package procedo.catalog.report;

import java.math.BigDecimal;
import java.util.List;
import procedo.catalog.assessment.Tariff;
import procedo.catalog.plan.Measure;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.Saving;
import procedo.catalog.procedure.ApplicantType;

/**
 * One procedure of the report: where it belongs (codes for scripts, names for people), the inputs (tariff with its
 * derivation, dossiers per year), the plan counted (if any) with its measures, and the before/after figures.
 * {@code saving} is {@code before.annualVnd − after.annualVnd}.
 */
public record CostReductionRow(String code, String name, String agencyCode, String agencyName, String field,
                               String localityCode, String localityName, ApplicantType applicantType, Tariff tariff,
                               BigDecimal tariffVndPerHour, BigDecimal dossiersPerYear, String volumeSource,
                               Long planId, PlanStatus planStatus, List<Measure> measures, ScenarioFigures before,
                               ScenarioFigures after, Saving saving) {

    public CostReductionRow {
        measures = List.copyOf(measures);
    }
}
