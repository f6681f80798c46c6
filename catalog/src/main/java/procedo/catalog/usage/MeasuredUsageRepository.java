package procedo.catalog.usage;

import java.util.List;

/** The measurements of deployed workflows, one per procedure, province and year, kept apart from the statistics. */
public interface MeasuredUsageRepository {

    /** Inserts or replaces the measurement of its procedure, province and year. */
    void save(MeasuredUsage measured);

    /** The procedure's measurements, by province and year. */
    List<MeasuredUsage> forProcedure(String procedureCode);
}
