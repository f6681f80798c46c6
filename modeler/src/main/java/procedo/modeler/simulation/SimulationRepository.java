package procedo.modeler.simulation;

import java.util.List;
import java.util.Optional;
import procedo.modeler.model.ModelKind;

/**
 * The stored simulation runs. A procedure code that does not exist throws
 * {@link procedo.catalog.error.NotFoundException}.
 */
public interface SimulationRepository {

    /** Stores a run and answers it with its id and time. */
    StoredSimulation save(String procedureCode, ModelKind kind, int modelVersion, String runBy,
                          SimulationParameters given, SimulationResult result);

    Optional<StoredSimulation> find(long id);

    /** The runs of a model (of one version when given), newest first, at most {@code limit}. */
    List<StoredSimulation> runs(String procedureCode, ModelKind kind, Integer modelVersion, int limit);
}
