package procedo.catalog.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import procedo.catalog.assessment.LeftOutProcedure;
import procedo.catalog.assessment.LeftOutReason;
import procedo.catalog.assessment.OnlineInclusion;
import procedo.catalog.assessment.PortfolioItem;
import procedo.catalog.assessment.PortfolioResult;
import procedo.catalog.excel.SheetWriter;
import procedo.catalog.locality.Level;
import procedo.catalog.priority.Criterion;
import procedo.catalog.priority.PriorityProfile;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.procedure.OnlineLevel;
import procedo.catalog.procedure.ProcedureFilter;
import procedo.catalog.report.ReportLanguage;

/**
 * A portfolio as a workbook, in Vietnamese or English: the sheet of the selection opens with every input (budget,
 * scope, filters, whether fully online procedures compete, the profile and its weights) and the totals, then one row
 * per chosen procedure and a row of totals; the second sheet lists every procedure left out with its reason. Every
 * cell is a value — text as text, figures as numbers — never a formula, so each total can be added up again by hand.
 * Streamed, so a national catalog's left-out list does not have to fit in memory twice.
 */
public final class PortfolioWorkbook {

    public static final String SELECTION = "Danh mục ưu tiên";
    public static final String LEFT_OUT = "Không được chọn";

    private PortfolioWorkbook() {
    }

