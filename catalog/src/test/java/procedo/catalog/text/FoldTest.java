package procedo.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void dropsDiacriticsAndTheStrokeOfDAndLowerCases() {
        assertThat(Fold.fold("Đăng ký khai sinh")).isEqualTo("dang ky khai sinh");
        assertThat(Fold.fold("NGƯỜI DÂN")).isEqualTo("nguoi dan");
        assertThat(Fold.fold("đường Điện Biên Phủ")).isEqualTo("duong dien bien phu");
    }

    @Test
    void collapsesWhitespaceAndFoldsNothingToEmpty() {
        assertThat(Fold.fold("  Công \t dân\n")).isEqualTo("cong dan");
        assertThat(Fold.fold(null)).isEmpty();
    }

    @Test
    void foldsComposedAndDecomposedSpellingsAlike() {
        String composed = "Hồ sơ";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Fold.fold(decomposed)).isEqualTo(Fold.fold(composed)).isEqualTo("ho so");
    }
}
