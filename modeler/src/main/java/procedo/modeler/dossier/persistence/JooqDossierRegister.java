package procedo.modeler.dossier.persistence;

import static procedo.catalog.persistence.jooq.Tables.DOSSIERS;
import static procedo.catalog.persistence.jooq.Tables.DOSSIER_COUNTERS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import procedo.catalog.persistence.jooq.tables.records.DossiersRecord;
import procedo.catalog.text.Fold;
import procedo.modeler.dossier.Dossier;
import procedo.modeler.dossier.DossierNumbers;
import procedo.modeler.dossier.DossierRegister;
import procedo.modeler.dossier.NewDossier;

/**
 * Dossiers in table {@code dossiers}, numbered from {@code dossier_counters}: the counter row of the locality and day
 * is created once, then raised by one under its row lock in the transaction that inserts the dossier, on H2 and
 * PostgreSQL alike. Times in UTC.
 */
public final class JooqDossierRegister implements DossierRegister {

    private final DSLContext dsl;

    public JooqDossierRegister(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Dossier register(NewDossier d) {
        String locality = d.locality() == null ? DossierNumbers.CENTRAL : d.locality();
        LocalDate day = DossierNumbers.day(d.receivedAt());
        ensureCounter(locality, day);
        return dsl.transactionResult(() -> {
            Condition counter = DOSSIER_COUNTERS.LOCALITY.eq(locality).and(DOSSIER_COUNTERS.RECEIVED_ON.eq(day));
            dsl.update(DOSSIER_COUNTERS).set(DOSSIER_COUNTERS.LAST_NUMBER, DOSSIER_COUNTERS.LAST_NUMBER.plus(1))
                    .where(counter).execute();
            int sequence = dsl.select(DOSSIER_COUNTERS.LAST_NUMBER).from(DOSSIER_COUNTERS).where(counter)
                    .fetchSingle().value1();
            Dossier dossier = new Dossier(d.caseId(), DossierNumbers.format(locality, day, sequence),
                    d.procedureCode(), locality, day, d.applicantName(), d.receivedBy(), d.receiverName(),
                    d.receivedAt().truncatedTo(ChronoUnit.MICROS));
            dsl.insertInto(DOSSIERS)
                    .set(DOSSIERS.CASE_ID, dossier.caseId())
                    .set(DOSSIERS.DOSSIER_NUMBER, dossier.dossierNumber())
                    .set(DOSSIERS.PROCEDURE_CODE, dossier.procedureCode())
                    .set(DOSSIERS.LOCALITY, locality)
                    .set(DOSSIERS.RECEIVED_ON, day)
                    .set(DOSSIERS.APPLICANT_NAME, dossier.applicantName())
                    .set(DOSSIERS.APPLICANT_KEY, dossier.applicantName() == null ? null
                            : Fold.fold(dossier.applicantName()))
                    .set(DOSSIERS.RECEIVED_BY, dossier.receivedBy())
                    .set(DOSSIERS.RECEIVER_NAME, dossier.receiverName())
                    .set(DOSSIERS.RECEIVED_AT, LocalDateTime.ofInstant(dossier.receivedAt(), ZoneOffset.UTC))
                    .set(DOSSIERS.LOOKUP_HASH, d.lookupHash())
                    .execute();
            return dossier;
        });
    }

    /** The day's counter row of the locality, created at zero by the first receipt of the day. */
    private void ensureCounter(String locality, LocalDate day) {
        if (dsl.fetchExists(DOSSIER_COUNTERS, DOSSIER_COUNTERS.LOCALITY.eq(locality)
                .and(DOSSIER_COUNTERS.RECEIVED_ON.eq(day)))) {
            return;
        }
        try {
            dsl.transaction(() -> dsl.insertInto(DOSSIER_COUNTERS)
                    .set(DOSSIER_COUNTERS.LOCALITY, locality)
                    .set(DOSSIER_COUNTERS.RECEIVED_ON, day)
                    .set(DOSSIER_COUNTERS.LAST_NUMBER, 0)
                    .onDuplicateKeyIgnore()
                    .execute());
        } catch (DataAccessException e) {
            // another receipt created the row at the same moment
            if (!dsl.fetchExists(DOSSIER_COUNTERS, DOSSIER_COUNTERS.LOCALITY.eq(locality)
                    .and(DOSSIER_COUNTERS.RECEIVED_ON.eq(day)))) {
                throw e;
            }
        }
    }

    @Override
    public boolean replaceLookupHash(String caseId, String lookupHash) {
        return dsl.update(DOSSIERS).set(DOSSIERS.LOOKUP_HASH, lookupHash).where(DOSSIERS.CASE_ID.eq(caseId))
                .execute() == 1;
    }

    @Override
    public Map<String, Dossier> byCases(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(DOSSIERS).where(DOSSIERS.CASE_ID.in(caseIds)).fetch().stream()
                .map(JooqDossierRegister::dossier).collect(Collectors.toMap(Dossier::caseId, Function.identity()));
    }

    @Override
    public Optional<Registered> byNumber(String dossierNumber) {
        return dsl.selectFrom(DOSSIERS).where(DOSSIERS.DOSSIER_NUMBER.eq(dossierNumber)).fetchOptional()
                .map(r -> new Registered(dossier(r), r.getLookupHash()));
    }

    @Override
    public List<Dossier> search(String text, String procedureCode, Set<String> localities, int limit) {
        String folded = Fold.fold(text);
        String number = DossierNumbers.normalise(text);
        Condition where = DOSSIERS.DOSSIER_NUMBER.contains(number).or(DOSSIERS.APPLICANT_KEY.contains(folded));
        if (procedureCode != null) {
            where = where.and(DOSSIERS.PROCEDURE_CODE.eq(procedureCode));
        }
        if (localities != null) {
            where = where.and(localities.isEmpty() ? DSL.falseCondition() : DOSSIERS.LOCALITY.in(localities));
        }
        return dsl.selectFrom(DOSSIERS).where(where).orderBy(DOSSIERS.RECEIVED_AT.desc(), DOSSIERS.DOSSIER_NUMBER.desc())
                .limit(limit).fetch().stream().map(JooqDossierRegister::dossier).toList();
    }

    private static Dossier dossier(Record record) {
        DossiersRecord r = record.into(DOSSIERS);
        return new Dossier(r.getCaseId(), r.getDossierNumber(), r.getProcedureCode(), r.getLocality(),
                r.getReceivedOn(), r.getApplicantName(), r.getReceivedBy(), r.getReceiverName(),
                r.getReceivedAt().toInstant(ZoneOffset.UTC));
    }
}
