package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.AGENCIES;
import static procedo.catalog.persistence.jooq.Tables.DOSSIER_COMPONENTS;
import static procedo.catalog.persistence.jooq.Tables.FEES;
import static procedo.catalog.persistence.jooq.Tables.LEGAL_DOCUMENTS;
import static procedo.catalog.persistence.jooq.Tables.LOCALITIES;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURE_VERSIONS;
import static procedo.catalog.persistence.jooq.Tables.PROCESSING_TIMES;
import static procedo.catalog.persistence.jooq.Tables.RECORD_SOURCES;
import static procedo.catalog.persistence.jooq.Tables.SCM_ACTIVITIES;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.BatchBindStep;
import org.jooq.exception.DataAccessException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.ResultQuery;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.number.Decimals;
import procedo.catalog.persistence.jooq.tables.records.ProceduresRecord;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.LegalDocument;
import procedo.catalog.procedure.ProcessingTime;
import procedo.catalog.procedure.RecordPart;
import procedo.catalog.procedure.SourceCheck;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.transfer.CatalogRows;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.CatalogTransferStore;

/**
 * Catalog export and import on the catalog's tables: rows streamed with database cursors in code order, and an
 * import written with JDBC batches in one transaction, each new procedure getting its first stored version.
 */
public final class JooqCatalogTransfer implements CatalogTransferStore {

    private static final int BATCH = 2000;
    private final DSLContext dsl;

    public JooqCatalogTransfer(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** In which order a query gives the procedures' rows (each procedure's own rows in their order either way). */
    private enum Order {
        /** By procedure code: the export's order. */
        CODE,
        /**
         * By procedure row id: for a few procedures picked by id, which the database then finds through each table's
         * procedure index instead of walking every procedure in code order.
         */
        ID
    }

    /** The rows of {@code table} of the procedures {@code kept} admits, in code order. */
    private ResultQuery<? extends Record> query(CatalogTable table, Condition kept) {
        return query(table, kept, Order.CODE);
    }

    /** The column that orders the procedures' rows of {@code table}. */
    private static Field<?> lead(CatalogTable table, Order order) {
        if (order == Order.CODE) {
            return PROCEDURES.CODE;
        }
        return switch (table) {
            case DOSSIER -> DOSSIER_COMPONENTS.PROCEDURE_ID;
            case FEES -> FEES.PROCEDURE_ID;
            case ACTIVITIES -> SCM_ACTIVITIES.PROCEDURE_ID;
            case USAGE -> USAGE_STATS.PROCEDURE_ID;
            case PROCESSING_TIMES -> PROCESSING_TIMES.PROCEDURE_ID;
            case LEGAL_DOCUMENTS -> LEGAL_DOCUMENTS.PROCEDURE_ID;
            case SOURCES -> RECORD_SOURCES.PROCEDURE_ID;
            default -> PROCEDURES.ID;
        };
    }

