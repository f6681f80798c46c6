package procedo.catalog.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
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
import procedo.catalog.report.ReportSink;
import procedo.catalog.report.ReportSummary;
import procedo.catalog.report.RollUp;
import procedo.catalog.report.ScenarioFigures;
import procedo.catalog.report.ScmSheet;

/**
 * The cost-reduction report as a workbook, streamed with SXSSF (a few hundred rows in memory whatever the size):
 * "Tổng hợp" (summary with a before/after bar chart), "Thủ tục" (one row per procedure with its inputs),
 * roll-ups by agency, field and locality, and "SCM" (each procedure's Standard Cost Model calculation, stacked;
 * continued in "SCM 2", "SCM 3" ... past a million rows). Every value is a plain cell: no formula anywhere.
 */
public final class CostReductionWorkbook implements ReportSink, AutoCloseable {

    /** Rows after which the SCM calculations continue on a new sheet (Excel's limit is 1,048,576). */
    static final int SCM_ROWS_PER_SHEET = 1_000_000;

    public static final String SUMMARY = "Tổng hợp";
    public static final String PROCEDURES = "Thủ tục";
    public static final String BY_AGENCY = "Theo cơ quan";
    public static final String BY_FIELD = "Theo lĩnh vực";
    public static final String BY_LOCALITY = "Theo địa phương";
    public static final String SCM = "SCM";

    /** The columns of the procedures sheet, in order. */
    public static final List<String> PROCEDURE_COLUMNS = List.of(
            "Mã TTHC (code)", "Tên thủ tục (name)", "Cơ quan (agency)", "Lĩnh vực (field)", "Địa phương (locality)",
            "Đối tượng (applicant)", "Thu nhập tháng (monthly income, VND)", "Ngày làm việc/tháng (days/month)",
            "Giờ/ngày (hours/day)", "Chi phí 1 giờ (tariff, VND/h)", "Số hồ sơ/năm (dossiers/year)",
            "Nguồn số hồ sơ (volume source)", "Phương án (plan id)", "Trạng thái (plan status)", "Biện pháp (measures)",
            "Trước: Σ giờ × tỷ lệ (before: hours × share)", "Trước: Σ chi phí tiền × tỷ lệ (before: out-of-pocket × share)",
            "Trước: phí, lệ phí (before: fees)", "Trước: chi phí/hồ sơ (before: per dossier)",
            "Trước: chi phí/năm (before: annual)",
            "Sau: Σ giờ × tỷ lệ (after: hours × share)", "Sau: Σ chi phí tiền × tỷ lệ (after: out-of-pocket × share)",
            "Sau: phí, lệ phí (after: fees)", "Sau: chi phí/hồ sơ (after: per dossier)", "Sau: chi phí/năm (after: annual)",
            "Tiết kiệm/năm (saving)", "Tiết kiệm % (saving %)");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SheetWriter.Styles styles;
    private final SheetWriter summary;
    private final SheetWriter procedures;
    private final SheetWriter byAgency;
    private final SheetWriter byField;
    private final SheetWriter byLocality;
    private SheetWriter scm;
    private int scmSheets = 1;

    public CostReductionWorkbook() {
        workbook.setCompressTempFiles(true);
        styles = new SheetWriter.Styles(workbook);
        summary = new SheetWriter(workbook.createSheet(SUMMARY), styles);
        procedures = new SheetWriter(workbook.createSheet(PROCEDURES), styles);
        byAgency = new SheetWriter(workbook.createSheet(BY_AGENCY), styles);
        byField = new SheetWriter(workbook.createSheet(BY_FIELD), styles);
        byLocality = new SheetWriter(workbook.createSheet(BY_LOCALITY), styles);
        scm = newScmSheet(SCM);
        procedures.widths(14, 50, 14, 24, 12, 12, 14, 12, 10, 12, 14, 28, 10, 14, 50,
                14, 16, 14, 16, 18, 14, 16, 14, 16, 18, 18, 12);
        procedures.header(PROCEDURE_COLUMNS.toArray(String[]::new));
        ((SXSSFSheet) procedures.sheet()).createFreezePane(2, 1);
    }

