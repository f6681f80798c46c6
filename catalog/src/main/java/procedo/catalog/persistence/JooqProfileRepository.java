package procedo.catalog.persistence;

import static procedo.catalog.persistence.jooq.Tables.PRIORITY_PROFILES;
import static procedo.catalog.persistence.jooq.Tables.PROFILE_WEIGHTS;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import procedo.catalog.assessment.PriorityProfileRepository;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.number.Decimals;
import procedo.catalog.persistence.jooq.tables.records.PriorityProfilesRecord;
import procedo.catalog.priority.Criterion;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.text.Text;

final class JooqProfileRepository implements PriorityProfileRepository {

    private final DSLContext dsl;

    JooqProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PriorityProfile> all() {
        return dsl.selectFrom(PRIORITY_PROFILES).orderBy(PRIORITY_PROFILES.NAME).fetch(this::profile);
    }

    @Override
    public Optional<PriorityProfile> find(String name) {
        return dsl.selectFrom(PRIORITY_PROFILES).where(PRIORITY_PROFILES.NAME.eq(name)).fetchOptional(this::profile);
    }

    private PriorityProfile profile(PriorityProfilesRecord r) {
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        dsl.selectFrom(PROFILE_WEIGHTS).where(PROFILE_WEIGHTS.PROFILE_NAME.eq(r.getName()))
                .forEach(w -> weights.put(Criterion.valueOf(w.getCriterion()), Decimals.plain(w.getWeight())));
        return new PriorityProfile(r.getName(), r.getDisplayName(), r.getDescription(), weights, r.getLockVersion());
    }

    @Override
    public PriorityProfile create(PriorityProfile profile) {
        return dsl.transactionResult(() -> {
            if (dsl.fetchExists(PRIORITY_PROFILES, PRIORITY_PROFILES.NAME.eq(profile.name()))) {
                throw new ConflictException(Text.of("catalog.profile.exists", profile.name()));
            }
            dsl.insertInto(PRIORITY_PROFILES, PRIORITY_PROFILES.NAME, PRIORITY_PROFILES.DISPLAY_NAME,
                            PRIORITY_PROFILES.DESCRIPTION, PRIORITY_PROFILES.LOCK_VERSION)
                    .values(profile.name(), profile.displayName(), profile.description(), 1).execute();
            insertWeights(profile);
            return find(profile.name()).orElseThrow();
        });
    }

    @Override
    public PriorityProfile update(PriorityProfile profile, int expectedVersion) {
        return dsl.transactionResult(() -> {
            int updated = dsl.update(PRIORITY_PROFILES)
                    .set(PRIORITY_PROFILES.DISPLAY_NAME, profile.displayName())
                    .set(PRIORITY_PROFILES.DESCRIPTION, profile.description())
                    .set(PRIORITY_PROFILES.LOCK_VERSION, expectedVersion + 1)
                    .where(PRIORITY_PROFILES.NAME.eq(profile.name()),
                            PRIORITY_PROFILES.LOCK_VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 0) {
                if (find(profile.name()).isEmpty()) {
                    throw NotFoundException.of("profile", profile.name());
                }
                throw new ConflictException(Text.of("catalog.profile.stale", profile.name(), expectedVersion));
            }
            dsl.deleteFrom(PROFILE_WEIGHTS).where(PROFILE_WEIGHTS.PROFILE_NAME.eq(profile.name())).execute();
            insertWeights(profile);
            return find(profile.name()).orElseThrow();
        });
    }

    private void insertWeights(PriorityProfile profile) {
        profile.weights().forEach((criterion, weight) -> dsl.insertInto(PROFILE_WEIGHTS,
                        PROFILE_WEIGHTS.PROFILE_NAME, PROFILE_WEIGHTS.CRITERION, PROFILE_WEIGHTS.WEIGHT)
                .values(profile.name(), criterion.name(), weight).execute());
    }

    @Override
    public void delete(String name) {
        if (dsl.deleteFrom(PRIORITY_PROFILES).where(PRIORITY_PROFILES.NAME.eq(name)).execute() == 0) {
            throw NotFoundException.of("profile", name);
        }
    }
}
