package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.AGENCIES;
import static procedo.catalog.persistence.jooq.Tables.DOSSIER_COMPONENTS;
import static procedo.catalog.persistence.jooq.Tables.FEES;
import static procedo.catalog.persistence.jooq.Tables.LEGAL_DOCUMENTS;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.PROCEDURE_VERSIONS;
import static procedo.catalog.persistence.jooq.Tables.PROCESSING_TIMES;
import static procedo.catalog.persistence.jooq.Tables.PROCESS_MODELS;
import static procedo.catalog.persistence.jooq.Tables.RECORD_SOURCES;
import static procedo.catalog.persistence.jooq.Tables.SCM_ACTIVITIES;
import static procedo.catalog.persistence.jooq.Tables.SIMPLIFICATION_PLANS;
import static procedo.catalog.persistence.jooq.Tables.USAGE_STATS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.number.Decimals;
import procedo.catalog.persistence.jooq.tables.records.ProceduresRecord;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.Dependents;
import procedo.catalog.procedure.DossierComponent;
import procedo.catalog.procedure.Fee;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.LegalDocument;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.Page;
import procedo.catalog.procedure.ProcessingTime;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.procedure.ProcedureRepository;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.procedure.ProcedureSummary;
import procedo.catalog.procedure.ProcedureVersion;
import procedo.catalog.procedure.RecordPart;
import procedo.catalog.procedure.Removal;
import procedo.catalog.procedure.SearchText;
import procedo.catalog.procedure.SourceCheck;
import procedo.catalog.procedure.Withdrawal;
import procedo.catalog.procedure.WithdrawnFilter;
import procedo.catalog.text.Text;

final class JooqProcedureRepository implements ProcedureRepository {

    static final String AS_IS = "AS_IS";
    static final String TO_BE = "TO_BE";

    private final DSLContext dsl;

    JooqProcedureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<ProcedureSummary> find(ProcedureFilter filter, int offset, int limit) {
        Condition where = conditions(filter);
        int total = dsl.fetchCount(PROCEDURES, where);
        List<ProcedureSummary> items = dsl
                .select(PROCEDURES.CODE, PROCEDURES.NAME, PROCEDURES.FIELD, PROCEDURES.PROC_LEVEL,
                        PROCEDURES.AGENCY_CODE, AGENCIES.NAME, PROCEDURES.LOCALITY_CODE, PROCEDURES.APPLICANT_TYPE,
                        PROCEDURES.PROCESSING_DAYS, PROCEDURES.ONLINE_LEVEL, PROCEDURES.STATUS,
                        PROCEDURES.LOCK_VERSION, PROCEDURES.WITHDRAWN_AT, PROCEDURES.WITHDRAWN_BY,
                        PROCEDURES.WITHDRAWN_REASON)
                .from(PROCEDURES)
                .join(AGENCIES).on(AGENCIES.CODE.eq(PROCEDURES.AGENCY_CODE))
                .where(where)
                .orderBy(PROCEDURES.CODE)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ProcedureSummary(r.value1(), r.value2(), r.value3(), Level.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), ApplicantType.valueOf(r.value8()), r.value9(),
                        OnlineLevel.valueOf(r.value10()), ProcedureStatus.valueOf(r.value11()), r.value12(),
                        withdrawal(r.value13(), r.value14(), r.value15())));
        return new Page<>(items, total, offset, limit);
    }

    private static Withdrawal withdrawal(LocalDateTime at, String by, String reason) {
        return at == null ? null : new Withdrawal(at, by == null ? "" : by, reason);
    }

    static Condition withdrawn(WithdrawnFilter filter) {
        return switch (filter) {
            case EXCLUDE -> PROCEDURES.WITHDRAWN_AT.isNull();
            case INCLUDE -> DSL.noCondition();
            case ONLY -> PROCEDURES.WITHDRAWN_AT.isNotNull();
        };
    }

    static Condition conditions(ProcedureFilter filter) {
        Condition where = withdrawn(filter.withdrawn());
        for (String word : SearchText.words(filter.text())) {
            where = where.and(PROCEDURES.SEARCH_TEXT.contains(word));
        }
        if (filter.field() != null) {
            where = where.and(PROCEDURES.FIELD.eq(filter.field()));
        }
        if (filter.level() != null) {
            where = where.and(PROCEDURES.PROC_LEVEL.eq(filter.level().name()));
        }
        if (filter.agencyCode() != null) {
            where = where.and(PROCEDURES.AGENCY_CODE.eq(filter.agencyCode()));
        }
        if (filter.localityCode() != null) {
            where = where.and(PROCEDURES.LOCALITY_CODE.eq(filter.localityCode()));
        }
        if (filter.onlineLevel() != null) {
            where = where.and(PROCEDURES.ONLINE_LEVEL.eq(filter.onlineLevel().name()));
        }
        if (filter.applicantType() != null) {
            where = where.and(PROCEDURES.APPLICANT_TYPE.eq(filter.applicantType().name()));
        }
        if (filter.status() != null) {
            where = where.and(PROCEDURES.STATUS.eq(filter.status().name()));
        }
        return where;
    }

    @Override
    public java.util.Map<String, String> names(java.util.Collection<String> codes) {
        return dsl.select(PROCEDURES.CODE, PROCEDURES.NAME).from(PROCEDURES).where(PROCEDURES.CODE.in(codes))
                .fetchMap(PROCEDURES.CODE, PROCEDURES.NAME);
    }

    @Override
    public Optional<Procedure> findByCode(String code) {
        ProceduresRecord row = dsl.selectFrom(PROCEDURES).where(PROCEDURES.CODE.eq(code)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        long id = row.getId();
        List<DossierComponent> components = dsl.selectFrom(DOSSIER_COMPONENTS)
                .where(DOSSIER_COMPONENTS.PROCEDURE_ID.eq(id)).orderBy(DOSSIER_COMPONENTS.SEQ)
                .fetch(c -> new DossierComponent(c.getCaseName(), c.getName(), c.getOriginals(), c.getCopies(),
                        CopyKind.valueOf(c.getCopyKind()), c.getReusableFrom(), c.getFormCode()));
        List<Fee> fees = dsl.selectFrom(FEES).where(FEES.PROCEDURE_ID.eq(id)).orderBy(FEES.SEQ)
                .fetch(f -> new Fee(FeeChannel.valueOf(f.getChannel()), f.getName(), f.getAmountVnd()));
        List<Activity> asIs = new ArrayList<>();
        List<Activity> toBe = new ArrayList<>();
        dsl.selectFrom(SCM_ACTIVITIES).where(SCM_ACTIVITIES.PROCEDURE_ID.eq(id))
                .orderBy(SCM_ACTIVITIES.SCENARIO, SCM_ACTIVITIES.SEQ)
                .forEach(a -> (TO_BE.equals(a.getScenario()) ? toBe : asIs).add(new Activity(a.getName(),
                        ActivityKind.valueOf(a.getKind()), Decimals.plain(a.getHours()),
                        Decimals.plain(a.getOutOfPocketVnd()), Decimals.plain(a.getShare()))));
        return Optional.of(new Procedure(row.getCode(), row.getName(), row.getField(),
                Level.valueOf(row.getProcLevel()), row.getAgencyCode(), row.getLocalityCode(),
                ApplicantType.valueOf(row.getApplicantType()), row.getProcessingDays(),
                OnlineLevel.valueOf(row.getOnlineLevel()), row.getLegalBasis(), row.getDecision(),
                ProcedureStatus.valueOf(row.getStatus()), row.getFormerCode(), row.getValidFrom(),
                row.getEffortDays(), row.getApplicantPopulation(),
                row.getFrequencyPerYear() == null ? null : Decimals.plain(row.getFrequencyPerYear()),
                components, fees.stream().map(JooqProcedureRepository::plainFee).toList(), asIs, toBe,
                channels(row.getChannels()),
                dsl.selectFrom(PROCESSING_TIMES).where(PROCESSING_TIMES.PROCEDURE_ID.eq(id))
                        .orderBy(PROCESSING_TIMES.SEQ)
                        .fetch(t -> new ProcessingTime(FeeChannel.valueOf(t.getChannel()), t.getWorkingDays())),
                dsl.selectFrom(LEGAL_DOCUMENTS).where(LEGAL_DOCUMENTS.PROCEDURE_ID.eq(id))
                        .orderBy(LEGAL_DOCUMENTS.SEQ)
                        .fetch(d -> new LegalDocument(d.getDocNumber(), d.getTitle(), d.getIssuedOn())),
                dsl.selectFrom(RECORD_SOURCES).where(RECORD_SOURCES.PROCEDURE_ID.eq(id))
                        .orderBy(RECORD_SOURCES.SEQ)
                        .fetch(c -> new SourceCheck(RecordPart.valueOf(c.getPart()), c.getSource(), c.getCheckedOn())),
                row.getLockVersion()));
    }

    /** The channels a procedure offers, stored as their names separated by commas. */
    static List<FeeChannel> channels(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : java.util.Arrays.stream(stored.split(",")).map(String::strip).map(FeeChannel::valueOf).toList();
    }

    static String channels(List<FeeChannel> channels) {
        return String.join(",", channels.stream().map(FeeChannel::name).toList());
    }

    private static Fee plainFee(Fee fee) {
        return new Fee(fee.channel(), fee.name(), Decimals.plain(fee.amountVnd()));
    }

    @Override
    public Procedure create(Procedure procedure) {
        return dsl.transactionResult(() -> {
            if (dsl.fetchExists(PROCEDURES, PROCEDURES.CODE.eq(procedure.code()))) {
                throw codeInUse(procedure.code());
            }
            ProceduresRecord row = dsl.newRecord(PROCEDURES);
            fill(row, procedure);
            row.setLockVersion(1);
            try {
                row.store();
            } catch (IntegrityConstraintViolationException e) {
                throw codeInUse(procedure.code());
            }
            insertChildren(row.getId(), procedure);
            Procedure created = procedure.withVersion(1);
            keepVersion(row.getId(), created);
            return created;
        });
    }

    @Override
    public Procedure update(String code, Procedure procedure, int expectedVersion) {
        return dsl.transactionResult(() -> {
            ProceduresRecord row = dsl.selectFrom(PROCEDURES).where(PROCEDURES.CODE.eq(code)).forUpdate().fetchOne();
            if (row == null) {
                throw NotFoundException.of("procedure", code);
            }
            if (row.getLockVersion() != expectedVersion) {
                throw new ConflictException(Text.of("catalog.procedure.stale", code, row.getLockVersion(),
                        expectedVersion));
            }
            if (!code.equals(procedure.code())
                    && dsl.fetchExists(PROCEDURES, PROCEDURES.CODE.eq(procedure.code()))) {
                throw codeInUse(procedure.code());
            }
            int newVersion = expectedVersion + 1;
            fill(row, procedure);
            row.setLockVersion(newVersion);
            row.update();
            long id = row.getId();
            dsl.deleteFrom(DOSSIER_COMPONENTS).where(DOSSIER_COMPONENTS.PROCEDURE_ID.eq(id)).execute();
            dsl.deleteFrom(FEES).where(FEES.PROCEDURE_ID.eq(id)).execute();
            dsl.deleteFrom(SCM_ACTIVITIES).where(SCM_ACTIVITIES.PROCEDURE_ID.eq(id)).execute();
            dsl.deleteFrom(PROCESSING_TIMES).where(PROCESSING_TIMES.PROCEDURE_ID.eq(id)).execute();
            dsl.deleteFrom(LEGAL_DOCUMENTS).where(LEGAL_DOCUMENTS.PROCEDURE_ID.eq(id)).execute();
            dsl.deleteFrom(RECORD_SOURCES).where(RECORD_SOURCES.PROCEDURE_ID.eq(id)).execute();
            insertChildren(id, procedure);
            Procedure updated = procedure.withVersion(newVersion);
            keepVersion(id, updated);
            return updated;
        });
    }

    @Override
    public void delete(String code) {
        int deleted;
        try {
            deleted = dsl.deleteFrom(PROCEDURES).where(PROCEDURES.CODE.eq(code)).execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new ConflictException(Text.of("catalog.procedure.hasPlans", code));
        }
        if (deleted == 0) {
            throw NotFoundException.of("procedure", code);
        }
    }

    @Override
    public Dependents dependents(String code) {
        return dependents(ProcedureIds.require(dsl, code));
    }

    private Dependents dependents(long id) {
        var counts = dsl.select(
                        DSL.selectCount().from(SIMPLIFICATION_PLANS).where(SIMPLIFICATION_PLANS.PROCEDURE_ID.eq(id))
                                .<Integer>asField(),
                        DSL.selectCount().from(PROCESS_MODELS).where(PROCESS_MODELS.PROCEDURE_ID.eq(id))
                                .<Integer>asField(),
                        DSL.selectCount().from(USAGE_STATS).where(USAGE_STATS.PROCEDURE_ID.eq(id))
                                .<Integer>asField())
                .fetchSingle();
        return Dependents.of(Dependents.PLANS, counts.value1()).and(Dependents.MODELS, counts.value2())
                .and(Dependents.USAGE, counts.value3());
    }

    @Override
    public Removal remove(String code, Dependents outside, Withdrawal mark) {
        return dsl.transactionResult(() -> {
            ProceduresRecord row = dsl.selectFrom(PROCEDURES).where(PROCEDURES.CODE.eq(code)).forUpdate().fetchOne();
            if (row == null) {
                throw NotFoundException.of("procedure", code);
            }
            Dependents all = dependents(row.getId()).and(outside);
            if (all.isEmpty()) {
                delete(code);
                return new Removal(code, Removal.Outcome.DELETED, all, null);
            }
            if (row.getWithdrawnAt() == null) {
                dsl.update(PROCEDURES).set(PROCEDURES.WITHDRAWN_AT, mark.at()).set(PROCEDURES.WITHDRAWN_BY, mark.by())
                        .set(PROCEDURES.WITHDRAWN_REASON, mark.reason()).where(PROCEDURES.ID.eq(row.getId())).execute();
                return new Removal(code, Removal.Outcome.WITHDRAWN, all, mark);
            }
            return new Removal(code, Removal.Outcome.WITHDRAWN, all,
                    withdrawal(row.getWithdrawnAt(), row.getWithdrawnBy(), row.getWithdrawnReason()));
        });
    }

    @Override
    public Optional<Withdrawal> withdrawal(String code) {
        return dsl.select(PROCEDURES.WITHDRAWN_AT, PROCEDURES.WITHDRAWN_BY, PROCEDURES.WITHDRAWN_REASON)
                .from(PROCEDURES).where(PROCEDURES.CODE.eq(code))
                .fetchOptional(r -> withdrawal(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public void reinstate(String code) {
        int changed = dsl.update(PROCEDURES).setNull(PROCEDURES.WITHDRAWN_AT).setNull(PROCEDURES.WITHDRAWN_BY)
                .setNull(PROCEDURES.WITHDRAWN_REASON)
                .where(PROCEDURES.CODE.eq(code), PROCEDURES.WITHDRAWN_AT.isNotNull()).execute();
        if (changed == 0) {
            ProcedureIds.require(dsl, code);
            throw new ConflictException(Text.of("catalog.procedure.notWithdrawn", code));
        }
    }

    private static ConflictException codeInUse(String code) {
        return new ConflictException(Text.of("catalog.procedure.codeInUse", code));
    }

    private void keepVersion(long id, Procedure procedure) {
        dsl.insertInto(PROCEDURE_VERSIONS, PROCEDURE_VERSIONS.PROCEDURE_ID, PROCEDURE_VERSIONS.VERSION,
                        PROCEDURE_VERSIONS.CODE, PROCEDURE_VERSIONS.CHANGED_AT, PROCEDURE_VERSIONS.DOCUMENT)
                .values(id, procedure.version(), procedure.code(), LocalDateTime.now(), ProcedureDocuments.write(procedure))
                .execute();
    }

    @Override
    public List<ProcedureVersion> versions(String code) {
        long id = ProcedureIds.require(dsl, code);
        return dsl.select(PROCEDURE_VERSIONS.VERSION, PROCEDURE_VERSIONS.DOCUMENT, PROCEDURE_VERSIONS.CHANGED_AT)
                .from(PROCEDURE_VERSIONS).where(PROCEDURE_VERSIONS.PROCEDURE_ID.eq(id))
                .orderBy(PROCEDURE_VERSIONS.VERSION)
                .fetch(r -> {
                    Procedure p = ProcedureDocuments.read(r.value2());
                    return new ProcedureVersion(r.value1(), p.code(), p.name(), p.decision(), r.value3());
                });
    }

    @Override
    public Optional<Procedure> version(String code, int version) {
        return dsl.select(PROCEDURE_VERSIONS.DOCUMENT).from(PROCEDURE_VERSIONS)
                .join(PROCEDURES).on(PROCEDURES.ID.eq(PROCEDURE_VERSIONS.PROCEDURE_ID))
                .where(PROCEDURES.CODE.eq(code), PROCEDURE_VERSIONS.VERSION.eq(version))
                .fetchOptional(r -> ProcedureDocuments.read(r.value1()));
    }

    static void fill(ProceduresRecord row, Procedure p) {
        row.setCode(p.code());
        row.setName(p.name());
        row.setField(p.field());
        row.setProcLevel(p.level().name());
        row.setAgencyCode(p.agencyCode());
        row.setLocalityCode(p.localityCode());
        row.setApplicantType(p.applicantType().name());
        row.setProcessingDays(p.processingDays());
        row.setOnlineLevel(p.onlineLevel().name());
        row.setLegalBasis(p.legalBasis());
        row.setDecision(p.decision());
        row.setStatus(p.status().name());
        row.setFormerCode(p.formerCode());
        row.setValidFrom(p.validFrom());
        row.setEffortDays(p.effortDays());
        row.setApplicantPopulation(p.applicantPopulation());
        row.setFrequencyPerYear(p.frequencyPerYear());
        row.setChannels(channels(p.channels()));
        row.setSearchText(SearchText.of(p));
        row.setUpdatedAt(LocalDateTime.now());
    }

    private void insertChildren(long id, Procedure p) {
        var batch = new ArrayList<org.jooq.Query>();
        addChildren(batch, id, p);
        if (!batch.isEmpty()) {
            dsl.batch(batch).execute();
        }
    }

    void addChildren(List<org.jooq.Query> batch, long id, Procedure p) {
        int seq = 0;
        for (DossierComponent c : p.dossierComponents()) {
            batch.add(dsl.insertInto(DOSSIER_COMPONENTS, DOSSIER_COMPONENTS.PROCEDURE_ID, DOSSIER_COMPONENTS.SEQ,
                            DOSSIER_COMPONENTS.CASE_NAME, DOSSIER_COMPONENTS.NAME, DOSSIER_COMPONENTS.ORIGINALS,
                            DOSSIER_COMPONENTS.COPIES, DOSSIER_COMPONENTS.COPY_KIND, DOSSIER_COMPONENTS.REUSABLE_FROM,
                            DOSSIER_COMPONENTS.FORM_CODE)
                    .values(id, seq++, c.caseName(), c.name(), c.originals(), c.copies(), c.copyKind().name(),
                            c.reusableFrom(), c.formCode()));
        }
        seq = 0;
        for (Fee f : p.fees()) {
            batch.add(dsl.insertInto(FEES, FEES.PROCEDURE_ID, FEES.SEQ, FEES.CHANNEL, FEES.NAME, FEES.AMOUNT_VND)
                    .values(id, seq++, f.channel().name(), f.name(), f.amountVnd()));
        }
        addActivities(batch, id, AS_IS, p.asIsActivities());
        addActivities(batch, id, TO_BE, p.toBeActivities());
        addRecordDetails(batch, id, p);
    }

    private void addRecordDetails(List<org.jooq.Query> batch, long id, Procedure p) {
        int seq = 0;
        for (ProcessingTime t : p.processingTimes()) {
            batch.add(dsl.insertInto(PROCESSING_TIMES, PROCESSING_TIMES.PROCEDURE_ID, PROCESSING_TIMES.SEQ,
                            PROCESSING_TIMES.CHANNEL, PROCESSING_TIMES.WORKING_DAYS)
                    .values(id, seq++, t.channel().name(), t.workingDays()));
        }
        seq = 0;
        for (LegalDocument d : p.legalDocuments()) {
            batch.add(dsl.insertInto(LEGAL_DOCUMENTS, LEGAL_DOCUMENTS.PROCEDURE_ID, LEGAL_DOCUMENTS.SEQ,
                            LEGAL_DOCUMENTS.DOC_NUMBER, LEGAL_DOCUMENTS.TITLE, LEGAL_DOCUMENTS.ISSUED_ON)
                    .values(id, seq++, d.number(), d.title(), d.issuedOn()));
        }
        seq = 0;
        for (SourceCheck c : p.sources()) {
            batch.add(dsl.insertInto(RECORD_SOURCES, RECORD_SOURCES.PROCEDURE_ID, RECORD_SOURCES.PART,
                            RECORD_SOURCES.SEQ, RECORD_SOURCES.SOURCE, RECORD_SOURCES.CHECKED_ON)
                    .values(id, c.part().name(), seq++, c.source(), c.checkedOn()));
        }
    }

    private void addActivities(List<org.jooq.Query> batch, long id, String scenario, List<Activity> activities) {
        int seq = 0;
        for (Activity a : activities) {
            batch.add(dsl.insertInto(SCM_ACTIVITIES, SCM_ACTIVITIES.PROCEDURE_ID, SCM_ACTIVITIES.SCENARIO,
                            SCM_ACTIVITIES.SEQ, SCM_ACTIVITIES.KIND, SCM_ACTIVITIES.NAME, SCM_ACTIVITIES.HOURS,
                            SCM_ACTIVITIES.OUT_OF_POCKET_VND, SCM_ACTIVITIES.SHARE)
                    .values(id, scenario, seq++, a.kind().name(), a.name(), a.hours(), a.outOfPocketVnd(),
                            a.share()));
        }
    }

}
