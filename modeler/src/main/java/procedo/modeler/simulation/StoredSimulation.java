package procedo.modeler.simulation;

import java.time.Instant;
import procedo.modeler.model.ModelKind;

/** A stored run: which model version it simulated, who ran it and when, and its results. */
public record StoredSimulation(long id, String procedureCode, ModelKind kind, int modelVersion, String runBy,
                               Instant runAt, SimulationParameters given, SimulationResult result) {
}
