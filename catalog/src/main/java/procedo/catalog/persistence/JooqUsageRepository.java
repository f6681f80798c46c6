package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import procedo.catalog.usage.RecordedUsage;
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
            Map<String, List<RecordedUsage>> stored = new HashMap<>();
            List<RecordedUsage> records = new ArrayList<>();
            for (UsageStat s : stats) {
                int version = stored.computeIfAbsent(s.procedureCode(), this::recordsFor).stream()
                        .filter(r -> r.stat().localityCode().equals(s.localityCode()) && r.stat().year() == s.year()
                                && r.stat().source() == s.source())
                        .mapToInt(RecordedUsage::version).findFirst().orElse(0) + 1;
                records.add(new RecordedUsage(s, version, null, null, null));
            }
            record(records);
        });
    }

    @Override
    public void record(List<RecordedUsage> records) {
        dsl.transaction(() -> {
            Map<String, Long> ids = new HashMap<>();
            List<Query> batch = new ArrayList<>();
            for (RecordedUsage r : records) {
                UsageStat s = r.stat();
                long id = ids.computeIfAbsent(s.procedureCode(), code -> ProcedureIds.require(dsl, code));
                batch.add(dsl.deleteFrom(USAGE_STATS).where(USAGE_STATS.PROCEDURE_ID.eq(id),
                        USAGE_STATS.LOCALITY_CODE.eq(s.localityCode()), USAGE_STATS.STAT_YEAR.eq(s.year()),
                        USAGE_STATS.SOURCE.eq(s.source().name())));
                batch.add(dsl.insertInto(USAGE_STATS, USAGE_STATS.PROCEDURE_ID, USAGE_STATS.LOCALITY_CODE,
                                USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL,
                                USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME, USAGE_STATS.COVERED_DAYS,
                                USAGE_STATS.VERSION, USAGE_STATS.RECORDED_BY, USAGE_STATS.RECORDED_AT, USAGE_STATS.NOTE)
                        .values(id, s.localityCode(), s.year(), s.source().name(), s.dossiersTotal(),
                                s.dossiersOnline(), s.dossiersOnTime(), s.coveredDays(), r.version(), r.recordedBy(),
                                r.recordedAt() == null ? null : LocalDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC),
                                r.note()));
            }
            if (!batch.isEmpty()) {
                dsl.batch(batch).execute();
            }
        });
    }

    @Override
    public void removeMeasured(String procedureCode, String localityCode, int year) {
        ProcedureIds.find(dsl, procedureCode).ifPresent(id -> dsl.deleteFrom(USAGE_STATS)
                .where(USAGE_STATS.PROCEDURE_ID.eq(id), USAGE_STATS.LOCALITY_CODE.eq(localityCode),
                        USAGE_STATS.STAT_YEAR.eq(year), USAGE_STATS.SOURCE.eq(UsageSource.MEASURED.name()))
                .execute());
    }

    @Override
    public List<UsageStat> forProcedure(String procedureCode) {
        return recordsFor(procedureCode).stream().map(RecordedUsage::stat).toList();
    }

    @Override
    public List<RecordedUsage> recordsFor(String procedureCode) {
        return dsl.select(USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE,
                        USAGE_STATS.DOSSIERS_TOTAL, USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME,
                        USAGE_STATS.COVERED_DAYS, USAGE_STATS.VERSION, USAGE_STATS.RECORDED_BY,
                        USAGE_STATS.RECORDED_AT, USAGE_STATS.NOTE)
                .from(USAGE_STATS).join(PROCEDURES).on(PROCEDURES.ID.eq(USAGE_STATS.PROCEDURE_ID))
                .where(PROCEDURES.CODE.eq(procedureCode))
                .orderBy(USAGE_STATS.STAT_YEAR.desc(), USAGE_STATS.LOCALITY_CODE, USAGE_STATS.SOURCE)
                .fetch(r -> record(procedureCode, r));
    }

    private static RecordedUsage record(String procedureCode, Record r) {
        UsageStat stat = new UsageStat(procedureCode, r.get(USAGE_STATS.LOCALITY_CODE), r.get(USAGE_STATS.STAT_YEAR),
                UsageSource.valueOf(r.get(USAGE_STATS.SOURCE)), r.get(USAGE_STATS.DOSSIERS_TOTAL),
                r.get(USAGE_STATS.DOSSIERS_ONLINE), r.get(USAGE_STATS.DOSSIERS_ON_TIME), r.get(USAGE_STATS.COVERED_DAYS));
        LocalDateTime at = r.get(USAGE_STATS.RECORDED_AT);
        Instant recordedAt = at == null ? null : at.toInstant(ZoneOffset.UTC);
        return new RecordedUsage(stat, r.get(USAGE_STATS.VERSION), r.get(USAGE_STATS.RECORDED_BY), recordedAt,
                r.get(USAGE_STATS.NOTE));
    }
}
