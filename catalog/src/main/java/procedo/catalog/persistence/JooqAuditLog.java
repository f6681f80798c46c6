package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.AUDIT_HEAD;
import static procedo.catalog.persistence.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import procedo.catalog.audit.AuditChain;
import procedo.catalog.audit.AuditEntry;
import procedo.catalog.audit.AuditFilter;
import procedo.catalog.audit.AuditLog;
import procedo.catalog.audit.AuditPage;
import procedo.catalog.audit.AuditRecord;
import procedo.catalog.persistence.jooq.tables.records.AuditHeadRecord;
import procedo.catalog.persistence.jooq.tables.records.AuditLogRecord;

/**
 * The audit trail in {@code audit_log}. An append locks the one-row {@code audit_head} ({@code select ... for
 * update}) for the rest of its transaction, so appends from every connection and node queue up behind each other
 * and each one extends the chain from the last committed record.
 */
final class JooqAuditLog implements AuditLog {

    private static final int FETCH_SIZE = 500;

    private final DSLContext dsl;

    JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AuditRecord append(AuditEntry entry, String beforeJson, String afterJson, Instant at) {
        return dsl.transactionResult(() -> {
            AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchOne();
            if (head == null) {
                throw new IllegalStateException("the audit trail has no head row: the V11 migration did not run");
            }
            AuditRecord record = AuditChain.sealed(new AuditRecord(head.getLastSeq() + 1, at,
                    entry.actor().username(), entry.actor().displayName(), entry.actor().address(),
                    entry.action().name(), entry.subject().type(), entry.subject().id(), entry.procedureCode(),
                    entry.provinceCode(), beforeJson, afterJson, head.getLastHash(), null));
            dsl.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.SEQ, record.sequence())
                    .set(AUDIT_LOG.RECORDED_AT, LocalDateTime.ofInstant(record.at(), ZoneOffset.UTC))
                    .set(AUDIT_LOG.USERNAME, record.username())
                    .set(AUDIT_LOG.DISPLAY_NAME, record.displayName())
                    .set(AUDIT_LOG.ADDRESS, record.address())
                    .set(AUDIT_LOG.ACTION_CODE, record.action())
                    .set(AUDIT_LOG.SUBJECT_TYPE, record.subjectType())
                    .set(AUDIT_LOG.SUBJECT_ID, record.subjectId())
                    .set(AUDIT_LOG.PROCEDURE_CODE, record.procedureCode())
                    .set(AUDIT_LOG.PROVINCE_CODE, record.provinceCode())
                    .set(AUDIT_LOG.BEFORE_JSON, record.before())
                    .set(AUDIT_LOG.AFTER_JSON, record.after())
                    .set(AUDIT_LOG.PREVIOUS_HASH, record.previousHash())
                    .set(AUDIT_LOG.RECORD_HASH, record.hash())
                    .execute();
            dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_SEQ, record.sequence())
                    .set(AUDIT_HEAD.LAST_HASH, record.hash()).where(AUDIT_HEAD.ID.eq(1)).execute();
            return record;
        });
    }

    @Override
    public AuditPage find(AuditFilter filter, int offset, int limit) {
        Condition where = condition(filter);
        long total = dsl.fetchCount(AUDIT_LOG, where);
        var items = dsl.selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.SEQ.desc()).offset(offset).limit(limit)
                .fetch(JooqAuditLog::record);
        return new AuditPage(items, total, offset, limit);
    }

    @Override
    public void forEachNewestFirst(AuditFilter filter, Consumer<AuditRecord> sink) {
        dsl.transaction(() -> {
            try (Cursor<AuditLogRecord> cursor = dsl.selectFrom(AUDIT_LOG).where(condition(filter))
                    .orderBy(AUDIT_LOG.SEQ.desc()).fetchSize(FETCH_SIZE).fetchLazy()) {
                cursor.forEach(r -> sink.accept(record(r)));
            }
        });
    }

    @Override
    public void forEachInOrder(long last, Consumer<AuditRecord> sink) {
        dsl.transaction(() -> {
            try (Cursor<AuditLogRecord> cursor = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.le(last))
                    .orderBy(AUDIT_LOG.SEQ).fetchSize(FETCH_SIZE).fetchLazy()) {
                cursor.forEach(r -> sink.accept(record(r)));
            }
        });
    }

    @Override
    public ChainHead head() {
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchOne();
        return head == null ? new ChainHead(0, AuditChain.GENESIS) : new ChainHead(head.getLastSeq(), head.getLastHash());
    }

    private static Condition condition(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f.who() != null) {
            String who = f.who().toLowerCase(java.util.Locale.ROOT);
            c = c.and(DSL.lower(AUDIT_LOG.USERNAME).eq(who).or(DSL.lower(AUDIT_LOG.DISPLAY_NAME).eq(who)));
        }
        if (f.action() != null) {
            c = c.and(AUDIT_LOG.ACTION_CODE.eq(f.action()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_LOG.RECORDED_AT.ge(LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_LOG.RECORDED_AT.lt(LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC)));
        }
        if (f.procedureCode() != null) {
            c = c.and(AUDIT_LOG.PROCEDURE_CODE.eq(f.procedureCode()));
        }
        if (f.provinceCode() != null) {
            c = c.and(AUDIT_LOG.PROVINCE_CODE.eq(f.provinceCode()));
        }
        return c;
    }

    private static AuditRecord record(AuditLogRecord r) {
        return new AuditRecord(r.getSeq(), r.getRecordedAt().toInstant(ZoneOffset.UTC), r.getUsername(),
                r.getDisplayName(), r.getAddress(), r.getActionCode(), r.getSubjectType(), r.getSubjectId(),
                r.getProcedureCode(), r.getProvinceCode(), r.getBeforeJson(), r.getAfterJson(), r.getPreviousHash(),
                r.getRecordHash());
    }
}
