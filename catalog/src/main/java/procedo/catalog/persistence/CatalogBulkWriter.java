package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURE_VERSIONS;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import procedo.catalog.persistence.jooq.tables.records.ProceduresRecord;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.usage.UsageStat;

/**
 * Writes many new procedures and their usage at once with JDBC batches, for generators and imports; each call is
 * one transaction. Validation is the caller's: rows are written as given.
 */
final class CatalogBulkWriter {

    private final DSLContext dsl;
    private final JooqProcedureRepository procedures;

    CatalogBulkWriter(DSLContext dsl) {
        this.dsl = dsl;
        this.procedures = new JooqProcedureRepository(dsl);
    }

    void write(List<Procedure> newProcedures, List<UsageStat> usage) {
        dsl.transaction(() -> {
            List<ProceduresRecord> rows = new ArrayList<>(newProcedures.size());
            for (Procedure p : newProcedures) {
                ProceduresRecord row = dsl.newRecord(PROCEDURES);
                JooqProcedureRepository.fill(row, p);
                row.setLockVersion(1);
                rows.add(row);
            }
            dsl.batchInsert(rows).execute();
            List<String> codes = newProcedures.stream().map(Procedure::code).toList();
            Map<String, Long> ids = dsl.select(PROCEDURES.CODE, PROCEDURES.ID).from(PROCEDURES)
                    .where(PROCEDURES.CODE.in(codes)).fetchMap(PROCEDURES.CODE, PROCEDURES.ID);
            List<Query> children = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now();
            for (Procedure p : newProcedures) {
                long id = ids.get(p.code());
                procedures.addChildren(children, id, p);
                children.add(dsl.insertInto(PROCEDURE_VERSIONS, PROCEDURE_VERSIONS.PROCEDURE_ID,
                                PROCEDURE_VERSIONS.VERSION, PROCEDURE_VERSIONS.CODE, PROCEDURE_VERSIONS.CHANGED_AT,
                                PROCEDURE_VERSIONS.DOCUMENT)
                        .values(id, 1, p.code(), now, ProcedureDocuments.write(p.withVersion(1))));
            }
            for (UsageStat s : usage) {
                children.add(dsl.insertInto(USAGE_STATS, USAGE_STATS.PROCEDURE_ID, USAGE_STATS.LOCALITY_CODE,
                                USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL,
                                USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME)
                        .values(ids.get(s.procedureCode()), s.localityCode(), s.year(), s.source().name(),
                                s.dossiersTotal(), s.dossiersOnline(), s.dossiersOnTime()));
            }
            if (!children.isEmpty()) {
                dsl.batch(children).execute();
            }
        });
    }
}
