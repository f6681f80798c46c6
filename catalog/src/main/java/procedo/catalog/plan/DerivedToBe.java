package procedo.catalog.plan;

import java.math.BigDecimal;
import java.util.List;
import procedo.catalog.cost.Activity;

/**
 * The to-be of a procedure under a plan, derived from its as-is and the plan's measures, every change explained.
 *
 * @param activities        the to-be activities, each saying which measure changed it
 * @param removedActivities as-is activities the to-be no longer has, each with the measure that removed it
 * @param dossier           every as-is dossier component with what happens to it
 * @param feesVnd           the to-be fees per dossier
 * @param feeSteps          how {@code feesVnd} was reached, step by step
 * @param processingDays    the to-be processing time limit in working days
 * @param explanation       every measure's effect in words, in the order applied
 */
public record DerivedToBe(List<ToBeActivity> activities, List<Removed> removedActivities,
                          List<ComponentOutcome> dossier, BigDecimal feesVnd, List<String> feeSteps,
                          Integer processingDays, List<String> explanation) {

    /** An as-is activity that the to-be removes, and the measure (or hand edit) that removed it. */
    public record Removed(String name, String by) {
    }

    /** A dossier component of the as-is and its fate: KEPT, REMOVED or REUSED (from {@code database}). */
    public record ComponentOutcome(String caseName, String name, String outcome, String database, String by) {
    }

    public List<Activity> plainActivities() {
        return activities.stream().map(ToBeActivity::activity).toList();
    }
}
