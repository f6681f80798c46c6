/**
 * Calibration of a procedure's simulation from the workflow engine's history of its deployed workflow: durations,
 * branch probabilities, arrivals and staff fitted over a period and locality, beside the model's hand-set values.
 */
package procedo.modeler.simulation.calibration;