    /** Writes {@code result} as a workbook in {@code language} to {@code out}. */
    public static void write(PortfolioResult result, ReportLanguage language, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
            Words w = new Words(language);
            selection(new SheetWriter(workbook.createSheet(w.say(SELECTION, "Portfolio")), styles), result, w);
            leftOut(new SheetWriter(workbook.createSheet(w.say(LEFT_OUT, "Left out")), styles), result, w);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void selection(SheetWriter sheet, PortfolioResult r, Words w) {
        sheet.widths(6, 14, 60, 24, 22, 10, 10, 16, 14, 22, 22);
        sheet.row().bold(w.say("Danh mục thủ tục ưu tiên đưa lên trực tuyến trong ngân sách",
                "Procedures to bring online within the budget"));
        sheet.skip(1);
        sheet.row().bold(w.say("Thông tin đầu vào", "Inputs"));
        sheet.row().text(w.say("Ngân sách (ngày công)", "Budget (person-days)")).number(r.budgetDays());
        sheet.row().text(w.say("Phạm vi", "Scope")).text(r.scope().isNational() ? w.say("Toàn quốc", "National")
                : r.scopeName() == null ? r.scope().toString() : r.scopeName() + " (" + r.scope() + ")");
        ProcedureFilter f = r.filter();
        sheet.row().text(w.say("Tìm kiếm", "Search")).text(orAll(f.text(), w));
        sheet.row().text(w.say("Lĩnh vực", "Field")).text(orAll(f.field(), w));
        sheet.row().text(w.say("Cấp thực hiện", "Level")).text(f.level() == null ? w.all() : w.level(f.level()));
        sheet.row().text(w.say("Cơ quan thực hiện", "Agency")).text(f.agencyCode() == null ? w.all()
                : r.agencyName() + " (" + f.agencyCode() + ")");
        sheet.row().text(w.say("Mức trực tuyến", "Online level"))
                .text(f.onlineLevel() == null ? w.all() : w.online(f.onlineLevel()));
        if (f.applicantType() != null) {
            sheet.row().text(w.say("Đối tượng thực hiện", "Applicant")).text(w.applicant(f.applicantType()));
        }
        if (f.localityCode() != null) {
            sheet.row().text(w.say("Địa phương ban hành", "Locality of the procedure")).text(f.localityCode());
        }
        sheet.row().text(w.say("Thủ tục đã trực tuyến toàn trình", "Procedures already fully online"))
                .text(r.online() == OnlineInclusion.INCLUDE_FULLY_ONLINE ? w.say("được xét chọn", "compete")
                        : w.say("không xét", "left out"));
        sheet.row().text(w.say("Bộ tiêu chí (hạng ưu tiên)", "Profile (priority rank)"))
                .text(w.profile(r.profile()));
        for (Criterion c : Criterion.values()) {
            sheet.row().text(w.say("Trọng số: ", "Weight: ") + w.criterion(c)).number(r.profile().weight(c));
        }
        sheet.skip(1);
        sheet.row().bold(w.say("Kết quả", "Result"));
        sheet.row().text(w.say("Số thủ tục được chọn", "Procedures chosen")).number(r.selected().size());
        sheet.row().text(w.say("Tổng tiết kiệm chi phí tuân thủ/năm (đồng)", "Total compliance cost saved/year (VND)"))
                .number(r.totalSavingVnd());
        sheet.row().text(w.say("Tổng công sức (ngày công)", "Total effort (person-days)")).number(r.totalEffortDays());
        sheet.row().text(w.say("Ngân sách còn lại (ngày công)", "Budget left (person-days)")).number(r.remainingDays());
        sheet.row().text(w.say("Số thủ tục không được chọn", "Procedures left out")).number(r.leftOutTotal());
        sheet.skip(1);
        sheet.header(w.say("STT", "No."), w.say("Mã TTHC", "Code"), w.say("Tên thủ tục hành chính", "Procedure"),
                w.say("Lĩnh vực", "Field"), w.say("Mức trực tuyến hiện nay", "Online level today"),
                w.say("Hạng ưu tiên", "Priority rank"), w.say("Điểm ưu tiên", "Priority score"),
                w.say("Công sức (ngày công)", "Effort (person-days)"), w.say("Số hồ sơ/năm", "Dossiers/year"),
                w.say("Chi phí tuân thủ/năm hiện nay (đồng)", "Compliance cost/year today (VND)"),
                w.say("Tiết kiệm/năm (đồng)", "Saving/year (VND)"));
        int n = 0;
        for (PortfolioItem item : r.selected()) {
            sheet.row().number(++n).text(item.code()).text(item.name()).text(item.field())
                    .text(w.online(item.onlineLevel())).number(item.rank()).number(item.score())
                    .number(item.effortDays()).number(item.dossiersPerYear()).number(item.annualCostVnd())
                    .number(item.savingVnd());
        }
        sheet.row().empty().empty().bold(w.say("Tổng cộng", "Total")).empty().empty().empty().empty()
                .number(r.totalEffortDays()).empty().empty().number(r.totalSavingVnd());
    }

    private static void leftOut(SheetWriter sheet, PortfolioResult r, Words w) {
        sheet.widths(6, 14, 60, 24, 22, 16, 22, 60);
        sheet.header(w.say("STT", "No."), w.say("Mã TTHC", "Code"), w.say("Tên thủ tục hành chính", "Procedure"),
                w.say("Lĩnh vực", "Field"), w.say("Mức trực tuyến hiện nay", "Online level today"),
                w.say("Công sức (ngày công)", "Effort (person-days)"), w.say("Tiết kiệm/năm (đồng)", "Saving/year (VND)"),
                w.say("Lý do không được chọn", "Why left out"));
        int n = 0;
        for (LeftOutProcedure p : r.leftOut()) {
            sheet.row().number(++n).text(p.code()).text(p.name()).text(p.field()).text(w.online(p.onlineLevel()))
                    .number(p.effortDays()).number(p.savingVnd()).text(w.reason(p.reason(), r.remainingDays()));
        }
    }

    private static String orAll(String value, Words w) {
        return value == null ? w.all() : value;
    }

    /** The workbook's words in its language. */
    private record Words(ReportLanguage language) {

        private static final Map<String, List<String>> PROFILES = Map.of(
                "balanced", List.of("Cân bằng", "Balanced"), "quick-wins", List.of("Làm được ngay", "Quick wins"));

        String say(String vietnamese, String english) {
            return language.pick(vietnamese, english);
        }

        String all() {
            return say("Tất cả", "All");
        }

        String profile(PriorityProfile profile) {
            String name = profile.name();
            if (profile.displayName() != null) {
                return profile.displayName() + " (" + name + ")";
            }
            List<String> names = PROFILES.get(name);
            return names == null ? name : say(names.get(0), names.get(1)) + " (" + name + ")";
        }

        String criterion(Criterion c) {
            return switch (c) {
                case VOLUME -> say("Số hồ sơ/năm", "Dossiers per year");
                case ANNUAL_COST -> say("Chi phí tuân thủ/năm", "Annual compliance cost");
                case SAVING_POTENTIAL -> say("Tiết kiệm tiềm năng", "Saving potential");
                case READINESS -> say("Mức sẵn sàng (tái sử dụng dữ liệu)", "Readiness (reusable data)");
                case ONLINE_GAP -> say("Khoảng cách tới trực tuyến toàn trình", "Gap to full online");
                case DISSATISFACTION -> say("Mức độ không hài lòng", "Dissatisfaction");
            };
        }

        String level(Level level) {
            return switch (level) {
                case CENTRAL -> say("Trung ương", "Central");
                case PROVINCE -> say("Cấp tỉnh", "Province");
                case COMMUNE -> say("Cấp xã", "Commune");
            };
        }

        String online(OnlineLevel level) {
            return switch (level) {
                case NONE -> say("Chưa trực tuyến", "Not online");
                case PARTIAL -> say("Trực tuyến một phần", "Partly online");
                case FULL -> say("Trực tuyến toàn trình", "Fully online");
            };
        }

        String applicant(ApplicantType type) {
            return type == ApplicantType.BUSINESS ? say("Doanh nghiệp", "Businesses") : say("Công dân", "Citizens");
        }

        String reason(LeftOutReason reason, int remainingDays) {
            return switch (reason) {
                case NOT_CHOSEN -> say("Không đủ ngân sách còn lại (còn " + remainingDays + " ngày công): tổ hợp đã chọn"
                        + " tiết kiệm nhiều hơn", "Not enough budget left (" + remainingDays + " person-days): the"
                        + " chosen set saves more");
                case OVER_BUDGET -> say("Vượt ngân sách: công sức lớn hơn cả ngân sách",
                        "Over budget: its effort alone exceeds the budget");
                case NO_SAVING -> say("Phương án không giảm chi phí tuân thủ", "Its to-be saves nothing");
                case NO_USAGE -> say("Không có số liệu hồ sơ trong phạm vi", "No dossiers recorded in the scope");
                case NO_COST_DATA -> say("Không có số liệu chi phí", "No compliance cost figures");
                case FULLY_ONLINE -> say("Đã trực tuyến toàn trình", "Already fully online");
            };
        }
    }
}