    /** The rows of {@code table} of the procedures {@code kept} admits, in {@code order}. */
    private ResultQuery<? extends Record> query(CatalogTable table, Condition kept, Order order) {
        return switch (table) {
            case AGENCIES -> dsl.select(AGENCIES.CODE, AGENCIES.NAME, AGENCIES.PROC_LEVEL).from(AGENCIES).orderBy(AGENCIES.CODE);
            case PROCEDURES -> dsl.select(PROCEDURES.CODE, PROCEDURES.NAME, PROCEDURES.FIELD, PROCEDURES.PROC_LEVEL,
                            PROCEDURES.AGENCY_CODE, PROCEDURES.LOCALITY_CODE, PROCEDURES.APPLICANT_TYPE,
                            PROCEDURES.PROCESSING_DAYS, PROCEDURES.ONLINE_LEVEL, PROCEDURES.LEGAL_BASIS, PROCEDURES.DECISION,
                            PROCEDURES.STATUS, PROCEDURES.FORMER_CODE, PROCEDURES.VALID_FROM, PROCEDURES.EFFORT_DAYS,
                            PROCEDURES.APPLICANT_POPULATION, PROCEDURES.FREQUENCY_PER_YEAR)
                    .from(PROCEDURES).where(kept).orderBy(lead(table, order));
            case DOSSIER -> dsl.select(PROCEDURES.CODE, DOSSIER_COMPONENTS.SEQ, DOSSIER_COMPONENTS.CASE_NAME,
                            DOSSIER_COMPONENTS.NAME, DOSSIER_COMPONENTS.ORIGINALS, DOSSIER_COMPONENTS.COPIES,
                            DOSSIER_COMPONENTS.COPY_KIND, DOSSIER_COMPONENTS.REUSABLE_FROM, DOSSIER_COMPONENTS.FORM_CODE)
                    .from(DOSSIER_COMPONENTS).join(PROCEDURES).on(PROCEDURES.ID.eq(DOSSIER_COMPONENTS.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), DOSSIER_COMPONENTS.SEQ);
            case FEES -> dsl.select(PROCEDURES.CODE, FEES.SEQ, FEES.CHANNEL, FEES.NAME, FEES.AMOUNT_VND)
                    .from(FEES).join(PROCEDURES).on(PROCEDURES.ID.eq(FEES.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), FEES.SEQ);
            case ACTIVITIES -> dsl.select(PROCEDURES.CODE, SCM_ACTIVITIES.SCENARIO, SCM_ACTIVITIES.SEQ,
                            SCM_ACTIVITIES.KIND, SCM_ACTIVITIES.NAME, SCM_ACTIVITIES.HOURS,
                            SCM_ACTIVITIES.OUT_OF_POCKET_VND, SCM_ACTIVITIES.SHARE)
                    .from(SCM_ACTIVITIES).join(PROCEDURES).on(PROCEDURES.ID.eq(SCM_ACTIVITIES.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), SCM_ACTIVITIES.SCENARIO, SCM_ACTIVITIES.SEQ);
            case USAGE -> dsl.select(PROCEDURES.CODE, USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR,
                            USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL, USAGE_STATS.DOSSIERS_ONLINE,
                            USAGE_STATS.DOSSIERS_ON_TIME, USAGE_STATS.COVERED_DAYS)
                    .from(USAGE_STATS).join(PROCEDURES).on(PROCEDURES.ID.eq(USAGE_STATS.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE);
            // one row per procedure with its channels as a list: see rows(), which makes a row per channel
            case CHANNELS -> dsl.select(PROCEDURES.CODE, PROCEDURES.CHANNELS).from(PROCEDURES)
                    .where(kept.and(PROCEDURES.CHANNELS.ne(""))).orderBy(lead(table, order));
            case PROCESSING_TIMES -> dsl.select(PROCEDURES.CODE, PROCESSING_TIMES.CHANNEL, PROCESSING_TIMES.WORKING_DAYS)
                    .from(PROCESSING_TIMES).join(PROCEDURES).on(PROCEDURES.ID.eq(PROCESSING_TIMES.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), PROCESSING_TIMES.SEQ);
            case LEGAL_DOCUMENTS -> dsl.select(PROCEDURES.CODE, LEGAL_DOCUMENTS.SEQ, LEGAL_DOCUMENTS.DOC_NUMBER,
                            LEGAL_DOCUMENTS.TITLE, LEGAL_DOCUMENTS.ISSUED_ON)
                    .from(LEGAL_DOCUMENTS).join(PROCEDURES).on(PROCEDURES.ID.eq(LEGAL_DOCUMENTS.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), LEGAL_DOCUMENTS.SEQ);
            case SOURCES -> dsl.select(PROCEDURES.CODE, RECORD_SOURCES.PART, RECORD_SOURCES.SOURCE,
                            RECORD_SOURCES.CHECKED_ON)
                    .from(RECORD_SOURCES).join(PROCEDURES).on(PROCEDURES.ID.eq(RECORD_SOURCES.PROCEDURE_ID)).where(kept)
                    .orderBy(lead(table, order), RECORD_SOURCES.SEQ);
        };
    }

    /**
     * The exchange rows of one stored row of {@code table}: itself, except that a procedure's channels, kept as one
     * list, are a row per channel.
     */
    private static void rows(CatalogTable table, List<Object> values, Consumer<List<Object>> sink) {
        if (table == CatalogTable.CHANNELS) {
            for (FeeChannel channel : JooqProcedureRepository.channels((String) values.get(1))) {
                sink.accept(Arrays.asList(values.get(0), channel.name()));
            }
        } else {
            sink.accept(values);
        }
    }

    @Override
    public void forEachRow(CatalogTable table, WithdrawnFilter withdrawn, Consumer<List<Object>> sink) {
        ResultQuery<? extends Record> query = query(table, JooqProcedureRepository.withdrawn(withdrawn));
        // read through JDBC: a whole catalog is over a million rows, and a jOOQ record per row costs more than the row
        try (ResultSet rows = query.fetchSize(5000).fetchResultSet()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> values = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    values.add(exchanged(rows.getObject(i)));
                }
                rows(table, values, sink);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the " + table + " rows of the catalog", e);
        }
    }

