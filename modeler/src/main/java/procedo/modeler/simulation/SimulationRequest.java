package procedo.modeler.simulation;

import procedo.modeler.model.ModelKind;

/**
 * A run asked for: the model (a procedure's as-is or to-be model, its latest version unless one is given), and
 * optionally the number of cases, the seed and parameters that take the place of the model's own.
 */
public record SimulationRequest(String procedureCode, ModelKind kind, Integer version, Integer cases, Long seed,
                                SimulationParameters parameters) {

    /** The parameters given, with {@code cases} and {@code seed} in their run settings. */
    public SimulationParameters givenParameters() {
        SimulationParameters p = parameters == null ? SimulationParameters.none() : parameters;
        if (cases == null && seed == null) {
            return p;
        }
        SimulationParameters.RunSettings run = new SimulationParameters.RunSettings(cases, null, null, seed, null,
                null);
        return new SimulationParameters(null, run, null, null, null, null).over(p);
    }
}
