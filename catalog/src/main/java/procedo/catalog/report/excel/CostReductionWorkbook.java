package procedo.catalog.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.CostLine;
import procedo.catalog.cost.CostResult;
import procedo.catalog.excel.SheetWriter;
import procedo.catalog.plan.ToBeActivity;
import procedo.catalog.report.CostReductionRow;
import procedo.catalog.report.ReportLanguage;
import procedo.catalog.report.ReportSink;
import procedo.catalog.report.ReportSummary;
import procedo.catalog.report.ReportWording;
import procedo.catalog.report.RollUp;
import procedo.catalog.report.ScenarioFigures;
import procedo.catalog.report.ScmSheet;

/**
 * The cost-reduction report as a workbook, streamed with SXSSF (a few hundred rows in memory whatever the size),
 * in Vietnamese or English:
 * "Tổng hợp" (summary with a before/after bar chart whose value axis starts at zero), "Biểu cắt giảm" (the table of
 * the Government's reform reports: STT, procedure, compliance cost before and after, cost cut, rate cut, against
 * the 20 % target), "Thủ tục" (one row per procedure with every input that recomputes its figures), roll-ups by
 * agency, field and locality, and "SCM" (each procedure's Standard Cost Model calculation, stacked; continued in
 * "SCM 2", "SCM 3" ... past a million rows). Data cells hold names, never codes other than procedure codes. Every
 * sheet prints A4 landscape, one page wide, header rows repeated, title and filter in the page header and page
 * numbers in the footer. Every value is a plain cell: no formula anywhere.
 */
public final class CostReductionWorkbook implements ReportSink, AutoCloseable {

    /** Rows after which the SCM calculations continue on a new sheet (Excel's limit is 1,048,576). */
    static final int SCM_ROWS_PER_SHEET = 1_000_000;

    public static final String SUMMARY = "Tổng hợp";
    public static final String RESULTS = "Biểu cắt giảm";
    public static final String PROCEDURES = "Thủ tục";
    public static final String BY_AGENCY = "Theo cơ quan";
    public static final String BY_FIELD = "Theo lĩnh vực";
    public static final String BY_LOCALITY = "Theo địa phương";
    public static final String SCM = "SCM";

    /** The colour of the chart's bars (RGB), so that a rendering can be checked for them. */
    public static final byte[] BAR_COLOUR = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

    /** The columns of the procedures sheet, in order, in Vietnamese. */
    public static final List<String> PROCEDURE_COLUMNS = List.of(
            "Mã TTHC", "Tên thủ tục hành chính", "Cơ quan thực hiện", "Lĩnh vực", "Địa phương", "Đối tượng thực hiện",
            "Thu nhập bình quân tháng (đồng)", "Số ngày làm việc/tháng", "Số giờ làm việc/ngày",
            "Chi phí 1 giờ (đồng/giờ)", "Số hồ sơ/năm", "Nguồn số hồ sơ", "Số phương án", "Trạng thái phương án",
            "Biện pháp đơn giản hóa", "Trước: Σ số giờ × tỷ lệ", "Trước: Σ chi phí bằng tiền × tỷ lệ (đồng)",
            "Trước: phí, lệ phí (đồng)", "Trước: chi phí/hồ sơ (đồng)", "Trước: chi phí tuân thủ/năm (đồng)",
            "Sau: Σ số giờ × tỷ lệ", "Sau: Σ chi phí bằng tiền × tỷ lệ (đồng)", "Sau: phí, lệ phí (đồng)",
            "Sau: chi phí/hồ sơ (đồng)", "Sau: chi phí tuân thủ/năm (đồng)", "Chi phí cắt giảm/năm (đồng)",
            "Tỷ lệ cắt giảm (%)");

    private static final List<String> PROCEDURE_COLUMNS_EN = List.of(
            "Procedure code", "Procedure name", "Implementing agency", "Field", "Locality", "Applicant",
            "Monthly income (VND)", "Working days/month", "Hours/day", "Tariff (VND/hour)", "Dossiers/year",
            "Volume source", "Plan id", "Plan status", "Measures", "Before: Σ hours × share",
            "Before: Σ out-of-pocket × share (VND)", "Before: fees (VND)", "Before: cost per dossier (VND)",
            "Before: annual cost (VND)", "After: Σ hours × share", "After: Σ out-of-pocket × share (VND)",
            "After: fees (VND)", "After: cost per dossier (VND)", "After: annual cost (VND)", "Saving per year (VND)",
            "Saving (%)");