    /** A JDBC value as {@link CatalogTable} rows hold it. */
    private static Object exchanged(Object v) {
        if (v instanceof BigDecimal d) {
            return Decimals.plain(d);
        }
        if (v instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (v instanceof Short s) {
            return (int) s;
        }
        return v;
    }

    @Override
    public Set<String> procedureCodes(WithdrawnFilter withdrawn) {
        return new HashSet<>(dsl.select(PROCEDURES.CODE).from(PROCEDURES)
                .where(JooqProcedureRepository.withdrawn(withdrawn)).fetch(PROCEDURES.CODE));
    }

    @Override
    public Map<String, StoredProcedure> stored(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> versions = new HashMap<>();
        Set<String> withdrawn = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        dsl.select(PROCEDURES.CODE, PROCEDURES.LOCK_VERSION, PROCEDURES.WITHDRAWN_AT, PROCEDURES.ID).from(PROCEDURES)
                .where(PROCEDURES.CODE.in(codes)).forEach(r -> {
                    versions.put(r.value1(), r.value2());
                    if (r.value3() != null) {
                        withdrawn.add(r.value1());
                    }
                    ids.add(r.value4());
                });
        Map<String, Map<CatalogTable, List<List<Object>>>> rows = new HashMap<>();
        if (!versions.isEmpty()) {
            for (CatalogTable table : CatalogTable.values()) {
                if (table == CatalogTable.AGENCIES) {
                    continue;
                }
                query(table, byId(table, ids), Order.ID).forEach(r -> rows(table, values(r), row -> rows.computeIfAbsent((String) row.get(0),
                        k -> new EnumMap<>(CatalogTable.class)).computeIfAbsent(table, k -> new ArrayList<>()).add(row)));
            }
        }
        Map<String, StoredProcedure> stored = new HashMap<>();
        versions.forEach((code, version) -> stored.put(code, new StoredProcedure(version, withdrawn.contains(code),
                rows.getOrDefault(code, Map.of()))));
        return stored;
    }

    /**
     * The rows of {@code table} of the procedures of these row ids, selected by the table's own procedure column: a
     * condition on the procedures' codes would make the database walk every procedure for each call.
     */
    private static Condition byId(CatalogTable table, List<Long> rowIds) {
        // numbers written into the statement: the database then checks each row against a set, where it checks a list
        // of bound parameters one by one for every row it finds
        List<Field<Long>> ids = rowIds.stream().<Field<Long>>map(DSL::inline).toList();
        return switch (table) {
            case DOSSIER -> DOSSIER_COMPONENTS.PROCEDURE_ID.in(ids);
            case FEES -> FEES.PROCEDURE_ID.in(ids);
            case ACTIVITIES -> SCM_ACTIVITIES.PROCEDURE_ID.in(ids);
            case USAGE -> USAGE_STATS.PROCEDURE_ID.in(ids);
            case PROCESSING_TIMES -> PROCESSING_TIMES.PROCEDURE_ID.in(ids);
            case LEGAL_DOCUMENTS -> LEGAL_DOCUMENTS.PROCEDURE_ID.in(ids);
            case SOURCES -> RECORD_SOURCES.PROCEDURE_ID.in(ids);
            default -> PROCEDURES.ID.in(ids);
        };
    }

    private static List<Object> values(Record r) {
        List<Object> values = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            values.add(v instanceof BigDecimal d ? Decimals.plain(d) : v);
        }
        return values;
    }

