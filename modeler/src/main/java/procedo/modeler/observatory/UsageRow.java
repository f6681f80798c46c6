package procedo.modeler.observatory;

import procedo.catalog.usage.UsageSource;

/**
 * One stored usage figure as the observatory reads it: a procedure's dossiers in one locality and year from one
 * source.
 *
 * @param coveredDays the days of the year the figure covers, null for the whole year
 */
public record UsageRow(String procedureCode, String localityCode, int year, UsageSource source, long total,
                       long online, long onTime, Integer coveredDays) {
}
