package procedo.catalog.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import procedo.catalog.text.Messages;

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

    @Test
    void theDefaultProfileAndANameInUseAreRefusedInVietnamese() {
        profiles.create(volumeOnly("volume"), TESTER);

        InvalidInputException kept = catchThrowableOfType(InvalidInputException.class,
                () -> profiles.delete(PriorityProfileService.DEFAULT_PROFILE, TESTER));
        ConflictException taken = catchThrowableOfType(ConflictException.class,
                () -> profiles.create(volumeOnly("volume"), TESTER));

        Problem problem = kept.problems().get(0);
        assertThat(Messages.label(problem.location(), Messages.VIETNAMESE)).contains("Tên");
        assertThat(Messages.render(problem.text(), Messages.VIETNAMESE)).isEqualTo("Không xóa được bộ tiêu chí mặc"
                + " định 'balanced' (cân bằng): bảng xếp hạng dùng bộ này khi không chọn bộ nào khác");
        assertThat(problem.message()).isEqualTo("the default profile 'balanced' cannot be deleted");
        assertThat(Messages.render(taken.text(), Messages.VIETNAMESE)).isEqualTo("Đã có bộ tiêu chí 'volume'");
        assertThat(taken.getMessage()).isEqualTo("profile 'volume' already exists");
    }

    @Test
    void aDisplayNameIsStoredChangedAndClearedWithTheProfile() {
        PriorityProfile created = profiles.create(new PriorityProfile("uu-tien-ho-tich", " Ưu tiên hộ tịch ",
                "chỉ theo số hồ sơ", Map.of(Criterion.VOLUME, BigDecimal.ONE), 1), TESTER);
        assertThat(created.displayName()).isEqualTo("Ưu tiên hộ tịch");
        assertThat(profiles.get("uu-tien-ho-tich").displayName()).isEqualTo("Ưu tiên hộ tịch");

        profiles.update(new PriorityProfile("uu-tien-ho-tich", "Hộ tịch trước", "khác",
                Map.of(Criterion.VOLUME, BigDecimal.ONE), 1), 1, TESTER);
        assertThat(profiles.get("uu-tien-ho-tich").displayName()).isEqualTo("Hộ tịch trước");

        profiles.update(volumeOnly("uu-tien-ho-tich"), 2, TESTER);
        assertThat(profiles.get("uu-tien-ho-tich").displayName()).isNull();
        assertThat(profiles.get("balanced").displayName()).isNull();
    }

    @Test
    void aDisplayNameOfMoreThanAHundredCharactersIsRefusedAtItsField() {
        assertThat(profiles.create(new PriorityProfile("dai", "d".repeat(100), "",
                Map.of(Criterion.VOLUME, BigDecimal.ONE), 1), TESTER).displayName()).hasSize(100);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> profiles.create(new PriorityProfile("qua-dai", "d".repeat(101), "",
                        Map.of(Criterion.VOLUME, BigDecimal.ONE), 1), TESTER));

        Problem problem = refused.problems().get(0);
        assertThat(problem.location()).isEqualTo("displayName");
        assertThat(Messages.render(problem.label(), Messages.VIETNAMESE)).isEqualTo("Tên hiển thị");
        assertThat(Messages.render(problem.label(), Messages.ENGLISH)).isEqualTo("Display name");
        assertThat(Messages.render(problem.text(), Messages.VIETNAMESE)).isEqualTo("tối đa 100 ký tự");
        assertThat(problem.message()).isEqualTo("must be at most 100 characters");
        assertThatThrownBy(() -> profiles.get("qua-dai")).isInstanceOf(NotFoundException.class);
    }
}
