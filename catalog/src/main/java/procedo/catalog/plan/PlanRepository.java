package procedo.catalog.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps simplification plans. A stale version or a missing plan is reported with the domain's exceptions. */
public interface PlanRepository {

    /** The plans of the procedure now known as {@code procedureCode}, newest first. */
    List<SimplificationPlan> forProcedure(String procedureCode);

    Optional<SimplificationPlan> find(long id);

    /** Stores a new plan with version 1 and its first status change; returns it with its id. */
    SimplificationPlan create(SimplificationPlan plan);

    /** Replaces title, note, measures and edits when the stored version is {@code expectedVersion}. */
    SimplificationPlan update(long id, SimplificationPlan plan, int expectedVersion);

    /** Records a status change when the stored version is {@code expectedVersion}; the version goes up. */
    SimplificationPlan changeStatus(long id, StatusChange change, int expectedVersion);

    void delete(long id);

    /**
     * Per procedure code, its leading plan among those with one of {@code statuses}: the most advanced status,
     * then the latest change, then the highest id.
     */
    Map<String, SimplificationPlan> leading(Set<PlanStatus> statuses);
}
