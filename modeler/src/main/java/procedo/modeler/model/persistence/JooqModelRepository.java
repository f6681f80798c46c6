package procedo.modeler.model.persistence;

import static procedo.catalog.persistence.jooq.Tables.PROCEDURES;
import static procedo.catalog.persistence.jooq.Tables.PROCESS_MODELS;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.text.Text;
import procedo.modeler.model.ModelKind;
import procedo.modeler.model.ModelRepository;
import procedo.modeler.model.ModelVersion;
import procedo.modeler.model.StoredModel;

/**
 * Models in the catalog's database (table {@code process_models}). A save reads the latest version and inserts the
 * next one in one transaction; the unique key (procedure, kind, version) makes the loser of a race a conflict. Times
 * are stored in UTC.
 */
public final class JooqModelRepository implements ModelRepository {

    private final DSLContext dsl;

    public JooqModelRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private long procedureId(String code) {
        Long id = dsl.select(PROCEDURES.ID).from(PROCEDURES).where(PROCEDURES.CODE.eq(code)).fetchOne(PROCEDURES.ID);
        if (id == null) {
            throw NotFoundException.of("procedure", code);
        }
        return id;
    }

    private Integer latestVersion(long procedureId, ModelKind kind) {
        return dsl.select(org.jooq.impl.DSL.max(PROCESS_MODELS.VERSION)).from(PROCESS_MODELS)
                .where(PROCESS_MODELS.PROCEDURE_ID.eq(procedureId), PROCESS_MODELS.KIND.eq(kind.name()))
                .fetchOne(0, Integer.class);
    }

    @Override
    public ModelVersion save(String code, ModelKind kind, byte[] xml, Integer expectedVersion, String author,
                             String comment) {
        try {
            return dsl.transactionResult(() -> {
                long id = procedureId(code);
                Integer current = latestVersion(id, kind);
                if (current != null && !current.equals(expectedVersion)) {
                    throw stale(code, kind, current, expectedVersion);
                }
                if (current == null && expectedVersion != null && expectedVersion != 0) {
                    throw new ConflictException(Text.of("modeler.model.noVersionYet", kind.text(), code,
                            expectedVersion));
                }
                int next = current == null ? 1 : current + 1;
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                dsl.insertInto(PROCESS_MODELS)
                        .set(PROCESS_MODELS.PROCEDURE_ID, id)
                        .set(PROCESS_MODELS.KIND, kind.name())
                        .set(PROCESS_MODELS.VERSION, next)
                        .set(PROCESS_MODELS.XML, xml)
                        .set(PROCESS_MODELS.AUTHOR, author)
                        .set(PROCESS_MODELS.COMMENT, comment)
                        .set(PROCESS_MODELS.CREATED_AT, now)
                        .execute();
                return new ModelVersion(kind, next, author, now.toInstant(ZoneOffset.UTC), comment);
            });
        } catch (IntegrityConstraintViolationException e) {
            Integer current = latestVersion(procedureId(code), kind);
            throw stale(code, kind, current == null ? 0 : current, expectedVersion);
        }
    }

    private static ConflictException stale(String code, ModelKind kind, int current, Integer expected) {
        return new ConflictException(expected == null
                ? Text.of("modeler.model.staleWithoutVersion", kind.text(), code, current)
                : Text.of("modeler.model.stale", kind.text(), code, current, expected));
    }

    @Override
    public Optional<StoredModel> latest(String code, ModelKind kind) {
        long id = procedureId(code);
        return dsl.selectFrom(PROCESS_MODELS)
                .where(PROCESS_MODELS.PROCEDURE_ID.eq(id), PROCESS_MODELS.KIND.eq(kind.name()))
                .orderBy(PROCESS_MODELS.VERSION.desc()).limit(1)
                .fetchOptional().map(r -> new StoredModel(version(r), r.getXml()));
    }

    @Override
    public Optional<StoredModel> version(String code, ModelKind kind, int version) {
        long id = procedureId(code);
        return dsl.selectFrom(PROCESS_MODELS)
                .where(PROCESS_MODELS.PROCEDURE_ID.eq(id), PROCESS_MODELS.KIND.eq(kind.name()),
                        PROCESS_MODELS.VERSION.eq(version))
                .fetchOptional().map(r -> new StoredModel(version(r), r.getXml()));
    }

    @Override
    public List<ModelVersion> versions(String code, ModelKind kind) {
        return versions(PROCESS_MODELS.PROCEDURE_ID.eq(procedureId(code)).and(PROCESS_MODELS.KIND.eq(kind.name())));
    }

    @Override
    public List<ModelVersion> latestOfEachKind(String code) {
        long id = procedureId(code);
        var latest = dsl.select(PROCESS_MODELS.KIND, org.jooq.impl.DSL.max(PROCESS_MODELS.VERSION))
                .from(PROCESS_MODELS).where(PROCESS_MODELS.PROCEDURE_ID.eq(id)).groupBy(PROCESS_MODELS.KIND);
        return versions(PROCESS_MODELS.PROCEDURE_ID.eq(id)
                .and(org.jooq.impl.DSL.row(PROCESS_MODELS.KIND, PROCESS_MODELS.VERSION).in(latest)));
    }

    private List<ModelVersion> versions(Condition condition) {
        return dsl.select(PROCESS_MODELS.KIND, PROCESS_MODELS.VERSION, PROCESS_MODELS.AUTHOR,
                        PROCESS_MODELS.CREATED_AT, PROCESS_MODELS.COMMENT)
                .from(PROCESS_MODELS).where(condition)
                .orderBy(PROCESS_MODELS.KIND, PROCESS_MODELS.VERSION)
                .fetch(JooqModelRepository::version);
    }

    private static ModelVersion version(Record r) {
        return new ModelVersion(ModelKind.valueOf(r.get(PROCESS_MODELS.KIND)), r.get(PROCESS_MODELS.VERSION),
                r.get(PROCESS_MODELS.AUTHOR), r.get(PROCESS_MODELS.CREATED_AT).toInstant(ZoneOffset.UTC),
                r.get(PROCESS_MODELS.COMMENT));
    }
}
