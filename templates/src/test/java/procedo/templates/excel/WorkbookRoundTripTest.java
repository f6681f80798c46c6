package procedo.templates.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import procedo.templates.Samples;
import procedo.templates.load.ImportLimits;
import procedo.templates.load.ParsedPackage;
import procedo.templates.model.FieldOption;
import procedo.templates.model.FieldType;
import procedo.templates.model.FormField;
import procedo.templates.model.FormSection;
import procedo.templates.model.TemplatePackage;

class WorkbookRoundTripTest {

    private static ParsedPackage read(byte[] bytes) {
        return new PackageWorkbookReader(ImportLimits.DEFAULT).read(new ByteArrayInputStream(bytes));
    }

    @Test
    void theBirthDeclarationSurvivesExportAndImport() {
        TemplatePackage birth = Samples.birth2();

        ParsedPackage back = read(Samples.workbook(birth));

        assertThat(back.errors()).isEmpty();
        assertThat(back.pkg()).isEqualTo(birth);
        assertThat(back.pkg().form("TK-KS").orElseThrow().sections()).extracting(FormSection::title)
                .contains("Thông tin người cha", "Thông tin người mẹ");
    }

    @Test
    void theBusinessFormKeepsItsTableOfBusinessLines() {
        TemplatePackage business = Samples.business();

        TemplatePackage back = read(Samples.workbook(business)).pkg();

        assertThat(back).isEqualTo(business);
        FormField lines = back.allFields().filter(f -> f.id().equals("nganh_nghe")).findFirst().orElseThrow();
        assertThat(lines.type()).isEqualTo(FieldType.GROUP);
        assertThat(lines.columns()).extracting(FormField::id).containsExactly("nganh_ten", "nganh_ma", "nganh_chinh");
    }

    @Test
    void textsThatLookLikeFormulasAreWrittenAsTextAndReadBackUnchanged() throws IOException {
        TemplatePackage birth = Samples.birth2();
        String[] hostile = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)"};
        var form = birth.forms().get(0);
        var section = form.sections().get(0);
        var fields = new java.util.ArrayList<>(section.fields());
        for (int i = 0; i < hostile.length; i++) {
            fields.add(new FormField("hostile_" + i, FieldType.SELECT, hostile[i], null, false, hostile[i], null, null,
                    null, null, null, List.of(new FieldOption("a", hostile[i])), null, List.of()));
        }
        var sections = new java.util.ArrayList<>(form.sections());
        sections.set(0, new FormSection(section.title(), fields));
        TemplatePackage p = birth.with(birth.agencyCode(), birth.processingDays(), birth.fees(),
                List.of(form.withSections(sections)));

        byte[] bytes = Samples.workbook(p);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("Trường thông tin");
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
        assertThat(read(bytes).pkg()).isEqualTo(p);
    }

    @Test
    void theBlankWorkbookHasEverySheetWithItsHeaderAndTheGuide() throws IOException {
        byte[] blank = Samples.workbook(null);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Hướng dẫn");
            assertThat(wb.getSheet("Trường thông tin").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Mã trường");
            assertThat(wb.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue()).contains("hướng dẫn");
        }
        ParsedPackage parsed = read(blank);
        assertThat(parsed.errors()).extracting(e -> e.sheet() + "!" + e.column() + e.row())
                .contains("Thủ tục!B3", "Thủ tục!B4");
    }
}
