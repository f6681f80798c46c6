package procedo.templates.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.Problems;
import procedo.catalog.text.Messages;
import procedo.templates.Samples;
import procedo.templates.load.ImportLimits;

/**
 * The package workbook's problems read as sentences an officer acts on, in Vietnamese by default and in the same
 * English words as before behind the switch; each keeps its cell, and a file that cannot be read is refused without
 * a library's message, a class name or a temporary file's name.
 */
class PackageWorkbookWordingTest {

    private static List<Problems.CellProblem> problems(byte[] file) {
        PackageWorkbookReader reader = new PackageWorkbookReader(ImportLimits.DEFAULT);
        reader.read(new ByteArrayInputStream(file));
        return reader.problems();
    }

    private static List<String> vietnamese(List<Problems.CellProblem> problems) {
        return problems.stream().map(p -> (p.cell().sheet() == null ? "" : p.cell().sheet() + "!"
                + (p.cell().column() == null ? "" : p.cell().column()) + (p.cell().row() == null ? "" : p.cell().row()))
                + " | " + Messages.render(p.text(), Messages.VIETNAMESE)).toList();
    }

    private static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void cellProblemsAreVietnameseSentencesAtTheirCellsAndTheEnglishIsUnchanged() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> {
            wb.getSheet("Phí, lệ phí").getRow(1).createCell(1).setCellValue("bằng fax");
            wb.getSheet("Thành phần hồ sơ").getRow(1).createCell(3).setCellFormula("1+1");
            wb.getSheet("Trường thông tin").getRow(1).createCell(4).setCellValue("texty");
        });

        List<Problems.CellProblem> problems = problems(file);

        assertThat(vietnamese(problems)).contains(
                "Phí, lệ phí!B2 | 'bằng fax' không hợp lệ; chọn một trong: “Trực tiếp”,"
                        + " “Trực tuyến”, “Bưu chính”",
                "Thành phần hồ sơ!D2 | ô chứa công thức (=1+1): chỉ nhập giá trị, bảng tính để"
                        + " nhập không được chứa công thức",
                "Trường thông tin!E2 | 'texty' không phải một kiểu trường; chọn một trong: "
                        + Choices.FIELD_TYPES.quoted());
        assertThat(problems).extracting(Problems.CellProblem::message).contains(
                "'bằng fax' is not one of “Trực tiếp”, “Trực tuyến”, “Bưu chính”",
                "the cell holds a formula (=1+1): a workbook to import must hold values only",
                "'texty' is not a field type (one of: " + Choices.FIELD_TYPES.quoted() + ")");
        assertThat(problems).extracting(p -> p.text().key()).doesNotContain("verbatim");
    }

    @Test
    void aMissingSheetAndAMissingColumnAreSaidInVietnamese() {
        byte[] file = edit(Samples.workbook(Samples.birth2()), wb -> {
            wb.removeSheetAt(wb.getSheetIndex("Biểu mẫu"));
            wb.getSheet("Thành phần hồ sơ").getRow(0).createCell(5).setCellValue("Ghi chú");
        });

        List<String> problems = vietnamese(problems(file));

        assertThat(problems).contains("Thành phần hồ sơ!1 | dòng tiêu đề thiếu cột 'Hình thức giấy tờ'");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Biểu mẫu! | thiếu trang 'Biểu mẫu'"));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInVietnameseWithoutTheLibrarysWords() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        List<Problems.CellProblem> problems = problems(bytes.toByteArray());

        assertThat(vietnamese(problems)).singleElement().asString()
                .startsWith(" | tệp không phải bảng tính Excel (.xlsx) đọc được")
                .doesNotContain("Exception", "procedo-workbook", "/tmp", "package");
        assertThat(problems).singleElement().extracting(Problems.CellProblem::message).asString()
                .startsWith("the file is not a readable Excel workbook (.xlsx)")
                .doesNotContain("Exception", "procedo-workbook", "/tmp");
    }
}
