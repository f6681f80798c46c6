package procedo.modeler.simulation.calibration;

import java.time.LocalDate;

/**
 * A calibration asked for: the procedure whose deployed workflow's history to read, the locality (null: every
 * locality, on the national workflow's model) and the period of the cases' start, both days included.
 */
public record CalibrationRequest(String procedureCode, String locality, LocalDate from, LocalDate to) {
}
