package procedo.modeler.observatory.persistence;

import static procedo.catalog.persistence.jooq.Tables.MEASURED_USAGE;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import procedo.catalog.usage.MeasuredCoverage;
import procedo.catalog.usage.UsageSource;
import procedo.modeler.observatory.UsageRow;
import procedo.modeler.observatory.UsageRows;

/**
 * The usage statistics of table {@code usage_stats} and the measurements of table {@code measured_usage} by workflows
 * covering every dossier (as MEASURED rows, whether or not they stand for their year; a pilot's are left out), streamed with their procedure's code. The MEASURED
 * rows of {@code usage_stats} are copies of the measurements that stand for their year, so they are not read twice.
 */
public final class JooqUsageRows implements UsageRows {

    private final DSLContext dsl;

    public JooqUsageRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void forEach(String localityCode, Integer year, Consumer<UsageRow> sink) {
        Condition where = USAGE_STATS.SOURCE.ne(UsageSource.MEASURED.name());
        if (localityCode != null) {
            where = where.and(USAGE_STATS.LOCALITY_CODE.eq(localityCode));
        }
        if (year != null) {
            where = where.and(USAGE_STATS.STAT_YEAR.eq(year));
        }
        try (var rows = dsl.select(PROCEDURES.CODE, USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR,
                        USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL, USAGE_STATS.DOSSIERS_ONLINE,
                        USAGE_STATS.DOSSIERS_ON_TIME, USAGE_STATS.COVERED_DAYS)
                .from(USAGE_STATS).join(PROCEDURES).on(PROCEDURES.ID.eq(USAGE_STATS.PROCEDURE_ID))
                .where(where).fetchSize(1000).fetchLazy()) {
            rows.forEach(r -> sink.accept(new UsageRow(r.get(PROCEDURES.CODE), r.get(USAGE_STATS.LOCALITY_CODE),
                    r.get(USAGE_STATS.STAT_YEAR), UsageSource.valueOf(r.get(USAGE_STATS.SOURCE)),
                    r.get(USAGE_STATS.DOSSIERS_TOTAL), r.get(USAGE_STATS.DOSSIERS_ONLINE),
                    r.get(USAGE_STATS.DOSSIERS_ON_TIME), r.get(USAGE_STATS.COVERED_DAYS))));
        }
        // a pilot's count covers only part of the dossiers: it never stands beside a volume as if it were the whole
        Condition measured = MEASURED_USAGE.COVERAGE.ne(MeasuredCoverage.PILOT.name());
        if (localityCode != null) {
            measured = measured.and(MEASURED_USAGE.LOCALITY_CODE.eq(localityCode));
        }
        if (year != null) {
            measured = measured.and(MEASURED_USAGE.STAT_YEAR.eq(year));
        }
        try (var rows = dsl.select(PROCEDURES.CODE, MEASURED_USAGE.LOCALITY_CODE, MEASURED_USAGE.STAT_YEAR,
                        MEASURED_USAGE.DOSSIERS_TOTAL, MEASURED_USAGE.DOSSIERS_ONLINE, MEASURED_USAGE.DOSSIERS_ON_TIME,
                        MEASURED_USAGE.COVERED_DAYS)
                .from(MEASURED_USAGE).join(PROCEDURES).on(PROCEDURES.ID.eq(MEASURED_USAGE.PROCEDURE_ID))
                .where(measured).fetchSize(1000).fetchLazy()) {
            rows.forEach(r -> sink.accept(new UsageRow(r.get(PROCEDURES.CODE), r.get(MEASURED_USAGE.LOCALITY_CODE),
                    r.get(MEASURED_USAGE.STAT_YEAR), UsageSource.MEASURED, r.get(MEASURED_USAGE.DOSSIERS_TOTAL),
                    r.get(MEASURED_USAGE.DOSSIERS_ONLINE), r.get(MEASURED_USAGE.DOSSIERS_ON_TIME),
                    r.get(MEASURED_USAGE.COVERED_DAYS))));
        }
    }
}
