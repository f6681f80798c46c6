package procedo.catalog.usage;

import java.util.List;

/** Usage statistics per procedure × locality × year × source. */
public interface UsageRepository {

    /** Inserts or replaces the figures with the same procedure, locality, year and source. */
    void save(List<UsageStat> stats);

    List<UsageStat> forProcedure(String procedureCode);
}