    /** Rows of the results sheet before its table: title, unit, header. */
    private static final int RESULTS_HEADER_ROW = 2;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final ReportWording words;
    private final SheetWriter.Styles styles;
    private final SheetWriter summary;
    private final SheetWriter results;
    private final SheetWriter procedures;
    private final SheetWriter byAgency;
    private final SheetWriter byField;
    private final SheetWriter byLocality;
    private SheetWriter scm;
    private int scmSheets = 1;
    private int resultNo;

    /** A workbook whose sheet names, headers and words are in {@code language}. */
    public CostReductionWorkbook(ReportLanguage language) {
        words = new ReportWording(language);
        workbook.setCompressTempFiles(true);
        styles = new SheetWriter.Styles(workbook);
        summary = new SheetWriter(workbook.createSheet(words.text(SUMMARY, "Summary")), styles);
        results = new SheetWriter(workbook.createSheet(words.text(RESULTS, "Reduction by procedure")), styles);
        procedures = new SheetWriter(workbook.createSheet(words.text(PROCEDURES, "Procedures")), styles);
        byAgency = new SheetWriter(workbook.createSheet(words.text(BY_AGENCY, "By agency")), styles);
        byField = new SheetWriter(workbook.createSheet(words.text(BY_FIELD, "By field")), styles);
        byLocality = new SheetWriter(workbook.createSheet(words.text(BY_LOCALITY, "By locality")), styles);
        scm = newScmSheet(SCM);
        results.widths(6, 12, 48, 28, 20, 20, 20, 12, 14, 48);
        results.row().bold(title());
        results.row().text(words.text("Đơn vị tính: đồng/năm. Chi phí cắt giảm = trước − sau; tỷ lệ cắt giảm = chi phí"
                + " cắt giảm × 100 ÷ trước; mục tiêu: cắt giảm tối thiểu " + ReportSummary.TARGET_PERCENT + " %.",
                "Unit: VND per year. Cost cut = before − after; rate cut = cost cut × 100 ÷ before; target: cut at least "
                + ReportSummary.TARGET_PERCENT + " %."));
        results.header(words.text("STT", "No."), words.text("Mã TTHC", "Code"),
                words.text("Tên thủ tục hành chính", "Procedure"), words.text("Cơ quan thực hiện", "Implementing agency"),
                words.text("Chi phí tuân thủ trước cắt giảm (đồng/năm)", "Compliance cost before (VND/year)"),
                words.text("Chi phí tuân thủ sau cắt giảm (đồng/năm)", "Compliance cost after (VND/year)"),
                words.text("Chi phí cắt giảm (đồng/năm)", "Cost cut (VND/year)"),
                words.text("Tỷ lệ cắt giảm (%)", "Rate cut (%)"),
                words.text("So với mục tiêu " + ReportSummary.TARGET_PERCENT + " %",
                        "Against the " + ReportSummary.TARGET_PERCENT + " % target"),
                words.text("Phương án đơn giản hóa", "Simplification plan"));
        ((SXSSFSheet) results.sheet()).createFreezePane(3, RESULTS_HEADER_ROW + 1);
        procedures.widths(14, 50, 28, 24, 20, 14, 14, 12, 10, 12, 14, 28, 10, 14, 50,
                14, 16, 14, 16, 18, 14, 16, 14, 16, 18, 18, 12);
        procedures.header(words.language() == ReportLanguage.VIETNAMESE ? PROCEDURE_COLUMNS.toArray(String[]::new)
                : PROCEDURE_COLUMNS_EN.toArray(String[]::new));
        ((SXSSFSheet) procedures.sheet()).createFreezePane(2, 1);
    }

    private String title() {
        return words.text("BÁO CÁO KẾT QUẢ CẮT GIẢM CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH",
                "COMPLIANCE COST REDUCTION OF ADMINISTRATIVE PROCEDURES");
    }

    private SheetWriter newScmSheet(String name) {
        SheetWriter writer = new SheetWriter(workbook.createSheet(name), styles);
        writer.widths(16, 6, 50, 18, 10, 12, 16, 16, 10, 18, 50);
        writer.row().bold(words.text("Bảng tính chi phí tuân thủ theo phương pháp SCM (Standard Cost Model)",
                "Compliance cost by the Standard Cost Model (SCM)"));
        writer.row().text(words.text("Chi phí thời gian = số giờ × chi phí 1 giờ; chi phí/hồ sơ = (chi phí thời gian"
                + " + chi phí bằng tiền) × tỷ lệ; tổng/hồ sơ = Σ dòng + phí, lệ phí; chi phí/năm = tổng/hồ sơ × số hồ"
                + " sơ/năm, làm tròn đến đồng.", "Time cost = hours × tariff; per dossier = (time cost + out-of-pocket)"
                + " × share; total per dossier = Σ lines + fees; annual = total per dossier × dossiers per year, rounded"
                + " to whole đồng."));
        writer.skip(1);
        return writer;
    }

