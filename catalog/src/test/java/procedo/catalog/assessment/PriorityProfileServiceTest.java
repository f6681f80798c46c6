package procedo.catalog.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import procedo.catalog.StoreTest;
import procedo.catalog.error.ConflictException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.NotFoundException;
import procedo.catalog.error.Problem;
import procedo.catalog.priority.Criterion;
import procedo.catalog.priority.PriorityProfile;

/** The priority profiles on H2 and PostgreSQL: the default one stays, the others change under optimistic locking. */
class PriorityProfileServiceTest extends StoreTest {

    private PriorityProfileService profiles;

    @BeforeEach
    void setUp() {
        profiles = new PriorityProfileService(store.profiles(), auditOf(store));
    }

    private static PriorityProfile volumeOnly(String name) {
        return new PriorityProfile(name, "chỉ theo số hồ sơ", Map.of(Criterion.VOLUME, BigDecimal.ONE), 1);
    }

    @Test
    void theDefaultProfileCannotBeDeleted() {
        assertThatThrownBy(() -> profiles.delete(PriorityProfileService.DEFAULT_PROFILE, TESTER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::location).containsExactly("name"));

        assertThat(profiles.get("balanced").name()).isEqualTo("balanced");
    }

    @Test
    void otherProfilesAreCreatedChangedWithTheirVersionAndDeleted() {
        profiles.create(volumeOnly("volume"), TESTER);

        PriorityProfile changed = profiles.update(new PriorityProfile("volume", "khác",
                Map.of(Criterion.VOLUME, BigDecimal.ONE), 1), 1, TESTER);
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> profiles.update(volumeOnly("volume"), 1, TESTER)).isInstanceOf(ConflictException.class);

        profiles.delete("volume", TESTER);
        assertThatThrownBy(() -> profiles.get("volume")).isInstanceOf(NotFoundException.class);
        assertThat(profiles.all()).extracting(PriorityProfile::name).contains("balanced").doesNotContain("volume");
    }
}