    private SheetWriter newScmSheet(String name) {
        SheetWriter writer = new SheetWriter(workbook.createSheet(name), styles);
        writer.widths(12, 6, 50, 12, 10, 12, 16, 16, 10, 18, 50);
        writer.row().bold("Bảng tính chi phí tuân thủ theo phương pháp SCM (Standard Cost Model)");
        writer.row().text("Chi phí thời gian = số giờ × chi phí 1 giờ; chi phí/hồ sơ = (chi phí thời gian + chi phí tiền) × tỷ lệ;"
                + " tổng/hồ sơ = Σ dòng + phí, lệ phí; chi phí/năm = tổng/hồ sơ × số hồ sơ/năm, làm tròn đến đồng.");
        writer.skip(1);
        return writer;
    }

    @Override
    public void row(CostReductionRow r, ScmSheet sheet) {
        procedures.row().text(r.code()).text(r.name()).text(r.agencyCode()).text(r.field()).text(r.localityCode())
                .text(r.applicantType()).number(r.tariff().monthlyIncomeVnd()).number(r.tariff().workingDaysPerMonth())
                .number(r.tariff().hoursPerDay()).number(r.tariffVndPerHour()).number(r.dossiersPerYear())
                .text(r.volumeSource());
        if (r.planId() == null) {
            procedures.empty().empty();
        } else {
            procedures.number(r.planId()).text(r.planStatus().name());
        }
        procedures.text(r.measures());
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
        scm.row().text("Chi phí 1 giờ (tariff)").empty().text("thu nhập tháng ÷ ngày làm việc ÷ giờ/ngày")
                .number(r.tariff().monthlyIncomeVnd()).number(r.tariff().workingDaysPerMonth())
                .number(r.tariff().hoursPerDay()).number(r.tariffVndPerHour()).text("VND/giờ").empty().empty()
                .text(r.tariff().source());
        scm.row().text("Số hồ sơ/năm").empty().text(r.volumeSource()).number(r.dossiersPerYear());
        scm.header("Kịch bản (scenario)", "STT", "Hoạt động (activity)", "Loại (kind)", "Số giờ (hours)",
                "Chi phí 1 giờ (tariff)", "Chi phí thời gian (time cost)", "Chi phí tiền (out-of-pocket)",
                "Tỷ lệ (share)", "Chi phí/hồ sơ (per dossier)", "Biện pháp thay đổi (changed by)");
        scenario("Hiện tại (as-is)", r, sheet.comparison().asIs(), sheet.asIs(), null, r.before());
        if (sheet.toBe() == null) {
            scm.row().text("Sau đơn giản hóa (to-be)").empty().text("như hiện tại: không có phương án được tính (same as as-is: no plan counted)");
            scm.row().text("Sau đơn giản hóa (to-be)").empty().bold("Chi phí/năm (annual)").skipTo(9).number(r.after().annualVnd());
        } else {
            scenario("Sau đơn giản hóa (to-be)", r, sheet.comparison().toBe(), sheet.toBe().plainActivities(),
                    sheet.toBe().activities(), r.after());
        }
        scm.row().bold("Tiết kiệm/năm (saving)").skipTo(9).number(r.saving().savingVnd()).percent(r.saving().savingPercent());
        scm.skip(1);
    }

    private void scenario(String label, CostReductionRow r, CostResult result, List<Activity> activities,
                          List<ToBeActivity> changes, ScenarioFigures figures) {
        int no = 0;
        for (CostLine line : result.lines()) {
            boolean fees = CostLine.FEES_KIND.equals(line.kind());
            scm.row().text(label);
            if (fees) {
                scm.empty().text("Phí, lệ phí (fees and charges)").text(line.kind()).empty().empty().empty()
                        .number(line.outOfPocketVnd()).number(BigDecimal.ONE).number(line.totalVnd());
            } else {
                BigDecimal timeCost = line.hours().multiply(r.tariffVndPerHour());
                BigDecimal outOfPocket = activities.get(no).outOfPocketVnd();
                scm.number(++no).text(line.name()).text(line.kind()).number(line.hours()).number(r.tariffVndPerHour())
                        .number(timeCost).number(outOfPocket).number(line.share()).number(line.totalVnd());
                if (changes != null && no - 1 < changes.size()) {
                    scm.text(String.join("; ", changes.get(no - 1).changedBy()));
                }
            }
        }
        scm.row().text(label).empty().bold("Tổng/hồ sơ (cost per dossier)").skipTo(9).number(figures.costPerDossierVnd());
        scm.row().text(label).empty().bold("Chi phí/năm = tổng/hồ sơ × số hồ sơ/năm (annual)").skipTo(9)
                .number(figures.annualVnd());
    }

