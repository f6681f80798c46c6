package procedo.modeler.digitisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import procedo.catalog.assessment.Satisfaction;
import procedo.catalog.assessment.SatisfactionSource;
import procedo.catalog.assessment.Scope;

/**
 * The applicants' ratings as the catalog's ranking reads them: each rated procedure's mean score and count in a scope
 * (a province, or everywhere), over real dossiers only.
 */
public final class RatedProcedures implements SatisfactionSource {

    private final DigitisationRecords records;

    public RatedProcedures(DigitisationRecords records) {
        this.records = records;
    }

    @Override
    public Map<String, Satisfaction> in(Scope scope) {
        Map<String, Satisfaction> rated = new HashMap<>();
        records.ratings(scope.isNational() ? null : scope.localityCode()).forEach((code, c) -> {
            if (c.ratings() > 0) {
                rated.put(code, new Satisfaction(BigDecimal.valueOf(c.scoreSum())
                        .divide(BigDecimal.valueOf(c.ratings()), 2, RoundingMode.HALF_UP), c.ratings()));
            }
        });
        return rated;
    }
}
