package procedo.catalog.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import procedo.catalog.locality.Locality;
import procedo.catalog.number.Decimals;
import procedo.catalog.plan.Measure;
import procedo.catalog.plan.PlanStatus;
import procedo.catalog.plan.ToBeActivity;
import procedo.catalog.procedure.ApplicantType;
import procedo.catalog.text.Messages;

/**
 * The words of a report in one language: what a person reads instead of the codes the rows carry (applicant types,
 * plan statuses, activity kinds, measures, the source of a volume, the filter) and the time of writing in Viet
 * Nam's time zone, {@code dd/MM/yyyy HH:mm}, in both languages.
 */
public final class ReportWording {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern STATISTICS = Pattern.compile(
            "usage statistics (\\d+)(?:, of which (\\d+) a year measured by the workflow engine)?");
    private static final Pattern POPULATION = Pattern.compile("population (\\d+) × frequency ([0-9.]+)");
    private static final String NO_USAGE = "no usage recorded";

    private final ReportLanguage language;

    public ReportWording(ReportLanguage language) {
        this.language = language;
    }

    public ReportLanguage language() {
        return language;
    }

    /** The Vietnamese or the English of one text, as the language asks. */
    public String text(String vietnamese, String english) {
        return language.pick(vietnamese, english);
    }

    public String applicant(ApplicantType type) {
        return switch (type) {
            case CITIZEN -> text("Công dân", "Citizen");
            case BUSINESS -> text("Doanh nghiệp", "Business");
        };
    }

