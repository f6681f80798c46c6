package procedo.engine;

/**
 * Cases of a procedure started in one locality and year: in total, online, and those completed by their due date
 * with the result issued (a refused dossier is never "completed on time").
 *
 * @param coveredDays the days of the year the counts cover — from the locality's first case (or 1 January when it
 *                    had cases the year before) to today or 31 December — or null when that is the whole year
 */
public record MeasuredVolume(String locality, int year, long started, long online, long completedOnTime,
                             Integer coveredDays) {
}