    @Override
    public void finish(ReportSummary s, List<RollUp> agencies, List<RollUp> fields, List<RollUp> localities) {
        summary.widths(44, 22, 22, 22, 14);
        summary.row().bold("Báo cáo cắt giảm chi phí tuân thủ thủ tục hành chính (cost-reduction report)");
        summary.row().text("Phạm vi (filter)").text(s.filter());
        summary.row().text("Lập lúc (generated, UTC)").text(DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(s.generatedAt().atOffset(ZoneOffset.UTC).withNano(0)));
        summary.row().text("Số thủ tục (procedures)").number(s.procedures());
        summary.row().text("Có phương án được tính (with a plan counted)").number(s.withPlan());
        summary.skip(1);
        summary.header("", "Trước (before, VND/năm)", "Sau (after, VND/năm)", "Tiết kiệm (saving, VND/năm)",
                "Tiết kiệm % (saving %)");
        int totalRow = summary.rowIndex();
        summary.row().bold("Tổng chi phí tuân thủ (total compliance cost)").number(s.saving().beforeVnd())
                .number(s.saving().afterVnd()).number(s.saving().savingVnd()).percent(s.saving().savingPercent());
        summary.skip(1);
        summary.row().text("Mục tiêu: cắt giảm tối thiểu (target: cut at least, %)").percent(s.targetPercent());
        summary.row().text("Đạt mục tiêu (target met)").text(s.targetMet() ? "Đạt (yes)" : "Chưa đạt (no)");
        summary.skip(1);
        summary.row().text("Cách tính (how the figures are computed):");
        summary.row().text("chi phí/hồ sơ = chi phí 1 giờ × Σ(giờ × tỷ lệ) + Σ(chi phí tiền × tỷ lệ) + phí, lệ phí (exact)");
        summary.row().text("chi phí/năm = chi phí/hồ sơ × số hồ sơ/năm, làm tròn nửa lên đến đồng (rounded half-up to whole đồng)");
        summary.row().text("tiết kiệm = trước − sau; tổng = tổng các dòng đã làm tròn; % = tiết kiệm × 100 ÷ trước (2 chữ số thập phân)");
        summary.row().text("chi phí 1 giờ = thu nhập tháng ÷ ngày làm việc/tháng ÷ giờ/ngày, làm tròn đến đồng (tariff)");
        chart(totalRow, s.saving().beforeVnd(), s.saving().afterVnd());
        rollUps(byAgency, "Cơ quan (agency)", agencies);
        rollUps(byField, "Lĩnh vực (field)", fields);
        rollUps(byLocality, "Địa phương (locality)", localities);
    }

    private void chart(int totalRow, BigDecimal before, BigDecimal after) {
        SXSSFSheet sheet = (SXSSFSheet) summary.sheet();
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, summary.rowIndex() + 1, 5, summary.rowIndex() + 21);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Chi phí tuân thủ/năm: trước và sau (compliance cost per year)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        String name = "'" + SUMMARY + "'";
        var labels = XDDFDataSourcesFactory.fromArray(new String[] {"Trước (before)", "Sau (after)"},
                name + "!" + new CellRangeAddress(totalRow - 1, totalRow - 1, 1, 2).formatAsString());
        Double[] numbers = {before.doubleValue(), after.doubleValue()};
        var data = XDDFDataSourcesFactory.fromArray(numbers,
                name + "!" + new CellRangeAddress(totalRow, totalRow, 1, 2).formatAsString());
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bar.setBarDirection(BarDirection.COL);
        bar.setVaryColors(false);
        bar.addSeries(labels, data).setTitle("VND/năm", null);
        chart.plot(bar);
    }

    private void rollUps(SheetWriter w, String what, List<RollUp> rows) {
        w.widths(16, 44, 12, 14, 22, 22, 22, 14);
        w.header("Mã (code)", what, "Số thủ tục (procedures)", "Có phương án (with a plan)", "Trước (before, VND/năm)",
                "Sau (after, VND/năm)", "Tiết kiệm (saving, VND/năm)", "Tiết kiệm % (saving %)");
        for (RollUp r : rows) {
            w.row().text(r.key()).text(r.name()).number(r.procedures()).number(r.withPlan())
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
