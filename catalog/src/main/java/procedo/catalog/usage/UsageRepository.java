package procedo.catalog.usage;

import java.util.List;

/** Usage statistics per procedure × locality × year × source. */
public interface UsageRepository {

    /** Inserts or replaces the figures with the same procedure, locality, year and source (version 1, no person). */
    void save(List<UsageStat> stats);

    /** Inserts or replaces the figures with the same procedure, locality, year and source, with their provenance. */
    void record(List<RecordedUsage> records);

    /** Removes the MEASURED figure of the procedure, locality and year, if one is stored. */
    void removeMeasured(String procedureCode, String localityCode, int year);

    List<UsageStat> forProcedure(String procedureCode);

    /** The procedure's figures with their provenance, in the order of {@link #forProcedure}. */
    List<RecordedUsage> recordsFor(String procedureCode);
}
