package procedo.catalog.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void spellsEqualAmountsAlikeWithoutExponentOrTrailingZeros() {
        assertThat(Decimals.plain(new BigDecimal("8000.00"))).isEqualTo(new BigDecimal("8000"))
                .isEqualTo(Decimals.plain(new BigDecimal("8E+3")));
        assertThat(Decimals.plain(new BigDecimal("0.000"))).isEqualTo(BigDecimal.ZERO);
        assertThat(Decimals.plain(new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void writesNumbersPlain() {
        assertThat(Decimals.text(new BigDecimal("8E+3"))).isEqualTo("8000");
        assertThat(Decimals.text(8000.0)).isEqualTo("8000");
        assertThat(Decimals.text(0.1)).isEqualTo("0.1");
        assertThat(Decimals.text(-2.50)).isEqualTo("-2.5");
    }

    @Test
    void countsTheDecimalPlacesAValueNeeds() {
        assertThat(Decimals.places(new BigDecimal("1.50"))).isEqualTo(1);
        assertThat(Decimals.places(new BigDecimal("8E+3"))).isZero();
        assertThat(Decimals.places(new BigDecimal("0.00"))).isZero();
        assertThat(Decimals.places(new BigDecimal("0.125"))).isEqualTo(3);
    }
}