    /** A plan's status in words; empty without a plan. */
    public String planStatus(PlanStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case DRAFT -> text("Dự thảo", "Draft");
            case PROPOSED -> text("Đã trình", "Proposed");
            case APPROVED -> text("Đã phê duyệt", "Approved");
            case IMPLEMENTED -> text("Đã thực hiện", "Implemented");
        };
    }

    /** The kind of a cost line: an activity kind's name, or the fees line's. */
    public String kind(String kind) {
        return switch (kind) {
            case "INFORMATION" -> text("Tìm hiểu thông tin", "Information");
            case "PREPARE" -> text("Chuẩn bị hồ sơ", "Preparation");
            case "COPY" -> text("Sao chụp, chứng thực", "Copies");
            case "TRAVEL" -> text("Đi lại", "Travel");
            case "WAIT" -> text("Chờ đợi", "Waiting");
            case "SUBMIT" -> text("Nộp hồ sơ", "Submission");
            case "PAY" -> text("Thanh toán", "Payment");
            case "RECEIVE" -> text("Nhận kết quả", "Receipt of the result");
            case "OTHER" -> text("Khác", "Other");
            case "FEES" -> text("Phí, lệ phí", "Fees and charges");
            default -> kind;
        };
    }

    /** One simplification measure in words. */
    public String measure(Measure measure) {
        if (language == ReportLanguage.ENGLISH) {
            return measure.label();
        }
        if (measure instanceof Measure.RemoveComponent m) {
            return "Bãi bỏ thành phần hồ sơ \"" + m.component() + "\"";
        }
        if (measure instanceof Measure.OnceOnly m) {
            return "Khai thác lại dữ liệu \"" + m.component() + "\" từ " + m.database() + ", không yêu cầu nộp";
        }
        if (measure instanceof Measure.Online) {
            return "Nộp hồ sơ và trả kết quả trực tuyến";
        }
        if (measure instanceof Measure.CutProcessingTime m) {
            return "Rút ngắn thời hạn giải quyết còn " + m.days() + " ngày làm việc";
        }
        if (measure instanceof Measure.CutFee m) {
            return m.percent() != null && m.percent().compareTo(BigDecimal.valueOf(100)) == 0 ? "Miễn phí, lệ phí"
                    : "Giảm " + (m.percent() == null ? "?" : number(m.percent())) + " % phí, lệ phí";
        }
        Measure.Merge m = (Measure.Merge) measure;
        return "Liên thông \"" + m.serviceName() + "\" với " + String.join(", ", m.linkedCodes());
    }

    /** The measures of a plan in words, separated by semicolons. */
    public String measures(List<Measure> measures) {
        return measures.stream().map(this::measure).collect(Collectors.joining("; "));
    }

    /** What changed a to-be activity: the labels it records, worded with the plan's {@code measures}. */
    public String changedBy(List<String> labels, List<Measure> measures) {
        Map<String, String> words = new HashMap<>();
        measures.forEach(m -> words.put(m.label(), measure(m)));
        words.put(ToBeActivity.HAND_EDIT, text("Điều chỉnh trực tiếp", ToBeActivity.HAND_EDIT));
        return labels.stream().map(l -> words.getOrDefault(l, l)).collect(Collectors.joining("; "));
    }

    /** A locality's name; the whole country is "Toàn quốc" or "Nationwide". */
    public String locality(String code, String name) {
        return Locality.NATIONAL.equals(code) ? text("Toàn quốc", "Nationwide") : name;
    }

    /** How the dossiers per year were obtained. */
    public String volumeSource(String source) {
        if (language == ReportLanguage.ENGLISH || source == null) {
            return source;
        }
        Matcher statistics = STATISTICS.matcher(source);
        if (statistics.matches()) {
            return "Thống kê số hồ sơ năm " + statistics.group(1) + (statistics.group(2) == null ? ""
                    : ", trong đó " + statistics.group(2) + " hồ sơ/năm đo trên hệ thống giải quyết hồ sơ");
        }
        Matcher population = POPULATION.matcher(source);
        if (population.matches()) {
            return "Số đối tượng " + population.group(1) + " × tần suất " + population.group(2).replace('.', ',')
                    + " lần/năm";
        }
        return NO_USAGE.equals(source) ? "Chưa có số liệu thống kê" : source;
    }

    /** The filter of a report in words, naming agencies and localities. */
    public String filter(ReportFilter filter, ReportSummary.FilterNames names) {
        StringBuilder text = new StringBuilder(filter.scope().isNational()
                ? text("Số liệu toàn quốc", "Nationwide figures")
                : text("Số liệu của ", "Figures of ") + Objects.requireNonNullElse(names.scope(), filter.scope().localityCode()));
        if (filter.field() != null) {
            text.append(text("; lĩnh vực: ", "; field: ")).append(filter.field());
        }
        if (filter.agencyCode() != null) {
            text.append(text("; cơ quan: ", "; agency: ")).append(names.agency());
        }
        if (filter.localityCode() != null) {
            text.append(text("; thủ tục của địa phương: ", "; procedures of ")).append(names.locality());
        }
        text.append(text("; phương án được tính: ", "; plans counted: ")).append(filter.planStatus() == null
                ? text("đã phê duyệt và đã thực hiện", "approved and implemented")
                : text("chỉ phương án ", "only ") + planStatus(filter.planStatus()).toLowerCase(java.util.Locale.ROOT));
        return text.toString();
    }

    /** A moment as {@code dd/MM/yyyy HH:mm} in Viet Nam's time zone. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(Messages.VIET_NAM));
    }

    /** Whether the target of cutting {@code ReportSummary.TARGET_PERCENT} % is met by {@code savingPercent}. */
    public String target(BigDecimal savingPercent, BigDecimal targetPercent) {
        if (savingPercent == null) {
            return text("Không xác định", "Not applicable");
        }
        return savingPercent.compareTo(targetPercent) >= 0 ? text("Đạt", "Met") : text("Chưa đạt", "Not met");
    }

    /** A decimal in the language's way: decimal comma in Vietnamese, point in English. */
    public String number(BigDecimal value) {
        String plain = Decimals.text(value);
        return language == ReportLanguage.VIETNAMESE ? plain.replace('.', ',') : plain;
    }
}
