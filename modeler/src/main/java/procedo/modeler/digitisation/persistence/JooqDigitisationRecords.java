package procedo.modeler.digitisation.persistence;

import static procedo.catalog.persistence.jooq.Tables.DOSSIER_INTAKE;
import static procedo.catalog.persistence.jooq.Tables.DOSSIER_MEDIA;
import static procedo.catalog.persistence.jooq.Tables.DOSSIER_RATINGS;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import procedo.modeler.digitisation.ComponentMedium;
import procedo.modeler.digitisation.DigitisationRecords;
import procedo.modeler.digitisation.Medium;
import procedo.modeler.digitisation.Rating;
import procedo.modeler.digitisation.ResultMedium;

/**
 * Dossiers' media in {@code dossier_intake} and {@code dossier_media}, ratings in {@code dossier_ratings} (one per
 * dossier by its primary key, so that two ratings sent at once cannot both be kept). Times in UTC. The counts are
 * one grouped query per table, on H2 and PostgreSQL alike.
 */
public final class JooqDigitisationRecords implements DigitisationRecords {

    /** The most case ids one query names. */
    private static final int CASES_PER_QUERY = 500;


    private final DSLContext dsl;

    public JooqDigitisationRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void received(Intake intake, List<ComponentMedium> components) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.insertInto(DOSSIER_INTAKE)
                    .set(DOSSIER_INTAKE.CASE_ID, intake.caseId())
                    .set(DOSSIER_INTAKE.PROCEDURE_CODE, intake.procedureCode())
                    .set(DOSSIER_INTAKE.LOCALITY, intake.locality())
                    .set(DOSSIER_INTAKE.COUNTED, intake.counted())
                    .set(DOSSIER_INTAKE.RECEIVED_AT, utc(intake.receivedAt()))
                    .execute();
            for (ComponentMedium c : components) {
                t.insertInto(DOSSIER_MEDIA)
                        .set(DOSSIER_MEDIA.CASE_ID, intake.caseId())
                        .set(DOSSIER_MEDIA.POSITION, c.component())
                        .set(DOSSIER_MEDIA.COMPONENT_NAME, c.name())
                        .set(DOSSIER_MEDIA.MEDIUM, c.medium().name())
                        .execute();
            }
        });
    }

    @Override
    public Optional<Kept> ofCase(String caseId) {
        var row = dsl.selectFrom(DOSSIER_INTAKE).where(DOSSIER_INTAKE.CASE_ID.eq(caseId)).fetchOne();
        var rated = dsl.selectFrom(DOSSIER_RATINGS).where(DOSSIER_RATINGS.CASE_ID.eq(caseId)).fetchOne();
        if (row == null && rated == null) {
            return Optional.empty();
        }
        List<ComponentMedium> components = dsl.selectFrom(DOSSIER_MEDIA).where(DOSSIER_MEDIA.CASE_ID.eq(caseId))
                .orderBy(DOSSIER_MEDIA.POSITION).fetch(r -> new ComponentMedium(r.getPosition(),
                        r.getComponentName(), Medium.valueOf(r.getMedium())));
        Intake intake = row != null
                ? new Intake(caseId, row.getProcedureCode(), row.getLocality(), row.getCounted(),
                instant(row.getReceivedAt()))
                : new Intake(caseId, rated.getProcedureCode(), rated.getLocality(), rated.getCounted(), null);
        ResultMedium result = row == null || row.getResultMedium() == null ? null
                : ResultMedium.valueOf(row.getResultMedium());
        Rating rating = rated == null ? null
                : new Rating(rated.getScore(), rated.getComment(), instant(rated.getRatedAt()));
        return Optional.of(new Kept(intake, components, result, rating));
    }

    @Override
    public void recordResult(Intake intake, ResultMedium medium, String recordedBy, Instant at) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            int updated = t.update(DOSSIER_INTAKE)
                    .set(DOSSIER_INTAKE.RESULT_MEDIUM, medium.name())
                    .set(DOSSIER_INTAKE.RESULT_RECORDED_BY, recordedBy)
                    .set(DOSSIER_INTAKE.RESULT_RECORDED_AT, utc(at))
                    .where(DOSSIER_INTAKE.CASE_ID.eq(intake.caseId())).execute();
            if (updated == 0) {
                t.insertInto(DOSSIER_INTAKE)
                        .set(DOSSIER_INTAKE.CASE_ID, intake.caseId())
                        .set(DOSSIER_INTAKE.PROCEDURE_CODE, intake.procedureCode())
                        .set(DOSSIER_INTAKE.LOCALITY, intake.locality())
                        .set(DOSSIER_INTAKE.COUNTED, intake.counted())
                        .set(DOSSIER_INTAKE.RECEIVED_AT, utc(intake.receivedAt()))
                        .set(DOSSIER_INTAKE.RESULT_MEDIUM, medium.name())
                        .set(DOSSIER_INTAKE.RESULT_RECORDED_BY, recordedBy)
                        .set(DOSSIER_INTAKE.RESULT_RECORDED_AT, utc(at))
                        .execute();
            }
        });
    }

    @Override
    public boolean rate(Intake intake, Rating rating) {
        if (dsl.fetchExists(DOSSIER_RATINGS, DOSSIER_RATINGS.CASE_ID.eq(intake.caseId()))) {
            return false;
        }
        try {
            dsl.insertInto(DOSSIER_RATINGS)
                    .set(DOSSIER_RATINGS.CASE_ID, intake.caseId())
                    .set(DOSSIER_RATINGS.PROCEDURE_CODE, intake.procedureCode())
                    .set(DOSSIER_RATINGS.LOCALITY, intake.locality())
                    .set(DOSSIER_RATINGS.COUNTED, intake.counted())
                    .set(DOSSIER_RATINGS.SCORE, rating.score())
                    .set(DOSSIER_RATINGS.COMMENT, rating.comment())
                    .set(DOSSIER_RATINGS.RATED_AT, utc(rating.ratedAt()))
                    .execute();
            return true;
        } catch (DataAccessException e) {
            if (dsl.fetchExists(DOSSIER_RATINGS, DOSSIER_RATINGS.CASE_ID.eq(intake.caseId()))) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Map<String, Counts> counts(String procedureCode, String locality) {
        Condition intake = DOSSIER_INTAKE.COUNTED.isTrue();
        Condition ratings = DOSSIER_RATINGS.COUNTED.isTrue();
        if (procedureCode != null) {
            intake = intake.and(DOSSIER_INTAKE.PROCEDURE_CODE.eq(procedureCode));
            ratings = ratings.and(DOSSIER_RATINGS.PROCEDURE_CODE.eq(procedureCode));
        }
        if (locality != null) {
            intake = intake.and(DOSSIER_INTAKE.LOCALITY.eq(locality));
            ratings = ratings.and(DOSSIER_RATINGS.LOCALITY.eq(locality));
        }
        return counts(intake, ratings);
    }

    @Override
    public Counts countsOfCases(Collection<String> caseIds) {
        long[] total = new long[8];
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += CASES_PER_QUERY) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + CASES_PER_QUERY));
            for (Counts c : counts(DOSSIER_INTAKE.COUNTED.isTrue().and(DOSSIER_INTAKE.CASE_ID.in(some)),
                    DOSSIER_RATINGS.COUNTED.isTrue().and(DOSSIER_RATINGS.CASE_ID.in(some))).values()) {
                long[] add = {c.dossiers(), c.digitised(), c.components(), c.reused(), c.results(), c.electronic(),
                        c.ratings(), c.scoreSum()};
                for (int i = 0; i < total.length; i++) {
                    total[i] += add[i];
                }
            }
        }
        return new Counts(total[0], total[1], total[2], total[3], total[4], total[5], total[6], total[7]);
    }

    /** The counts per procedure over the dossiers {@code intake} selects and the ratings {@code ratings} selects. */
    private Map<String, Counts> counts(Condition intake, Condition ratings) {
        Map<String, long[]> sums = new HashMap<>();
        // per dossier: its components, those on paper, those reused
        var perDossier = dsl.select(DOSSIER_INTAKE.PROCEDURE_CODE.as("code"), DOSSIER_MEDIA.CASE_ID.as("case_id"),
                        DSL.count().as("components"),
                        DSL.count().filterWhere(DOSSIER_MEDIA.MEDIUM.eq(Medium.PAPER.name())).as("paper"),
                        DSL.count().filterWhere(DOSSIER_MEDIA.MEDIUM.eq(Medium.REUSED.name())).as("reused"))
                .from(DOSSIER_MEDIA).join(DOSSIER_INTAKE).on(DOSSIER_INTAKE.CASE_ID.eq(DOSSIER_MEDIA.CASE_ID))
                .where(intake)
                .groupBy(DOSSIER_INTAKE.PROCEDURE_CODE, DOSSIER_MEDIA.CASE_ID).asTable("per_dossier");
        var code = perDossier.field("code", String.class);
        var components = perDossier.field("components", Integer.class);
        var paper = perDossier.field("paper", Integer.class);
        var reused = perDossier.field("reused", Integer.class);
        for (Record r : dsl.select(code, DSL.count(), DSL.count().filterWhere(paper.eq(0)), DSL.sum(components),
                DSL.sum(reused)).from(perDossier).groupBy(code).fetch()) {
            long[] s = sums.computeIfAbsent(r.get(0, String.class), k -> new long[8]);
            s[0] = r.get(1, Long.class);
            s[1] = r.get(2, Long.class);
            s[2] = r.get(3, Long.class);
            s[3] = r.get(4, Long.class);
        }
        for (Record r : dsl.select(DOSSIER_INTAKE.PROCEDURE_CODE, DSL.count(),
                        DSL.count().filterWhere(DOSSIER_INTAKE.RESULT_MEDIUM.eq(ResultMedium.ELECTRONIC.name())))
                .from(DOSSIER_INTAKE).where(intake.and(DOSSIER_INTAKE.RESULT_MEDIUM.isNotNull()))
                .groupBy(DOSSIER_INTAKE.PROCEDURE_CODE).fetch()) {
            long[] s = sums.computeIfAbsent(r.get(0, String.class), k -> new long[8]);
            s[4] = r.get(1, Long.class);
            s[5] = r.get(2, Long.class);
        }
        for (Record r : dsl.select(DOSSIER_RATINGS.PROCEDURE_CODE, DSL.count(), DSL.sum(DOSSIER_RATINGS.SCORE))
                .from(DOSSIER_RATINGS).where(ratings).groupBy(DOSSIER_RATINGS.PROCEDURE_CODE).fetch()) {
            long[] s = sums.computeIfAbsent(r.get(0, String.class), k -> new long[8]);
            s[6] = r.get(1, Long.class);
            s[7] = r.get(2, Long.class);
        }
        Map<String, Counts> counts = new HashMap<>();
        sums.forEach((k, s) -> counts.put(k, new Counts(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])));
        return counts;
    }

    @Override
    public Map<String, Counts> ratings(String locality) {
        Condition counted = DOSSIER_RATINGS.COUNTED.isTrue();
        if (locality != null) {
            counted = counted.and(DOSSIER_RATINGS.LOCALITY.eq(locality));
        }
        Map<String, Counts> ratings = new HashMap<>();
        for (Record r : dsl.select(DOSSIER_RATINGS.PROCEDURE_CODE, DSL.count(), DSL.sum(DOSSIER_RATINGS.SCORE))
                .from(DOSSIER_RATINGS).where(counted).groupBy(DOSSIER_RATINGS.PROCEDURE_CODE).fetch()) {
            ratings.put(r.get(0, String.class), new Counts(0, 0, 0, 0, 0, 0, r.get(1, Long.class), r.get(2, Long.class)));
        }
        return ratings;
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
