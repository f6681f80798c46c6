package procedo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a step's name says, whatever its diacritics and case. */
class StepNamesTest {

    @Test
    void aRefusalAndARequestForAdditionalDocumentsAreReadFromTheirNames() {
        assertThat(StepNames.saysRefusal("Hồ sơ bị TỪ CHỐI")).isTrue();
        assertThat(StepNames.saysRefusal("Không cấp giấy phép xây dựng")).isTrue();
        assertThat(StepNames.saysRefusal("Đã trả kết quả")).isFalse();
        assertThat(StepNames.saysRefusal(null)).isFalse();
        assertThat(StepNames.saysSupplement("Bổ sung hồ sơ trực tuyến")).isTrue();
        assertThat(StepNames.saysSupplement("Nộp hồ sơ trực tuyến (VNeID)")).isFalse();
        assertThat(CaseOutcome.ofEndEvent(null, "Từ chối đăng ký")).isEqualTo(CaseOutcome.REFUSED);
        assertThat(CaseOutcome.ofEndEvent("granted", "Từ chối đăng ký")).isEqualTo(CaseOutcome.GRANTED);
        assertThat(CaseOutcome.ofEndEvent("MAYBE", "Đã cấp")).isEqualTo(CaseOutcome.GRANTED);
    }
}
