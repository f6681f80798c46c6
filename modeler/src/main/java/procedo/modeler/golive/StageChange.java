package procedo.modeler.golive;

import java.util.List;

/**
 * A requested move of a procedure's workflow into a stage.
 *
 * @param stage     the stage's name (DESIGN, TEST, PILOT, ROLLOUT)
 * @param provinces the pilot provinces' codes, for a PILOT only
 * @param reason    why; required when going back to an earlier stage
 * @param version   the version of the stage the person saw (0 when none was recorded), for optimistic locking
 */
public record StageChange(String stage, List<String> provinces, String reason, Integer version) {

    public StageChange {
        provinces = provinces == null ? List.of() : provinces;
    }
}
