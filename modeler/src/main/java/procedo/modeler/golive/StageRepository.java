package procedo.modeler.golive;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stage moves of procedures' workflows; the latest move of a procedure is its current stage. */
public interface StageRepository {

    /** Every move of a procedure, the first first. */
    List<StageMove> moves(String procedureCode);

    /** The procedure's latest move, empty when its workflow is not managed in stages. */
    Optional<StageMove> current(String procedureCode);

    /** The latest move of every procedure that has one, by procedure code. */
    Map<String, StageMove> currentOfAll();

    /**
     * Appends {@code move}, whose version must follow the procedure's latest.
     *
     * @throws procedo.catalog.error.ConflictException when another move took that version first
     */
    void append(StageMove move);
}