    @Override
    public void row(CostReductionRow r, ScmSheet sheet) {
        results.row().number(++resultNo).text(r.code()).text(r.name()).text(r.agencyName())
                .number(r.before().annualVnd()).number(r.after().annualVnd()).number(r.saving().savingVnd())
                .percent(r.saving().savingPercent()).text(r.planId() == null
                        ? words.text("Chưa có phương án", "No plan counted")
                        : words.target(r.saving().savingPercent(), ReportSummary.TARGET_PERCENT))
                .text(words.measures(r.measures()));
        procedures.row().text(r.code()).text(r.name()).text(r.agencyName()).text(r.field())
                .text(words.locality(r.localityCode(), r.localityName()))
                .text(words.applicant(r.applicantType())).number(r.tariff().monthlyIncomeVnd())
                .number(r.tariff().workingDaysPerMonth()).number(r.tariff().hoursPerDay()).number(r.tariffVndPerHour())
                .number(r.dossiersPerYear()).text(words.volumeSource(r.volumeSource()));
        if (r.planId() == null) {
            procedures.empty().empty();
        } else {
            procedures.number(r.planId()).text(words.planStatus(r.planStatus()));
        }
        procedures.text(words.measures(r.measures()));
        figures(procedures, r.before());
        figures(procedures, r.after());
        procedures.number(r.saving().savingVnd()).percent(r.saving().savingPercent());
        writeScm(r, sheet);
    }

    private static void figures(SheetWriter w, ScenarioFigures f) {
        w.number(f.hoursShare()).number(f.outOfPocketShareVnd()).number(f.feesVnd()).number(f.costPerDossierVnd())
                .number(f.annualVnd());
    }

    private void writeScm(CostReductionRow r, ScmSheet sheet) {
        int lines = sheet.comparison().asIs().lines().size() + sheet.comparison().toBe().lines().size() + 14;
        if (scm.rowIndex() + lines > SCM_ROWS_PER_SHEET) {
            scm = newScmSheet(SCM + " " + (++scmSheets));
        }
        scm.row().bold(r.code()).empty().bold(r.name());
        scm.row().text(words.text("Chi phí 1 giờ", "Tariff")).empty()
                .text(words.text("thu nhập tháng ÷ ngày làm việc ÷ giờ/ngày", "monthly income ÷ working days ÷ hours/day"))
                .number(r.tariff().monthlyIncomeVnd()).number(r.tariff().workingDaysPerMonth())
                .number(r.tariff().hoursPerDay()).number(r.tariffVndPerHour()).text(words.text("đồng/giờ", "VND/hour"))
                .empty().empty().text(r.tariff().source());
        scm.row().text(words.text("Số hồ sơ/năm", "Dossiers/year")).empty().text(words.volumeSource(r.volumeSource()))
                .number(r.dossiersPerYear());
        scm.header(words.text("Kịch bản", "Scenario"), words.text("STT", "No."), words.text("Hoạt động", "Activity"),
                words.text("Loại hoạt động", "Kind"), words.text("Số giờ", "Hours"),
                words.text("Chi phí 1 giờ (đồng/giờ)", "Tariff (VND/hour)"),
                words.text("Chi phí thời gian (đồng)", "Time cost (VND)"),
                words.text("Chi phí bằng tiền (đồng)", "Out-of-pocket (VND)"), words.text("Tỷ lệ", "Share"),
                words.text("Chi phí/hồ sơ (đồng)", "Per dossier (VND)"),
                words.text("Biện pháp thay đổi", "Changed by"));
        String asIs = words.text("Hiện tại", "As-is");
        String toBe = words.text("Sau đơn giản hóa", "To-be");
        scenario(asIs, r, sheet.comparison().asIs(), sheet.asIs(), null, r.before());
        if (sheet.toBe() == null) {
            scm.row().text(toBe).empty().text(words.text("Như hiện tại: không có phương án được tính",
                    "Same as as-is: no plan counted"));
            scm.row().text(toBe).empty().bold(words.text("Chi phí/năm", "Annual cost")).skipTo(9)
                    .number(r.after().annualVnd());
        } else {
            scenario(toBe, r, sheet.comparison().toBe(), sheet.toBe().plainActivities(), sheet.toBe().activities(),
                    r.after());
        }
        scm.row().bold(words.text("Chi phí cắt giảm/năm", "Saving per year")).skipTo(9).number(r.saving().savingVnd())
                .percent(r.saving().savingPercent());
        scm.skip(1);
    }

