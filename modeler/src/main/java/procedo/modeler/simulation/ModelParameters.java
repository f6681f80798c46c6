package procedo.modeler.simulation;

import procedo.modeler.model.ModelKind;

/**
 * The simulation parameters of one model version: {@code set} are those its BPSim scenario holds, {@code resolved}
 * every parameter a run would use, so a value of {@code resolved} that {@code set} lacks is a default.
 */
public record ModelParameters(String procedureCode, ModelKind kind, int modelVersion, SimulationParameters set,
                              SimulationParameters resolved) {
}
