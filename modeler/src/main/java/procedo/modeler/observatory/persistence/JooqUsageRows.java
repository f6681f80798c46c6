package procedo.modeler.observatory.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import procedo.catalog.usage.UsageSource;
import procedo.modeler.observatory.UsageRow;
import procedo.modeler.observatory.UsageRows;

/** The usage figures of table {@code usage_stats}, streamed with their procedure's code. */
public final class JooqUsageRows implements UsageRows {

    private final DSLContext dsl;

    public JooqUsageRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void forEach(String localityCode, Integer year, Consumer<UsageRow> sink) {
        Condition where = DSL.noCondition();
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
    }
}