    @Override
    public Set<String> agencyCodes() {
        return new HashSet<>(dsl.select(AGENCIES.CODE).from(AGENCIES).fetch(AGENCIES.CODE));
    }

    @Override
    public Set<String> localityCodes() {
        return new HashSet<>(dsl.select(LOCALITIES.CODE).from(LOCALITIES).fetch(LOCALITIES.CODE));
    }

    @Override
    public Map<String, String> localityNames() {
        Map<String, String> names = new HashMap<>();
        dsl.select(LOCALITIES.CODE, LOCALITIES.NAME).from(LOCALITIES).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    @Override
    public int write(Consumer<RowWriter> feed) {
        return dsl.transactionResult(() -> {
            Writer writer = new Writer();
            feed.accept(writer);
            writer.flush();
            return writer.added;
        });
    }

    /**
     * Writes what an import adds in batches of {@link #BATCH} procedures: their rows (channels in the procedure's own
     * row), then their ids, then their first stored versions, built from the very rows written, and their child rows.
     */
    private final class Writer implements RowWriter {
        final List<ProceduresRecord> procedures = new ArrayList<>();
        final List<Procedure> records = new ArrayList<>();
        final List<Map<CatalogTable, List<List<Object>>>> rows = new ArrayList<>();
        final JooqLocalityRepository localities = new JooqLocalityRepository(dsl);
        final LocalDateTime now = LocalDateTime.now();
        int added;

        @Override
        public void add(CatalogTable table, List<Object> v) {
            if (table != CatalogTable.AGENCIES) {
                throw new IllegalArgumentException("a procedure's rows are added together, not one " + table + " row");
            }
            localities.saveAgency(new procedo.catalog.locality.Agency((String) v.get(0), (String) v.get(1),
                    Level.valueOf((String) v.get(2))));
        }

        @Override
        public void add(Map<CatalogTable, List<List<Object>>> procedure) {
            Map<CatalogTable, List<List<Object>>> stored = new EnumMap<>(CatalogTable.class);
            procedure.forEach((table, list) -> stored.put(table, table == CatalogTable.LEGAL_DOCUMENTS
                    ? list.stream().map(JooqCatalogTransfer::titled).toList() : list));
            Procedure p = CatalogRows.procedure(stored, 1);
            ProceduresRecord row = dsl.newRecord(PROCEDURES);
            JooqProcedureRepository.fill(row, p);
            row.setUpdatedAt(now);
            row.setLockVersion(1);
            procedures.add(row);
            records.add(p);
            rows.add(stored);
            if (procedures.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public Procedure replace(String code, Procedure after, int expectedVersion) {
            flush();
            JooqProcedureRepository repository = new JooqProcedureRepository(dsl);
            Procedure before = repository.findByCode(code).orElseThrow(() -> NotFoundException.of("procedure", code));
            repository.update(code, after, expectedVersion);
            return before;
        }

        @Override
        public void putUsage(String code, List<List<Object>> rows) {
            flush();
            long id = ProcedureIds.require(dsl, code);
            for (List<Object> v : rows) {
                Condition key = USAGE_STATS.PROCEDURE_ID.eq(id).and(USAGE_STATS.LOCALITY_CODE.eq((String) v.get(1)))
                        .and(USAGE_STATS.STAT_YEAR.eq((Integer) v.get(2))).and(USAGE_STATS.SOURCE.eq((String) v.get(3)));
                int updated = dsl.update(USAGE_STATS).set(USAGE_STATS.DOSSIERS_TOTAL, (Long) v.get(4))
                        .set(USAGE_STATS.DOSSIERS_ONLINE, (Long) v.get(5)).set(USAGE_STATS.DOSSIERS_ON_TIME, (Long) v.get(6))
                        .set(USAGE_STATS.COVERED_DAYS, (Integer) v.get(7)).where(key).execute();
                if (updated == 0) {
                    dsl.insertInto(USAGE_STATS, USAGE_STATS.PROCEDURE_ID, USAGE_STATS.LOCALITY_CODE,
                                    USAGE_STATS.STAT_YEAR, USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL,
                                    USAGE_STATS.DOSSIERS_ONLINE, USAGE_STATS.DOSSIERS_ON_TIME, USAGE_STATS.COVERED_DAYS)
                            .values(id, (String) v.get(1), (Integer) v.get(2), (String) v.get(3), (Long) v.get(4),
                                    (Long) v.get(5), (Long) v.get(6), (Integer) v.get(7)).execute();
                }
            }
        }

        /** Writes the procedures added since the last flush, their first versions and their child rows. */
        void flush() {
            if (procedures.isEmpty()) {
                return;
            }
            // one prepared insert bound once per procedure: a batch of records renders each record's insert anew
            List<Field<?>> fields = Arrays.stream(PROCEDURES.fields()).filter(f -> !f.equals(PROCEDURES.ID)).toList();
            BatchBindStep inserts = dsl.batch(dsl.insertInto(PROCEDURES).columns(fields)
                    .values(java.util.Collections.nCopies(fields.size(), (Object) null)));
            for (ProceduresRecord procedure : procedures) {
                inserts.bind(fields.stream().map(procedure::get).toArray());
            }
            inserts.execute();
            Map<String, Long> ids = dsl.select(PROCEDURES.CODE, PROCEDURES.ID).from(PROCEDURES)
                    .where(PROCEDURES.CODE.in(procedures.stream().map(ProceduresRecord::getCode).toList()))
                    .fetchMap(PROCEDURES.CODE, PROCEDURES.ID);
            BatchBindStep versions = dsl.batch(dsl.insertInto(PROCEDURE_VERSIONS, PROCEDURE_VERSIONS.PROCEDURE_ID,
                            PROCEDURE_VERSIONS.VERSION, PROCEDURE_VERSIONS.CODE, PROCEDURE_VERSIONS.CHANGED_AT,
                            PROCEDURE_VERSIONS.DOCUMENT)
                    .values((Long) null, null, null, null, null));
            Map<CatalogTable, List<Object[]>> children = new EnumMap<>(CatalogTable.class);
            for (int i = 0; i < procedures.size(); i++) {
                Procedure p = records.get(i);
                long id = ids.get(p.code());
                versions.bind(id, 1, p.code(), now, ProcedureDocuments.write(p));
                rows.get(i).forEach((table, list) -> {
                    int seq = 0;
                    for (List<Object> v : list) {
                        Object[] values = child(table, id, seq++, v);
                        if (values != null) {
                            children.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
                        }
                    }
                });
            }
            versions.execute();
            insert(children);
            added += procedures.size();
            procedures.clear();
            records.clear();
            rows.clear();
        }

        /** The values of a child row as its table's insert binds them; {@code null} for rows kept elsewhere. */
        private Object[] child(CatalogTable table, long id, int seq, List<Object> v) {
            return switch (table) {
                case DOSSIER -> new Object[] {id, v.get(1), v.get(2) == null ? "" : v.get(2), v.get(3), v.get(4),
                        v.get(5), v.get(6), v.get(7), v.get(8)};
                case FEES -> new Object[] {id, v.get(1), v.get(2), v.get(3), v.get(4)};
                case ACTIVITIES, USAGE -> new Object[] {id, v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7)};
                case PROCESSING_TIMES -> new Object[] {id, seq, v.get(1), v.get(2)};
                case LEGAL_DOCUMENTS -> new Object[] {id, v.get(1), v.get(2), v.get(3), day(v.get(4))};
                case SOURCES -> new Object[] {id, v.get(1), seq, v.get(2), day(v.get(3))};
                default -> null;
            };
        }

        /** The columns a child row of {@code table} binds, in the order of {@link #child}'s values. */
        private static List<TableField<?, ?>> columns(CatalogTable table) {
            return switch (table) {
                case DOSSIER -> List.of(DOSSIER_COMPONENTS.PROCEDURE_ID, DOSSIER_COMPONENTS.SEQ, DOSSIER_COMPONENTS.CASE_NAME,
                        DOSSIER_COMPONENTS.NAME, DOSSIER_COMPONENTS.ORIGINALS, DOSSIER_COMPONENTS.COPIES,
                        DOSSIER_COMPONENTS.COPY_KIND, DOSSIER_COMPONENTS.REUSABLE_FROM, DOSSIER_COMPONENTS.FORM_CODE);
                case FEES -> List.of(FEES.PROCEDURE_ID, FEES.SEQ, FEES.CHANNEL, FEES.NAME, FEES.AMOUNT_VND);
                case ACTIVITIES -> List.of(SCM_ACTIVITIES.PROCEDURE_ID, SCM_ACTIVITIES.SCENARIO, SCM_ACTIVITIES.SEQ,
                        SCM_ACTIVITIES.KIND, SCM_ACTIVITIES.NAME, SCM_ACTIVITIES.HOURS, SCM_ACTIVITIES.OUT_OF_POCKET_VND,
                        SCM_ACTIVITIES.SHARE);
                case USAGE -> List.of(USAGE_STATS.PROCEDURE_ID, USAGE_STATS.LOCALITY_CODE, USAGE_STATS.STAT_YEAR,
                        USAGE_STATS.SOURCE, USAGE_STATS.DOSSIERS_TOTAL, USAGE_STATS.DOSSIERS_ONLINE,
                        USAGE_STATS.DOSSIERS_ON_TIME, USAGE_STATS.COVERED_DAYS);
                case PROCESSING_TIMES -> List.of(PROCESSING_TIMES.PROCEDURE_ID, PROCESSING_TIMES.SEQ, PROCESSING_TIMES.CHANNEL,
                        PROCESSING_TIMES.WORKING_DAYS);
                case LEGAL_DOCUMENTS -> List.of(LEGAL_DOCUMENTS.PROCEDURE_ID, LEGAL_DOCUMENTS.SEQ, LEGAL_DOCUMENTS.DOC_NUMBER,
                        LEGAL_DOCUMENTS.TITLE, LEGAL_DOCUMENTS.ISSUED_ON);
                case SOURCES -> List.of(RECORD_SOURCES.PROCEDURE_ID, RECORD_SOURCES.PART, RECORD_SOURCES.SEQ,
                        RECORD_SOURCES.SOURCE, RECORD_SOURCES.CHECKED_ON);
                default -> throw new IllegalArgumentException(table + " is not a child table");
            };
        }

        /**
         * Inserts the child rows of each table with one JDBC batch of the table's insert, which jOOQ writes once: binding
         * each of over a million values through jOOQ costs more than the database's own work on some of them.
         */
        private void insert(Map<CatalogTable, List<Object[]>> children) {
            dsl.connection(connection -> {
                for (Map.Entry<CatalogTable, List<Object[]>> rows : children.entrySet()) {
                    List<TableField<?, ?>> columns = columns(rows.getKey());
                    String sql = dsl.render(dsl.insertInto(columns.get(0).getTable()).columns(columns)
                            .values(java.util.Collections.nCopies(columns.size(), (Object) null)));
                    int[] types = columns.stream().mapToInt(c -> c.getDataType().getSQLType()).toArray();
                    try (PreparedStatement insert = connection.prepareStatement(sql)) {
                        for (Object[] row : rows.getValue()) {
                            for (int i = 0; i < row.length; i++) {
                                if (row[i] == null) {
                                    insert.setNull(i + 1, types[i]);
                                } else {
                                    insert.setObject(i + 1, row[i]);
                                }
                            }
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
            });
        }
    }

    /** A legal document row as stored: a document without a title has an empty one. */
    private static List<Object> titled(List<Object> v) {
        if (v.get(3) != null) {
            return v;
        }
        List<Object> titled = new ArrayList<>(v);
        titled.set(3, "");
        return titled;
    }

    private static LocalDate day(Object value) {
        return value instanceof String s ? LocalDate.parse(s) : (LocalDate) value;
    }
}
