package procedo.catalog.plan;

import java.util.Set;
import procedo.catalog.text.Text;

/**
 * Where a plan stands: {@code DRAFT → PROPOSED → APPROVED → IMPLEMENTED}; a proposed plan can be sent back to
 * draft. Only drafts and proposed plans can be edited. Approved and implemented plans count in the catalog's
 * to-be (ranking, cost) and, by default, in the cost-reduction report.
 */
public enum PlanStatus {
    DRAFT, PROPOSED, APPROVED, IMPLEMENTED;

    /** The statuses a plan may move to from this one. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PROPOSED);
            case PROPOSED -> Set.of(DRAFT, APPROVED);
            case APPROVED -> Set.of(IMPLEMENTED);
            case IMPLEMENTED -> Set.of();
        };
    }

    /**
     * The status as a message names it: its code in English (DRAFT), its name in Vietnamese (Dự thảo). Messages
     * do not use the status's enum entry, so that their English wording stays the code that scripts match.
     */
    public Text text() {
        return Text.of("catalog.plan.status." + name());
    }

    public boolean editable() {
        return this == DRAFT || this == PROPOSED;
    }

    /** Whether the plan's to-be is the procedure's adopted to-be (ranking, procedure cost, default report). */
    public boolean adopted() {
        return this == APPROVED || this == IMPLEMENTED;
    }
}
