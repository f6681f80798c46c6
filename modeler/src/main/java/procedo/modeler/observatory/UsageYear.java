package procedo.modeler.observatory;

import java.util.HashSet;
import java.util.Set;
import procedo.catalog.usage.UsageSource;

/**
 * A procedure's dossiers of one year added up over the localities of the observatory's scope, from one kind of
 * source: the statistics (each locality's imported figure, else its estimate) or the engine's measured counts.
 *
 * @param partYearLocalities how many of the localities' figures cover only part of the year
 * @param mostCoveredDays    the most days any part-year figure covers, null when every figure is a whole year's
 * @param sources            the sources the added figures come from
 */
public record UsageYear(int year, long total, long online, long onTime, int localities, int partYearLocalities,
                        Integer mostCoveredDays, Set<UsageSource> sources) {

    public UsageYear {
        sources = Set.copyOf(sources);
    }

    /** This year with one more locality's figure added. */
    UsageYear plus(UsageRow row) {
        Set<UsageSource> all = new HashSet<>(sources);
        all.add(row.source());
        boolean part = row.coveredDays() != null;
        Integer days = mostCoveredDays;
        if (part) {
            days = days == null ? row.coveredDays() : Integer.valueOf(Math.max(days, row.coveredDays()));
        }
        return new UsageYear(year, total + row.total(), online + row.online(), onTime + row.onTime(),
                localities + 1, partYearLocalities + (part ? 1 : 0), days, all);
    }

    static UsageYear empty(int year) {
        return new UsageYear(year, 0, 0, 0, 0, 0, null, Set.of());
    }
}
