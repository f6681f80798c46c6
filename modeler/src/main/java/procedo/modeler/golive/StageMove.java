package procedo.modeler.golive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One move of a procedure's workflow into a stage, as recorded.
 *
 * @param version   1 for the procedure's first move, then 2, 3, ...: the version of its stage after this move
 * @param provinces the pilot provinces' codes for a PILOT, sorted; empty for the other stages
 * @param reason    why, as the person wrote it; null when none was given
 * @param movedBy   the user name of who moved it
 * @param moverName the name shown for them
 */
public record StageMove(String procedureCode, int version, Stage stage, List<String> provinces, String reason,
                        String movedBy, String moverName, Instant movedAt) {

    public StageMove {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(movedAt, "movedAt");
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
    }
}
