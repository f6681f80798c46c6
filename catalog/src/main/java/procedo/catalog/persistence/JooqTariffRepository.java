package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.TARIFFS;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import procedo.catalog.assessment.StoredTariff;
import procedo.catalog.assessment.Tariff;
import procedo.catalog.assessment.TariffRepository;
import procedo.catalog.number.Decimals;
import procedo.catalog.persistence.jooq.tables.records.TariffsRecord;
import procedo.catalog.procedure.ApplicantType;

final class JooqTariffRepository implements TariffRepository {

    private final DSLContext dsl;

    JooqTariffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Tariff> all() {
        return dsl.selectFrom(TARIFFS).orderBy(TARIFFS.APPLICANT_TYPE, TARIFFS.TARIFF_YEAR)
                .fetch(JooqTariffRepository::tariff);
    }

    @Override
    public List<StoredTariff> stored() {
        return dsl.selectFrom(TARIFFS).orderBy(TARIFFS.APPLICANT_TYPE, TARIFFS.TARIFF_YEAR)
                .fetch(r -> new StoredTariff(tariff(r), r.getVersion(), r.getChangedBy(),
                        r.getChangedAt() == null ? null : r.getChangedAt().toInstant(ZoneOffset.UTC)));
    }

    @Override
    public Optional<Tariff> forYear(ApplicantType type, int year) {
        Optional<Tariff> latestNotAfter = dsl.selectFrom(TARIFFS)
                .where(TARIFFS.APPLICANT_TYPE.eq(type.name()), TARIFFS.TARIFF_YEAR.le(year))
                .orderBy(TARIFFS.TARIFF_YEAR.desc()).limit(1).fetchOptional(JooqTariffRepository::tariff);
        if (latestNotAfter.isPresent()) {
            return latestNotAfter;
        }
        return dsl.selectFrom(TARIFFS).where(TARIFFS.APPLICANT_TYPE.eq(type.name()))
                .orderBy(TARIFFS.TARIFF_YEAR).limit(1).fetchOptional(JooqTariffRepository::tariff);
    }

    private static Tariff tariff(TariffsRecord r) {
        return new Tariff(ApplicantType.valueOf(r.getApplicantType()), r.getTariffYear(),
                Decimals.plain(r.getMonthlyIncomeVnd()), Decimals.plain(r.getWorkingDaysPerMonth()),
                Decimals.plain(r.getHoursPerDay()), r.getSource());
    }

    @Override
    public void save(Tariff t) {
        dsl.transaction(() -> {
            Integer before = dsl.select(TARIFFS.VERSION).from(TARIFFS)
                    .where(TARIFFS.APPLICANT_TYPE.eq(t.applicantType().name()), TARIFFS.TARIFF_YEAR.eq(t.year()))
                    .fetchOne(TARIFFS.VERSION);
            save(new StoredTariff(t, before == null ? 1 : before + 1, null, null));
        });
    }

    @Override
    public void save(StoredTariff stored) {
        Tariff t = stored.tariff();
        dsl.transaction(() -> {
            dsl.deleteFrom(TARIFFS).where(TARIFFS.APPLICANT_TYPE.eq(t.applicantType().name()),
                    TARIFFS.TARIFF_YEAR.eq(t.year())).execute();
            dsl.insertInto(TARIFFS, TARIFFS.APPLICANT_TYPE, TARIFFS.TARIFF_YEAR, TARIFFS.MONTHLY_INCOME_VND,
                            TARIFFS.WORKING_DAYS_PER_MONTH, TARIFFS.HOURS_PER_DAY, TARIFFS.SOURCE, TARIFFS.VERSION,
                            TARIFFS.CHANGED_BY, TARIFFS.CHANGED_AT)
                    .values(t.applicantType().name(), t.year(), t.monthlyIncomeVnd(), t.workingDaysPerMonth(),
                            t.hoursPerDay(), t.source(), stored.version(), stored.changedBy(),
                            stored.changedAt() == null ? null : LocalDateTime.ofInstant(stored.changedAt(), ZoneOffset.UTC))
                    .execute();
        });
    }
}
