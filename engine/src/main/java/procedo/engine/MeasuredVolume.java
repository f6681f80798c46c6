package procedo.engine;

/**
 * Cases of a procedure started in one locality and year: in total, online, and those completed by their due date.
 */
public record MeasuredVolume(String locality, int year, long started, long online, long completedOnTime) {
}
