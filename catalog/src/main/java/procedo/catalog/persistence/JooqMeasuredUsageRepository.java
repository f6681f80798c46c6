package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.MEASURED_USAGE;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import procedo.catalog.usage.MeasuredCoverage;
import procedo.catalog.usage.MeasuredUsage;
import procedo.catalog.usage.MeasuredUsageRepository;

/** Measurements in table {@code measured_usage}; times in UTC. */
final class JooqMeasuredUsageRepository implements MeasuredUsageRepository {

    private final DSLContext dsl;

    JooqMeasuredUsageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(MeasuredUsage m) {
        dsl.transaction(() -> {
            long id = ProcedureIds.require(dsl, m.procedureCode());
            dsl.deleteFrom(MEASURED_USAGE).where(MEASURED_USAGE.PROCEDURE_ID.eq(id),
                    MEASURED_USAGE.LOCALITY_CODE.eq(m.localityCode()), MEASURED_USAGE.STAT_YEAR.eq(m.year())).execute();
            dsl.insertInto(MEASURED_USAGE)
                    .set(MEASURED_USAGE.PROCEDURE_ID, id)
                    .set(MEASURED_USAGE.LOCALITY_CODE, m.localityCode())
                    .set(MEASURED_USAGE.STAT_YEAR, m.year())
                    .set(MEASURED_USAGE.COVERAGE, m.coverage().name())
                    .set(MEASURED_USAGE.DOSSIERS_TOTAL, m.dossiersTotal())
                    .set(MEASURED_USAGE.DOSSIERS_ONLINE, m.dossiersOnline())
                    .set(MEASURED_USAGE.DOSSIERS_ON_TIME, m.dossiersOnTime())
                    .set(MEASURED_USAGE.COVERED_DAYS, m.coveredDays())
                    .set(MEASURED_USAGE.STANDS_FOR_YEAR, m.standsForYear())
                    .set(MEASURED_USAGE.MEASURED_AT, LocalDateTime.ofInstant(m.measuredAt(), ZoneOffset.UTC))
                    .execute();
        });
    }

    @Override
    public List<MeasuredUsage> forProcedure(String procedureCode) {
        return dsl.select(MEASURED_USAGE.fields()).from(MEASURED_USAGE).join(PROCEDURES)
                .on(PROCEDURES.ID.eq(MEASURED_USAGE.PROCEDURE_ID))
                .where(PROCEDURES.CODE.eq(procedureCode))
                .orderBy(MEASURED_USAGE.STAT_YEAR.desc(), MEASURED_USAGE.LOCALITY_CODE)
                .fetch(r -> MeasuredUsage.of(procedureCode, r.get(MEASURED_USAGE.LOCALITY_CODE),
                        r.get(MEASURED_USAGE.STAT_YEAR), MeasuredCoverage.valueOf(r.get(MEASURED_USAGE.COVERAGE)),
                        r.get(MEASURED_USAGE.DOSSIERS_TOTAL), r.get(MEASURED_USAGE.DOSSIERS_ONLINE),
                        r.get(MEASURED_USAGE.DOSSIERS_ON_TIME), r.get(MEASURED_USAGE.COVERED_DAYS),
                        r.get(MEASURED_USAGE.STANDS_FOR_YEAR),
                        r.get(MEASURED_USAGE.MEASURED_AT).toInstant(ZoneOffset.UTC)));
    }
}
