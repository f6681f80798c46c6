package procedo.modeler.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCsvTest {

    @Test
    void writesUtf8WithABomAndKeepsWhatLooksLikeAFormulaAsText() throws Exception {
        Table table = new Table("Xếp hạng", List.of("Mã", "Tên thủ tục", "Hồ sơ/năm"), List.of(
                Arrays.asList("1.001193", "Đăng ký khai sinh, khai tử", new BigDecimal("849999")),
                Arrays.asList("=1+1", "Nói \"có\"\nhai dòng", new BigDecimal("-2.50")),
                Arrays.asList("@A1", null, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableCsv.write(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFMã,Tên thủ tục,Hồ sơ/năm\r\n"
                + "1.001193,\"Đăng ký khai sinh, khai tử\",849999\r\n"
                + "'=1+1,\"Nói \"\"có\"\"\nhai dòng\",-2.50\r\n"
                + "'@A1,,\r\n");
    }
}