    private void scenario(String label, CostReductionRow r, CostResult result, List<Activity> activities,
                          List<ToBeActivity> changes, ScenarioFigures figures) {
        int no = 0;
        for (CostLine line : result.lines()) {
            scm.row().text(label);
            if (CostLine.FEES_KIND.equals(line.kind())) {
                scm.empty().text(words.kind(line.kind())).text(words.kind(line.kind())).empty().empty().empty()
                        .number(line.outOfPocketVnd()).number(BigDecimal.ONE).number(line.totalVnd());
            } else {
                BigDecimal timeCost = line.hours().multiply(r.tariffVndPerHour());
                BigDecimal outOfPocket = activities.get(no).outOfPocketVnd();
                scm.number(++no).text(line.name()).text(words.kind(line.kind())).number(line.hours())
                        .number(r.tariffVndPerHour()).number(timeCost).number(outOfPocket).number(line.share())
                        .number(line.totalVnd());
                if (changes != null && no - 1 < changes.size()) {
                    scm.text(words.changedBy(changes.get(no - 1).changedBy(), r.measures()));
                }
            }
        }
        scm.row().text(label).empty().bold(words.text("Tổng/hồ sơ", "Total per dossier")).skipTo(9)
                .number(figures.costPerDossierVnd());
        scm.row().text(label).empty().bold(words.text("Chi phí/năm = tổng/hồ sơ × số hồ sơ/năm",
                "Annual cost = total per dossier × dossiers per year")).skipTo(9).number(figures.annualVnd());
    }

    @Override
    public void finish(ReportSummary s, List<RollUp> agencies, List<RollUp> fields, List<RollUp> localities) {
        String filter = words.filter(s.filter(), s.filterNames());
        String generated = ReportWording.dateTime(s.generatedAt());
        summary.widths(48, 24, 24, 24, 16, 16);
        summary.row().bold(title());
        summary.row().text(words.text("Phạm vi", "Filter")).text(filter);
        summary.row().text(words.text("Lập lúc (giờ Việt Nam)", "Generated (Viet Nam time)")).text(generated);
        summary.row().text(words.text("Số thủ tục", "Procedures")).number(s.procedures());
        summary.row().text(words.text("Số thủ tục có phương án được tính", "With a plan counted")).number(s.withPlan());
        summary.skip(1);
        summary.header("", words.text("Trước cắt giảm (đồng/năm)", "Before (VND/year)"),
                words.text("Sau cắt giảm (đồng/năm)", "After (VND/year)"),
                words.text("Chi phí cắt giảm (đồng/năm)", "Cost cut (VND/year)"),
                words.text("Tỷ lệ cắt giảm (%)", "Rate cut (%)"),
                words.text("So với mục tiêu " + s.targetPercent() + " %", "Against the " + s.targetPercent() + " % target"));
        int totalRow = summary.rowIndex();
        summary.row().bold(words.text("Tổng chi phí tuân thủ", "Total compliance cost")).number(s.saving().beforeVnd())
                .number(s.saving().afterVnd()).number(s.saving().savingVnd()).percent(s.saving().savingPercent())
                .text(words.target(s.saving().savingPercent(), s.targetPercent()));
        summary.skip(1);
        summary.row().text(words.text("Mục tiêu: cắt giảm tối thiểu (%)", "Target: cut at least (%)"))
                .percent(s.targetPercent());
        summary.row().text(words.text("Đạt mục tiêu", "Target met")).text(words.target(s.saving().savingPercent(),
                s.targetPercent()));
        summary.skip(1);
        summary.row().text(words.text("Cách tính:", "How the figures are computed:"));
        summary.row().text(words.text(
                "chi phí/hồ sơ = chi phí 1 giờ × Σ(giờ × tỷ lệ) + Σ(chi phí bằng tiền × tỷ lệ) + phí, lệ phí (chính xác)",
                "cost per dossier = tariff × Σ(hours × share) + Σ(out-of-pocket × share) + fees (exact)"));
        summary.row().text(words.text("chi phí/năm = chi phí/hồ sơ × số hồ sơ/năm, làm tròn nửa lên đến đồng",
                "annual cost = cost per dossier × dossiers per year, rounded half-up to whole đồng"));
        summary.row().text(words.text("chi phí cắt giảm = trước − sau; tổng = tổng các dòng đã làm tròn; tỷ lệ = chi phí"
                + " cắt giảm × 100 ÷ trước (2 chữ số thập phân)", "cost cut = before − after; totals = sums of the"
                + " rounded rows; rate = cost cut × 100 ÷ before (2 decimals)"));
        summary.row().text(words.text("chi phí 1 giờ = thu nhập tháng ÷ ngày làm việc/tháng ÷ giờ/ngày, làm tròn đến đồng",
                "tariff = monthly income ÷ working days per month ÷ hours per day, rounded to whole đồng"));
        chart(totalRow, s.saving().beforeVnd(), s.saving().afterVnd());
        results.row().empty().empty().bold(words.text("Tổng cộng", "Total")).empty().number(s.saving().beforeVnd())
                .number(s.saving().afterVnd()).number(s.saving().savingVnd()).percent(s.saving().savingPercent())
                .text(words.target(s.saving().savingPercent(), s.targetPercent()));
        rollUps(byAgency, words.text("Cơ quan thực hiện", "Implementing agency"), agencies);
        rollUps(byField, words.text("Lĩnh vực", "Field"), fields);
        rollUps(byLocality, words.text("Địa phương", "Locality"), localities.stream().map(r -> new RollUp(r.key(),
                words.locality(r.key(), r.name()), r.procedures(), r.withPlan(), r.saving())).toList());
        PrintLayout.Page page = new PrintLayout.Page(title(), filter,
                words.text("Lập lúc ", "Generated ") + generated, words.text("Trang", "Page"));
        PrintLayout.apply(summary.sheet(), 0, 0, page);
        PrintLayout.apply(results.sheet(), RESULTS_HEADER_ROW, RESULTS_HEADER_ROW, page);
        for (SheetWriter w : List.of(procedures, byAgency, byField, byLocality)) {
            PrintLayout.apply(w.sheet(), 0, 0, page);
        }
        for (int i = 0; i < scmSheets; i++) {
            PrintLayout.apply(workbook.getSheet(i == 0 ? SCM : SCM + " " + (i + 1)), 0, 0, page);
        }
    }

