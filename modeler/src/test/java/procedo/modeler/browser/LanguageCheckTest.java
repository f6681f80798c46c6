package procedo.modeler.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    @Test
    void vietnameseSentencesPass() {
        assertThat(LanguageCheck.notVietnamese("Thủ tục hành chính: chi phí tuân thủ trước và sau cắt giảm")).isEmpty();
        assertThat(LanguageCheck.notVietnamese("Nghị quyết 68/NQ-CP; Bộ phận một cửa; trực tuyến toàn trình")).isEmpty();
        assertThat(LanguageCheck.notVietnamese("Ngày sinh của trẻ: ngày 31/02/2025 không tồn tại")).isEmpty();
        assertThat(LanguageCheck.notVietnamese("Xuất BPMN, tải XLSX; UBND cấp xã")).isEmpty();
    }

    @Test
    void englishWordsAndCodesAreFound() {
        assertThat(LanguageCheck.notVietnamese("Search")).containsExactly("Search");
        assertThat(LanguageCheck.notVietnamese("Trạng thái: DRAFT")).containsExactly("DRAFT");
        assertThat(LanguageCheck.notVietnamese("Người nộp: CITIZEN")).containsExactly("CITIZEN");
        assertThat(LanguageCheck.notVietnamese("Select a task")).contains("Select", "task");
        assertThat(LanguageCheck.notVietnamese("Invalid input")).contains("Invalid", "input");
        assertThat(LanguageCheck.notVietnamese("mm/dd/yyyy")).contains("mm", "dd", "yyyy");
    }

    @Test
    void theDayFirstDateNotationIsAllowedOnlyAsAWholeText() {
        assertThat(LanguageCheck.notVietnamese("dd/mm/yyyy")).isEmpty();
        assertThat(LanguageCheck.notVietnamese("Nhập ngày dd/mm/yyyy")).contains("dd", "mm", "yyyy");
    }

    @Test
    void vietnameseLeftInAnEnglishPageIsFound() {
        assertThat(LanguageCheck.hasVietnamese("Procedure catalog and ranking")).isFalse();
        assertThat(LanguageCheck.hasVietnamese("Catalog & ranking — Đăng xuất")).isTrue();
        assertThat(LanguageCheck.hasVietnamese("Lưu")).isTrue();
        assertThat(LanguageCheck.hasVietnamese("Café")).as("a tone mark only Vietnamese uses this way").isTrue();
        assertThat(LanguageCheck.hasVietnamese("3,000,000 VND on 05/07/2025")).isFalse();
    }
}
