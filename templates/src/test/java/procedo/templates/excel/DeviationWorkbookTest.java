package procedo.templates.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.templates.adoption.Deviation;
import procedo.templates.adoption.Deviation.Kind;
import procedo.templates.adoption.DeviationReport;
import procedo.templates.adoption.LocalityDeviations;

class DeviationWorkbookTest {

    private static final DeviationReport REPORT = new DeviationReport("1.001193", "Đăng ký khai sinh", "2025.2", 3, 3, 1,
            List.of(new LocalityDeviations("04", "Tỉnh Cao Bằng", "2025.1", List.of(
                    new Deviation(Kind.EXTRA_DOCUMENT, "xac_nhan_cu_tru", null, "Giấy xác nhận cư trú"),
                    new Deviation(Kind.LONGER_TIME, "processingDays", "3", "5"),
                    new Deviation(Kind.HIGHER_FEE, "le_phi_ban_sao (Lệ phí cấp bản sao trích lục)", "8000", "10000"),
                    new Deviation(Kind.EXTRA_FIELD, "so_dien_thoai", null, "Số điện thoại liên hệ"),
                    new Deviation(Kind.OUTDATED_VERSION, "version", "2025.2", "2025.1"),
                    new Deviation(Kind.LOWER_FEE, "le_phi (Lệ phí đăng ký)", "1500000", "0"),
                    new Deviation(Kind.SHORTER_TIME, "processingDays", "3", "2"),
                    new Deviation(Kind.FEWER_DOCUMENTS, "giay_chung_sinh", "Giấy chứng sinh", null),
                    new Deviation(Kind.FEWER_FIELDS, "que_quan", "Quê quán", null),
                    new Deviation(Kind.LOCAL_HELP_TEXT, "noi_cu_tru", "Ghi theo nơi thường trú", "Ghi đủ cấp xã, cấp tỉnh"))),
                    new LocalityDeviations("01", "Thành phố Hà Nội", "2025.2", List.of(
                            new Deviation(Kind.OTHER_AGENCY, "agencyCode", "UBND_XA", "UBND_PHUONG (Ủy ban nhân dân phường)")))));

    /** 03:05 UTC is 10:05 in Viet Nam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T03:05:00Z"), ZoneOffset.UTC);

    private static XSSFWorkbook written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeviationWorkbook(CLOCK).write(REPORT, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        for (int c = 0; c < 8; c++) {
            cells.add(sheet.getRow(index).getCell(c) == null ? "" : format.formatCellValue(sheet.getRow(index).getCell(c)));
        }
        return cells;
    }

    @Test
    void headersKindsAndSubjectsReadInVietnameseWithUnits() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet sheet = wb.getSheet("Sai khác");

            assertThat(row(sheet, 3)).containsExactly("Mã địa phương", "Địa phương", "Phiên bản trung ương áp dụng",
                    "Loại sai khác", "Tăng gánh nặng cho người dân", "Nội dung", "Theo chuẩn quốc gia", "Tại địa phương");
            assertThat(row(sheet, 4)).containsExactly("04", "Tỉnh Cao Bằng", "2025.1", "Thêm giấy tờ", "Có",
                    "Thành phần hồ sơ: Giấy xác nhận cư trú", "Không yêu cầu", "Yêu cầu");
            assertThat(row(sheet, 5).subList(3, 8)).containsExactly("Thời hạn dài hơn", "Có", "Thời hạn giải quyết",
                    "3 ngày làm việc", "5 ngày làm việc");
            assertThat(row(sheet, 6).subList(5, 8)).containsExactly("Lệ phí cấp bản sao trích lục",
                    "8.000 đ", "10.000 đ");
            assertThat(row(sheet, 9).subList(3, 8)).containsExactly("Phí thấp hơn", "", "Lệ phí đăng ký",
                    "1.500.000 đ", "0 đ");
            assertThat(row(sheet, 14).subList(3, 6)).containsExactly("Cơ quan thực hiện khác", "",
                    "Cơ quan thực hiện");
        }
    }

    @Test
    void itIsStampedInVietNamTime() throws IOException {
        try (XSSFWorkbook wb = written()) {
            assertThat(wb.getSheet("Sai khác").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Lập lúc: 01/07/2025 10:05 (giờ Việt Nam)");
        }
    }

    @Test
    void noCellHoldsAKindCodeAPropertyNameOrAFormula() throws IOException {
        List<String> codes = new ArrayList<>(Arrays.stream(Kind.values()).map(Enum::name).toList());
        codes.addAll(List.of("processingDays", "amountVnd", "agencyCode", "version", "le_phi_ban_sao"));
        try (XSSFWorkbook wb = written()) {
            wb.getSheet("Sai khác").forEach(r -> r.forEach(cell -> {
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                String text = new DataFormatter().formatCellValue(cell);
                assertThat(codes).noneMatch(text::contains);
            }));
        }
    }

    @Test
    void itPrintsLandscapeOnePageWideWithTheHeaderRowOnEveryPageAndPageNumbers() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet sheet = wb.getSheet("Sai khác");

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
            assertThat(sheet.getHeader().getCenter()).contains("1.001193", "Đăng ký khai sinh");
        }
    }

    @Test
    void everyKindHasAVietnameseName() {
        assertThat(DeviationWorkbook.KINDS).containsOnlyKeys(Kind.values());
    }
}