    /**
     * The before/after bar chart. Its value axis starts at zero (a cut drawn from a raised baseline looks larger than
     * it is); its bars take their values from the total row's cells, which LibreOffice reads as well as Excel.
     */
    private void chart(int totalRow, BigDecimal before, BigDecimal after) {
        SXSSFSheet sheet = (SXSSFSheet) summary.sheet();
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, summary.rowIndex() + 1, 4, summary.rowIndex() + 21);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(words.text("Chi phí tuân thủ (đồng/năm): trước và sau cắt giảm",
                "Compliance cost (VND/year): before and after"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setMinimum(0);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        categories.setCrosses(AxisCrosses.AUTO_ZERO);
        String name = "'" + summary.sheet().getSheetName() + "'";
        var labels = XDDFDataSourcesFactory.fromArray(new String[] {
            words.text("Trước cắt giảm", "Before"), words.text("Sau cắt giảm", "After")},
                name + "!" + new CellRangeAddress(totalRow - 1, totalRow - 1, 1, 2).formatAsString());
        Double[] numbers = {before.doubleValue(), after.doubleValue()};
        var data = XDDFDataSourcesFactory.fromArray(numbers,
                name + "!" + new CellRangeAddress(totalRow, totalRow, 1, 2).formatAsString());
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bar.setBarDirection(BarDirection.COL);
        bar.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bar.addSeries(labels, data);
        series.setTitle(words.text("Chi phí tuân thủ (đồng/năm)", "Compliance cost (VND/year)"), null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        chart.plot(bar);
    }

    private void rollUps(SheetWriter w, String what, List<RollUp> rows) {
        w.widths(6, 44, 12, 14, 22, 22, 22, 14);
        w.header(words.text("STT", "No."), what, words.text("Số thủ tục", "Procedures"),
                words.text("Số thủ tục có phương án", "With a plan"),
                words.text("Chi phí tuân thủ trước cắt giảm (đồng/năm)", "Before (VND/year)"),
                words.text("Chi phí tuân thủ sau cắt giảm (đồng/năm)", "After (VND/year)"),
                words.text("Chi phí cắt giảm (đồng/năm)", "Cost cut (VND/year)"),
                words.text("Tỷ lệ cắt giảm (%)", "Rate cut (%)"));
        int no = 0;
        for (RollUp r : rows) {
            w.row().number(++no).text(r.name()).number(r.procedures()).number(r.withPlan())
                    .number(r.saving().beforeVnd()).number(r.saving().afterVnd()).number(r.saving().savingVnd())
                    .percent(r.saving().savingPercent());
        }
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
