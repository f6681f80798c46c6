package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import procedo.catalog.usage.UsageRepository;
import procedo.catalog.usage.UsageSource;
import procedo.catalog.usage.UsageStat;

final class JooqUsageRepository implements UsageRepository {

    private final DSLContext dsl;

    JooqUsageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(List<UsageStat> stats) {
        dsl.transaction(() -> {
            Map<String, Long> ids = new HashMap<>();
            List<Query> batch = new ArrayList<>();
            for (UsageStat s : stats) {
                long id = ids.computeIfAbsent(s.procedureCode(), code -> ProcedureIds.require(dsl, code));
                batch.add(dsl.deleteFrom(USAGE_STATS).where(USAGE_STATS.PROCEDURE_ID.eq(id),
                        USAGE_STATS.LOCALITY_CODE.eq(s.localityCode()), USAGE_STATS.STAT_YEAR.eq(s.year()),
                        USAGE_STATS.SOURCE.eq(s.source().name())));
                batch.add(dsl.insertInto(USAGE_STATS, USAGE_STATS.PROCEDURE_ID, USAGE_STATS.LOCALITY_CODE,
                                USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL,
                                USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME, USAGE_STATS.COVERED_DAYS)
                        .values(id, s.localityCode(), s.year(), s.source().name(), s.dossiersTotal(),
                                s.dossiersOnline(), s.dossiersOnTime(), s.coveredDays()));
            }
            if (!batch.isEmpty()) {
                dsl.batch(batch).execute();
            }
        });
    }


    @Override
    public List<UsageStat> forProcedure(String procedureCode) {
        return dsl.select(USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE,
                        USAGE_STATS.DOSSIERS_TOTAL, USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME,
                        USAGE_STATS.COVERED_DAYS)
                .from(USAGE_STATS).join(PROCEDURES).on(PROCEDURES.ID.eq(USAGE_STATS.PROCEDURE_ID))
                .where(PROCEDURES.CODE.eq(procedureCode))
                .orderBy(USAGE_STATS.STAT_YEAR.desc(), USAGE_STATS.LOCALITY_CODE, USAGE_STATS.SOURCE)
                .fetch(r -> new UsageStat(procedureCode, r.value1(), r.value2(), UsageSource.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }
}
