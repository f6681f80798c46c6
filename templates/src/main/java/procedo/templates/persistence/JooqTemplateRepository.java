package procedo.templates.persistence;

import static procedo.catalog.persistence.jooq.Tables.TEMPLATE_ADOPTIONS;
import static procedo.catalog.persistence.jooq.Tables.TEMPLATE_VERSIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import procedo.catalog.error.ConflictException;
import procedo.catalog.text.Text;
import procedo.catalog.persistence.jooq.tables.records.TemplateAdoptionsRecord;
import procedo.templates.TemplateRepository;
import procedo.templates.adoption.Adoption;
import procedo.templates.adoption.Overrides;
import procedo.templates.model.PackageStatus;
import procedo.templates.model.VersionInfo;

/** Template versions and adoptions in the catalog's database (tables of migration V6). */
public final class JooqTemplateRepository implements TemplateRepository {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final DSLContext dsl;

    public JooqTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<VersionInfo> latestVersions() {
        var t = TEMPLATE_VERSIONS;
        var latest = DSL.select(t.CODE, DSL.max(t.ID).as("max_id")).from(t).groupBy(t.CODE).asTable("latest");
        return dsl.select(t.CODE, t.VERSION, t.NAME, t.STATUS, t.CONTENT_HASH, t.FIELD_COUNT, t.IMPORTED_AT, t.PUBLISHED_AT,
                        t.IMPORTED_BY)
                .from(t).join(latest).on(t.ID.eq(latest.field("max_id", Long.class)))
                .orderBy(t.CODE).fetch(JooqTemplateRepository::info);
    }

    @Override
    public List<VersionInfo> versions(String code) {
        var t = TEMPLATE_VERSIONS;
        return dsl.select(t.CODE, t.VERSION, t.NAME, t.STATUS, t.CONTENT_HASH, t.FIELD_COUNT, t.IMPORTED_AT, t.PUBLISHED_AT,
                        t.IMPORTED_BY)
                .from(t).where(t.CODE.eq(code)).orderBy(t.ID).fetch(JooqTemplateRepository::info);
    }

    @Override
    public Optional<VersionInfo> info(String code, String version) {
        var t = TEMPLATE_VERSIONS;
        return dsl.select(t.CODE, t.VERSION, t.NAME, t.STATUS, t.CONTENT_HASH, t.FIELD_COUNT, t.IMPORTED_AT, t.PUBLISHED_AT,
                        t.IMPORTED_BY)
                .from(t).where(t.CODE.eq(code), t.VERSION.eq(version)).fetchOptional(JooqTemplateRepository::info);
    }

    private static VersionInfo info(Record r) {
        var t = TEMPLATE_VERSIONS;
        return new VersionInfo(r.get(t.CODE), r.get(t.VERSION), r.get(t.NAME), PackageStatus.valueOf(r.get(t.STATUS)),
                r.get(t.CONTENT_HASH), r.get(t.FIELD_COUNT), instant(r.get(t.IMPORTED_AT)), instant(r.get(t.PUBLISHED_AT)),
                r.get(t.IMPORTED_BY));
    }

    @Override
    public Optional<String> content(String code, String version) {
        var t = TEMPLATE_VERSIONS;
        return dsl.select(t.CONTENT).from(t).where(t.CODE.eq(code), t.VERSION.eq(version)).fetchOptional(t.CONTENT);
    }

    @Override
    public void insert(VersionInfo info, String content) {
        var t = TEMPLATE_VERSIONS;
        try {
            dsl.insertInto(t).set(t.CODE, info.code()).set(t.VERSION, info.version()).set(t.NAME, info.name())
                    .set(t.STATUS, info.status().name()).set(t.CONTENT_HASH, info.contentHash())
                    .set(t.FIELD_COUNT, info.fieldCount()).set(t.IMPORTED_AT, local(info.importedAt()))
                    .set(t.PUBLISHED_AT, local(info.publishedAt())).set(t.IMPORTED_BY, info.importedBy())
                    .set(t.CONTENT, content).execute();
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            throw new ConflictException(Text.of("templates.package.alreadyStored", info.code(), info.version()));
        }
    }

    @Override
    public void setStatus(String code, String version, PackageStatus status, Instant at) {
        var t = TEMPLATE_VERSIONS;
        dsl.update(t).set(t.STATUS, status.name()).set(t.PUBLISHED_AT, local(at))
                .where(t.CODE.eq(code), t.VERSION.eq(version)).execute();
    }

    @Override
    public List<Adoption> adoptions(String templateCode) {
        var a = TEMPLATE_ADOPTIONS;
        return dsl.selectFrom(a).where(a.TEMPLATE_CODE.eq(templateCode)).orderBy(a.LOCALITY_CODE)
                .fetch(JooqTemplateRepository::adoption);
    }

    @Override
    public Optional<Adoption> adoption(String localityCode, String templateCode) {
        var a = TEMPLATE_ADOPTIONS;
        return dsl.selectFrom(a).where(a.LOCALITY_CODE.eq(localityCode), a.TEMPLATE_CODE.eq(templateCode))
                .fetchOptional(JooqTemplateRepository::adoption);
    }

    @Override
    public boolean saveAdoption(Adoption adoption, int expectedRevision) {
        var a = TEMPLATE_ADOPTIONS;
        String overrides = write(adoption.overrides());
        if (expectedRevision == 0) {
            try {
                dsl.insertInto(a).set(a.LOCALITY_CODE, adoption.localityCode()).set(a.TEMPLATE_CODE, adoption.templateCode())
                        .set(a.CENTRAL_VERSION, adoption.centralVersion()).set(a.OVERRIDES, overrides)
                        .set(a.REVISION, adoption.revision()).set(a.UPDATED_AT, local(adoption.updatedAt())).execute();
                return true;
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                return false;
            }
        }
        return dsl.update(a).set(a.CENTRAL_VERSION, adoption.centralVersion()).set(a.OVERRIDES, overrides)
                .set(a.REVISION, adoption.revision()).set(a.UPDATED_AT, local(adoption.updatedAt()))
                .where(a.LOCALITY_CODE.eq(adoption.localityCode()), a.TEMPLATE_CODE.eq(adoption.templateCode()),
                        a.REVISION.eq(expectedRevision)).execute() == 1;
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(TEMPLATE_VERSIONS);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    private static Adoption adoption(TemplateAdoptionsRecord r) {
        try {
            return new Adoption(r.getLocalityCode(), r.getTemplateCode(), r.getCentralVersion(),
                    JSON.readValue(r.getOverrides(), Overrides.class), r.getRevision(), instant(r.getUpdatedAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored overrides of " + r.getLocalityCode() + "/" + r.getTemplateCode()
                    + " are not readable", e);
        }
    }

    private static String write(Overrides o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
