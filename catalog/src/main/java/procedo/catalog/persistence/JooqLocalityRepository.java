package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.AGENCIES;
import static procedo.catalog.persistence.jooq.Tables.LOCALITIES;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import procedo.catalog.locality.Agency;
import procedo.catalog.locality.Locality;
import procedo.catalog.locality.LocalityKind;
import procedo.catalog.locality.LocalityRepository;
import procedo.catalog.persistence.jooq.tables.records.AgenciesRecord;
import procedo.catalog.persistence.jooq.tables.records.LocalitiesRecord;
import procedo.catalog.locality.Level;

final class JooqLocalityRepository implements LocalityRepository {

    private final DSLContext dsl;

    JooqLocalityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Locality> localities() {
        return dsl.selectFrom(LOCALITIES).orderBy(LOCALITIES.CODE).fetch(JooqLocalityRepository::locality);
    }

    @Override
    public Optional<Locality> locality(String code) {
        return dsl.selectFrom(LOCALITIES).where(LOCALITIES.CODE.eq(code)).fetchOptional(JooqLocalityRepository::locality);
    }

    private static Locality locality(LocalitiesRecord r) {
        List<String> former = r.getFormerCodes().isBlank() ? List.of() : Arrays.asList(r.getFormerCodes().split(";"));
        return new Locality(r.getCode(), r.getName(), LocalityKind.valueOf(r.getKind()), r.getParentCode(),
                r.getPopulation(), former);
    }

    @Override
    public List<Agency> agencies() {
        return dsl.selectFrom(AGENCIES).orderBy(AGENCIES.CODE).fetch(JooqLocalityRepository::agency);
    }

    @Override
    public Optional<Agency> agency(String code) {
        return dsl.selectFrom(AGENCIES).where(AGENCIES.CODE.eq(code)).fetchOptional(JooqLocalityRepository::agency);
    }

    private static Agency agency(AgenciesRecord r) {
        return new Agency(r.getCode(), r.getName(), Level.valueOf(r.getProcLevel()));
    }

    @Override
    public void saveAgency(Agency agency) {
        int updated = dsl.update(AGENCIES).set(AGENCIES.NAME, agency.name())
                .set(AGENCIES.PROC_LEVEL, agency.level().name()).where(AGENCIES.CODE.eq(agency.code())).execute();
        if (updated == 0) {
            dsl.insertInto(AGENCIES, AGENCIES.CODE, AGENCIES.NAME, AGENCIES.PROC_LEVEL)
                    .values(agency.code(), agency.name(), agency.level().name()).execute();
        }
    }
}
