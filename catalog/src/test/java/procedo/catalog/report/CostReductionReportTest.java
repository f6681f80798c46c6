package procedo.catalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFChart;
import procedo.catalog.cost.ActivityKind;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureStatus;
import procedo.catalog.usage.UsageSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import procedo.catalog.Samples;
import procedo.catalog.StoreTest;
import procedo.catalog.plan.PlanFixture;
import procedo.catalog.plan.PlanSamples;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.procedure.Procedure;
import procedo.catalog.report.excel.CostReductionWorkbook;

/**
 * The report re-opened with POI: every row recomputed by hand from the inputs it shows, the totals from the rows,
 * nothing a formula, a hostile name kept as text.
 * <p>
 * Catalog: 2.000001 (1 000 dossiers, approved full plan: 254 687 500 → 87 313 625, see PlanDerivationTest),
 * 2.000002 named "=HYPERLINK(...)" (200 dossiers, no plan: 254 687.5 × 200 = 50 937 500 before and after),
 * 2.000003 (3 dossiers, proposed plan "online": not counted by default).
 * Totals: before 254 687 500 + 50 937 500 + 764 063 (254 687.5 × 3 = 764 062.5 → 764 063) = 306 389 063;
 * after 87 313 625 + 50 937 500 + 764 063 = 139 015 188; saving 167 373 875 = 54.63 %, the 20 % target met.
 */
class CostReductionReportTest extends StoreTest {

    static final String HOSTILE = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";
    private PlanFixture f;

    @BeforeEach
    void setUp() {
        f = new PlanFixture(store);
        f.add(PlanSamples.residence("2.000001"), 1000);
        Procedure hostile = PlanSamples.residence("2.000002");
        f.add(new Procedure(hostile.code(), HOSTILE, "+Lĩnh vực", hostile.level(), hostile.agencyCode(), null,
                hostile.applicantType(), hostile.processingDays(), hostile.onlineLevel(), "", "", hostile.status(), null,
                null, null, null, null, hostile.dossierComponents(), hostile.fees(), hostile.asIsActivities(), List.of(), 0), 200);
        f.add(PlanSamples.residence("2.000003"), 3);
        f.approved("2.000001", PlanSamples.fullPlan());
        var proposed = f.plans.create("2.000003", new procedo.catalog.plan.PlanRequest("P", null, "A",
                List.of(new procedo.catalog.plan.Measure.Online()), List.of(), null), TESTER);
        f.plans.changeStatus(proposed.id(), "PROPOSED", named("A"), null);
    }

