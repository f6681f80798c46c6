package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.procedure.ProcedureFilter;

/**
 * The exact portfolio for a budget with everything needed to read and reproduce it: the inputs (budget, scope and
 * its name, filters and the implementing agency's name, whether fully online procedures compete, the profile whose
 * ranks are shown), the chosen procedures (largest saving first) with their totals, the budget left, and what was
 * left out and why — every one counted by reason, the first {@code leftOutListed} of the request listed, nearest
 * misses first.
 *
 * @param scopeName            the locality's name, {@code null} for the national scope
 * @param agencyName           the name of the filter's agency, {@code null} when the filter names none
 * @param candidatesConsidered the candidates that could have been chosen (a saving, an effort within the budget)
 */
public record PortfolioResult(int budgetDays, Scope scope, String scopeName, ProcedureFilter filter,
                              String agencyName, OnlineInclusion online, PriorityProfile profile,
                              List<PortfolioItem> selected, int totalEffortDays, BigDecimal totalSavingVnd,
                              int remainingDays, int candidatesConsidered, int leftOutTotal,
                              Map<LeftOutReason, Integer> leftOutCounts, List<LeftOutProcedure> leftOut) {

    public PortfolioResult {
        selected = List.copyOf(selected);
        EnumMap<LeftOutReason, Integer> counts = new EnumMap<>(LeftOutReason.class);
        counts.putAll(leftOutCounts);
        leftOutCounts = Collections.unmodifiableMap(counts);
        leftOut = List.copyOf(leftOut);
    }
}