    static byte[] xlsx(CostReductionReports reports, ReportFilter filter) {
        try (CostReductionWorkbook workbook = new CostReductionWorkbook(ReportLanguage.VIETNAMESE)) {
            reports.write(filter, workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.writeTo(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyRowRecomputesByHandFromTheInputsItShows() throws IOException {
        byte[] bytes = xlsx(f.reports, ReportFilter.all());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(names(workbook)).containsExactly(CostReductionWorkbook.SUMMARY, CostReductionWorkbook.RESULTS,
                    CostReductionWorkbook.PROCEDURES,
                    CostReductionWorkbook.BY_AGENCY, CostReductionWorkbook.BY_FIELD, CostReductionWorkbook.BY_LOCALITY,
                    CostReductionWorkbook.SCM);
            Sheet rows = workbook.getSheet(CostReductionWorkbook.PROCEDURES);
            assertThat(rows.getLastRowNum()).isEqualTo(3);
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal after = BigDecimal.ZERO;
            for (int i = 1; i <= 3; i++) {
                Row row = rows.getRow(i);
                // tariff = monthly income ÷ days ÷ hours, rounded to whole đồng
                BigDecimal tariff = n(row, 6).divide(n(row, 7).multiply(n(row, 8)), 0, RoundingMode.HALF_UP);
                assertThat(n(row, 9)).isEqualByComparingTo(tariff);
                BigDecimal dossiers = n(row, 10);
                BigDecimal rowBefore = recompute(row, 15, tariff, dossiers);
                BigDecimal rowAfter = recompute(row, 20, tariff, dossiers);
                assertThat(n(row, 25)).isEqualByComparingTo(rowBefore.subtract(rowAfter));
                if (rowBefore.signum() > 0) {
                    assertThat(n(row, 26)).isEqualByComparingTo(rowBefore.subtract(rowAfter).multiply(BigDecimal.valueOf(100))
                            .divide(rowBefore, 2, RoundingMode.HALF_UP));
                }
                before = before.add(rowBefore);
                after = after.add(rowAfter);
            }
            assertThat(rows.getRow(1).getCell(19).getNumericCellValue()).isEqualTo(254_687_500d);
            assertThat(rows.getRow(1).getCell(24).getNumericCellValue()).isEqualTo(87_313_625d);
            assertThat(rows.getRow(1).getCell(13).getStringCellValue()).isEqualTo("Đã phê duyệt");
            assertThat(rows.getRow(3).getCell(12)).isNull();

            Cell hostile = rows.getRow(2).getCell(1);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getStringCellValue()).isEqualTo(HOSTILE);
            assertThat(rows.getRow(2).getCell(3).getStringCellValue()).isEqualTo("+Lĩnh vực");
            assertNoFormula(workbook);

            Sheet summary = workbook.getSheet(CostReductionWorkbook.SUMMARY);
            Row total = findRow(summary, "Tổng chi phí tuân thủ");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(before.doubleValue()).isEqualTo(306_389_063d);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(after.doubleValue()).isEqualTo(139_015_188d);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(167_373_875d);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(54.63);
            assertThat(findRow(summary, "Đạt mục tiêu").getCell(1).getStringCellValue()).isEqualTo("Đạt");
            assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(1);

            Sheet agencies = workbook.getSheet(CostReductionWorkbook.BY_AGENCY);
            assertThat(agencies.getRow(1).getCell(1).getStringCellValue()).isEqualTo(Samples.COMMUNE.name());
            assertThat(agencies.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(306_389_063d);
            Sheet localities = workbook.getSheet(CostReductionWorkbook.BY_LOCALITY);
            assertThat(localities.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Toàn quốc");
            assertThat(localities.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(167_373_875d);
        }
    }

    /**
     * The SCM sheet of the planned procedure: each to-be line = (hours × tariff + out-of-pocket) × share, summed with
     * the fees to the cost per dossier 87 313.625, times 1 000 dossiers = 87 313 625.
     */
    @Test
    void theScmSheetRecomputesLineByLine() throws IOException {
        byte[] bytes = xlsx(f.reports, new ReportFilter(null, null, null, null, PlanStatus.APPROVED));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet scm = workbook.getSheet(CostReductionWorkbook.SCM);
            BigDecimal sum = BigDecimal.ZERO;
            int lines = 0;
            for (Row row : scm) {
                if (text(row, 0).startsWith("Sau") && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    BigDecimal line = n(row, 4).multiply(n(row, 5)).add(n(row, 7)).multiply(n(row, 8));
                    assertThat(n(row, 6)).isEqualByComparingTo(n(row, 4).multiply(n(row, 5)));
                    assertThat(n(row, 9)).isEqualByComparingTo(line);
                    sum = sum.add(line);
                    lines++;
                } else if (text(row, 0).startsWith("Sau") && text(row, 3).equals("Phí, lệ phí")) {
                    sum = sum.add(n(row, 9));
                } else if (text(row, 0).startsWith("Sau") && text(row, 2).startsWith("Tổng/hồ sơ")) {
                    assertThat(n(row, 9)).isEqualByComparingTo(sum).isEqualByComparingTo("87313.625");
                } else if (text(row, 0).startsWith("Sau") && text(row, 2).startsWith("Chi phí/năm")) {
                    assertThat(n(row, 9)).isEqualByComparingTo("87313625");
                }
            }
            assertThat(lines).isEqualTo(4);
            assertThat(workbook.getSheet(CostReductionWorkbook.PROCEDURES).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void writesTheSameTablesAsCsvWithMachineFriendlyHeadersInEnglish(@TempDir Path dir) throws IOException {
        try (CsvReportWriter csv = new CsvReportWriter(dir, Set.copyOf(CsvReportWriter.TABLES), ReportLanguage.ENGLISH)) {
            f.reports.write(ReportFilter.all(), csv);
        }

        List<String> procedures = Files.readAllLines(dir.resolve("procedures.csv"), StandardCharsets.UTF_8);
        assertThat(procedures).hasSize(4);
        assertThat(procedures.get(1)).startsWith("2.000001,Đăng ký thường trú,UBND_XA,")
                .contains(",254687.5,254687500,").contains(",87313.625,87313625,167373875,65.72");
        assertThat(procedures.get(2)).startsWith("2.000002,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"bấm vào đây\"\")\",UBND_XA,'+Lĩnh vực,");
        assertThat(Files.readString(dir.resolve("summary.csv"))).contains("saving_vnd,167373875\r\n", "saving_percent,54.63\r\n");
        assertThat(Files.readAllLines(dir.resolve("scm.csv"))).anyMatch(l -> l.startsWith("2.000001,TO_BE,,cost per dossier,TOTAL,")
                && l.endsWith(",87313.625,"));
        assertThat(Files.readString(dir.resolve("by-field.csv"))).contains("'+Lĩnh vực");
    }

    /**
     * What a person reads holds names, never the internal codes: every cell of every sheet, and every CSV cell, is
     * scanned for the enum constants the rows carry (applicant types, levels, statuses, activity kinds, scenarios)
     * and for the agency and locality codes of the catalog. Procedure codes (2.000001) are what officers use and stay.
     */
    @Test
    void noDataCellHoldsAnInternalCode(@TempDir Path dir) throws IOException {
        List<String> codes = internalCodes();
        byte[] bytes = xlsx(f.reports, ReportFilter.all());
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        try (CsvReportWriter csv = new CsvReportWriter(dir, Set.copyOf(CsvReportWriter.TABLES), ReportLanguage.VIETNAMESE)) {
            f.reports.write(ReportFilter.all(), csv);
        }
        for (String table : CsvReportWriter.TABLES) {
            Files.readAllLines(dir.resolve(table + ".csv")).forEach(line -> cells.add(table + ".csv " + line));
        }

        assertThat(cells).anyMatch(c -> c.contains("Công dân")).anyMatch(c -> c.contains("Đã phê duyệt"))
                .anyMatch(c -> c.contains(Samples.COMMUNE.name())).anyMatch(c -> c.contains("Toàn quốc"))
                .anyMatch(c -> c.contains("Khai thác lại dữ liệu")).anyMatch(c -> c.contains("Đi lại"));
        for (String code : codes) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(code) + "(?![\\p{L}\\p{N}_])");
            assertThat(cells).as("cells holding " + code).noneMatch(c -> word.matcher(c).find());
        }
    }

    private List<String> internalCodes() {
        List<String> codes = new ArrayList<>(List.of("FEES", "TOTAL", "AS_IS", "TO_BE", "KEPT", "REMOVED", "REUSED"));
        for (Class<? extends Enum<?>> type : List.of(ApplicantType.class, Level.class, PlanStatus.class, ActivityKind.class,
                UsageSource.class, OnlineLevel.class, ProcedureStatus.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                codes.add(constant.name());
            }
        }
        store.localities().agencies().forEach(a -> codes.add(a.code()));
        // numeric locality codes (province numbers) would match figures and dates; the lettered ones (VN) are checked
        store.localities().localities().stream().filter(l -> !l.code().chars().allMatch(Character::isDigit))
                .forEach(l -> codes.add(l.code()));
        return codes;
    }

    @Test
    void theCsvIsVietnameseByDefaultWithAByteOrderMark(@TempDir Path dir) throws IOException {
        try (CsvReportWriter csv = new CsvReportWriter(dir, Set.copyOf(CsvReportWriter.TABLES), ReportLanguage.of())) {
            f.reports.write(ReportFilter.all(), csv);
        }

        byte[] bytes = Files.readAllBytes(dir.resolve("procedures.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> procedures = Files.readAllLines(dir.resolve("procedures.csv"), StandardCharsets.UTF_8);
        assertThat(procedures.get(0)).startsWith("\uFEFFMã TTHC,Tên thủ tục hành chính,Cơ quan thực hiện,Lĩnh vực,")
                .endsWith(",Chi phí cắt giảm (đồng/năm),Tỷ lệ cắt giảm (%)");
        assertThat(procedures.get(1)).startsWith("2.000001,Đăng ký thường trú," + Samples.COMMUNE.name() + ",")
                .contains(",Công dân,", ",Đã phê duyệt,", ",254687.5,254687500,", ",87313.625,87313625,167373875,65.72");
        assertThat(Files.readString(dir.resolve("summary.csv"))).startsWith("\uFEFFChỉ tiêu,Giá trị\r\n")
                .contains("Lập lúc (giờ Việt Nam),01/03/2025 15:00\r\n", "Chi phí cắt giảm (đồng/năm),167373875\r\n",
                        "Tỷ lệ cắt giảm (%),54.63\r\n", "So với mục tiêu,Đạt\r\n");
        assertThat(Files.readString(dir.resolve("by-agency.csv"))).startsWith("\uFEFFSTT,Cơ quan thực hiện,Số thủ tục,")
                .contains("1," + Samples.COMMUNE.name() + ",3,");
        assertThat(Files.readAllLines(dir.resolve("scm.csv"))).anyMatch(l -> l.startsWith("2.000001,Sau đơn giản hóa,,Tổng chi phí/hồ sơ,Tổng,")
                && l.endsWith(",87313.625,"));
    }

    /**
     * The workbook prints: every sheet A4 landscape, one page wide, its header row repeated, the title and the
     * filter in the page header and "Trang n/m" in the footer; written at 15:00 in Viet Nam (08:00 UTC).
     */
    @Test
    void everySheetIsSetUpForPrinting() throws IOException {
        byte[] bytes = xlsx(f.reports, new ReportFilter(null, "Hộ tịch", null, null, null));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
                assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                assertThat(sheet.getHeader().getCenter()).as(name)
                        .contains("BÁO CÁO KẾT QUẢ CẮT GIẢM CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH", "lĩnh vực: Hộ tịch");
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Trang &P/&N");
                assertThat(sheet.getFooter().getLeft()).as(name).isEqualTo("Lập lúc 01/03/2025 15:00");
            }
            assertThat(workbook.getSheet(CostReductionWorkbook.RESULTS).getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(findRow(workbook.getSheet(CostReductionWorkbook.SUMMARY), "Lập lúc (giờ Việt Nam)").getCell(1)
                    .getStringCellValue()).isEqualTo("01/03/2025 15:00");
        }
    }

    /**
     * The table of the reform reports: STT, code, name, agency, cost before and after, cost cut, rate cut and the
     * comparison with the 20 % target, each row recomputable from its own cells; a total row at the end.
     */
    @Test
    void theResultsSheetComparesEachProcedureWithTheTarget() throws IOException {
        byte[] bytes = xlsx(f.reports, ReportFilter.all());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet results = workbook.getSheet(CostReductionWorkbook.RESULTS);
            assertThat(text(results.getRow(2), 0)).isEqualTo("STT");
            assertThat(text(results.getRow(2), 8)).isEqualTo("So với mục tiêu 20 %");
            Row planned = results.getRow(3);
            assertThat(n(planned, 0)).isEqualByComparingTo("1");
            assertThat(text(planned, 1)).isEqualTo("2.000001");
            assertThat(text(planned, 3)).isEqualTo(Samples.COMMUNE.name());
            assertThat(n(planned, 4)).isEqualByComparingTo("254687500");
            assertThat(n(planned, 5)).isEqualByComparingTo("87313625");
            assertThat(n(planned, 6)).isEqualByComparingTo(n(planned, 4).subtract(n(planned, 5)));
            assertThat(n(planned, 7)).isEqualByComparingTo(n(planned, 6).multiply(BigDecimal.valueOf(100))
                    .divide(n(planned, 4), 2, RoundingMode.HALF_UP));
            assertThat(text(planned, 8)).isEqualTo("Đạt");
            assertThat(text(planned, 9)).contains("Nộp hồ sơ và trả kết quả trực tuyến");
            assertThat(planned.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00\" %\"");
            assertThat(text(results.getRow(4), 8)).isEqualTo("Chưa có phương án");
            Row total = results.getRow(6);
            assertThat(text(total, 2)).isEqualTo("Tổng cộng");
            assertThat(n(total, 4)).isEqualByComparingTo("306389063");
            assertThat(n(total, 6)).isEqualByComparingTo("167373875");
            assertThat(text(total, 8)).isEqualTo("Đạt");
        }
    }

    /** The chart's value axis starts at zero, so that the bars' heights compare the costs themselves. */
    @Test
    void theChartsValueAxisStartsAtZero() throws IOException {
        byte[] bytes = xlsx(f.reports, ReportFilter.all());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFChart chart = ((XSSFSheet) workbook.getSheet(CostReductionWorkbook.SUMMARY)).getDrawingPatriarch().getCharts().get(0);
            var axis = chart.getCTChart().getPlotArea().getValAxArray(0);
            assertThat(axis.getScaling().isSetMin()).isTrue();
            assertThat(axis.getScaling().getMin().getVal()).isZero();
            assertThat(chart.getTitleText().getString()).isEqualTo("Chi phí tuân thủ (đồng/năm): trước và sau cắt giảm");
        }
    }

    @Test
    void anEnglishWorkbookSpeaksEnglish() throws IOException {
        byte[] bytes;
        try (CostReductionWorkbook workbook = new CostReductionWorkbook(ReportLanguage.of("en", "vi"))) {
            f.reports.write(ReportFilter.all(), workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.writeTo(out);
            bytes = out.toByteArray();
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(names(workbook)).containsExactly("Summary", "Reduction by procedure", "Procedures", "By agency",
                    "By field", "By locality", "SCM");
            Row row = workbook.getSheet("Procedures").getRow(1);
            assertThat(text(workbook.getSheet("Procedures").getRow(0), 0)).isEqualTo("Procedure code");
            assertThat(text(row, 5)).isEqualTo("Citizen");
            assertThat(text(row, 13)).isEqualTo("Approved");
            assertThat(text(workbook.getSheet("By locality").getRow(1), 1)).isEqualTo("Nationwide");
            assertThat(findRow(workbook.getSheet("Summary"), "Target met").getCell(1).getStringCellValue()).isEqualTo("Met");
            assertThat(workbook.getSheet("Summary").getFooter().getCenter()).isEqualTo("Page &P/&N");
        }
    }

    /** Draft or proposed plans show what pending plans would save when asked for by status. */
    @Test
    void aPlanStatusFilterCountsThePlansInThatStatusOnly() throws IOException {
        List<CostReductionRow> rows = new ArrayList<>();
        ReportSummary summary = f.reports.write(new ReportFilter(null, null, null, null, PlanStatus.PROPOSED), new ReportSink() {
            public void row(CostReductionRow row, ScmSheet scm) {
                rows.add(row);
            }

            public void finish(ReportSummary s, List<RollUp> a, List<RollUp> b, List<RollUp> c) {
            }
        });

        assertThat(rows).extracting(CostReductionRow::code).containsExactly("2.000003");
        // online: 254 687.5 − 44 250 − 13 125 − 20 000 (fees at the online rate) = 177 312.5 × 3 = 531 937.5 → 531 938
        assertThat(rows.get(0).after().annualVnd()).isEqualByComparingTo("531938");
        assertThat(summary.withPlan()).isEqualTo(1);
    }

    private static BigDecimal recompute(Row row, int first, BigDecimal tariff, BigDecimal dossiers) {
        BigDecimal perDossier = tariff.multiply(n(row, first)).add(n(row, first + 1)).add(n(row, first + 2));
        assertThat(n(row, first + 3)).isEqualByComparingTo(perDossier);
        BigDecimal annual = perDossier.multiply(dossiers).setScale(0, RoundingMode.HALF_UP);
        assertThat(n(row, first + 4)).isEqualByComparingTo(annual);
        return annual;
    }

    static BigDecimal n(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue());
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static Row findRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 0))) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static void assertNoFormula(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }
}
