package procedo.templates.excel;

import java.util.List;

/**
 * The documented sheet layout of a package workbook. Row 1 of each table sheet holds the column keys below (the
 * order is free, extra columns are ignored); the Package sheet holds one key and its value per row. The Guide
 * sheet repeats this documentation in Vietnamese for the officer who fills the workbook by hand.
 */
public final class WorkbookLayout {

    /** A column: its key in row 1, whether a row needs it, and what it holds (Vietnamese, for the guide). */
    public record Column(String key, boolean required, String description) {
    }

    /** A sheet: its name, whether a workbook must have it, and its columns. */
    public record SheetLayout(String name, boolean required, String description, List<Column> columns) {
    }

    public static final String GUIDE = "Guide";

    public static final SheetLayout PACKAGE = new SheetLayout("Package", true,
            "Thông tin thủ tục: mỗi dòng một khóa (cột A) và giá trị (cột B).", List.of(
            new Column("code", true, "Mã thủ tục, ví dụ 1.001193"),
            new Column("version", true, "Phiên bản gói mẫu, ví dụ 2025.1 (nhập dạng văn bản)"),
            new Column("name", true, "Tên thủ tục"),
            new Column("field", false, "Lĩnh vực, ví dụ Hộ tịch"),
            new Column("level", true, "Cấp thực hiện: CENTRAL (trung ương), PROVINCE (tỉnh), COMMUNE (xã)"),
            new Column("agency_code", false, "Mã cơ quan thực hiện trong danh mục, ví dụ UBND_XA"),
            new Column("processing_days", true, "Thời hạn giải quyết (ngày làm việc)"),
            new Column("online_level", false, "Mức dịch vụ công trực tuyến: NONE, PARTIAL (một phần), FULL (toàn trình)"),
            new Column("legal_basis", false, "Căn cứ pháp lý")));

    public static final SheetLayout FEES = new SheetLayout("Fees", true, "Phí, lệ phí: mỗi dòng một khoản.", List.of(
            new Column("fee_id", true, "Mã khoản phí, cố định qua các phiên bản (địa phương ghi đè theo mã này)"),
            new Column("channel", true, "Kênh: IN_PERSON (trực tiếp), ONLINE (trực tuyến), POST (bưu chính)"),
            new Column("name", true, "Tên khoản phí, lệ phí"),
            new Column("amount_vnd", true, "Mức thu (đồng, số nguyên)")));

    public static final SheetLayout COMPONENTS = new SheetLayout("Components", true,
            "Thành phần hồ sơ: mỗi dòng một giấy tờ.", List.of(
            new Column("component_id", true, "Mã thành phần hồ sơ, cố định qua các phiên bản"),
            new Column("case", false, "Trường hợp áp dụng (để trống: mọi hồ sơ)"),
            new Column("name", true, "Tên giấy tờ"),
            new Column("originals", true, "Số bản chính"),
            new Column("copies", true, "Số bản sao"),
            new Column("copy_kind", true, "ORIGINAL (bản chính), CERTIFIED_COPY (bản sao chứng thực), COPY (bản sao)"),
            new Column("reusable_from", false, "CSDL quốc gia có thể khai thác thay cho giấy tờ, ví dụ POPULATION_DB"),
            new Column("form_code", false, "Mã biểu mẫu (sheet Forms) nếu giấy tờ là tờ khai")));

    public static final SheetLayout FORMS = new SheetLayout("Forms", true, "Biểu mẫu, tờ khai: mỗi dòng một mẫu.", List.of(
            new Column("form_code", true, "Mã biểu mẫu, ví dụ TK-KS"),
            new Column("title_vi", true, "Tên biểu mẫu (tiếng Việt), in hoa trên tờ khai"),
            new Column("title_en", false, "Tên tiếng Anh (không bắt buộc)"),
            new Column("reference", false, "Văn bản ban hành mẫu, ví dụ Mẫu ban hành kèm theo Thông tư 04/2024/TT-BTP"),
            new Column("addressee", false, "Dòng \"Kính gửi\" của tờ khai")));

    public static final SheetLayout FIELDS = new SheetLayout("Fields", true,
            "Trường thông tin của biểu mẫu: mỗi dòng một trường, theo thứ tự in.", List.of(
            new Column("form_code", true, "Mã biểu mẫu chứa trường"),
            new Column("section", false, "Tên phần (mục) của biểu mẫu, ví dụ Thông tin người được khai sinh"),
            new Column("field_id", true, "Mã trường, duy nhất trong gói và cố định qua các phiên bản"),
            new Column("parent_id", false, "Với cột của bảng: mã trường kiểu group chứa cột"),
            new Column("type", true, "Kiểu: text, textarea, number, money, date, select, multiselect, checkbox, yesno, citizen_id, phone, email, address, file, group"),
            new Column("label_vi", true, "Nhãn tiếng Việt"),
            new Column("label_en", false, "Nhãn tiếng Anh (không bắt buộc)"),
            new Column("required", false, "Bắt buộc: x / có / yes (để trống: không)"),
            new Column("help", false, "Hướng dẫn ghi (chú thích in cạnh nhãn)"),
            new Column("min_length", false, "Độ dài tối thiểu (văn bản)"),
            new Column("max_length", false, "Độ dài tối đa (văn bản)"),
            new Column("min", false, "Giá trị nhỏ nhất (số, tiền)"),
            new Column("max", false, "Giá trị lớn nhất (số, tiền)"),
            new Column("pattern", false, "Biểu thức chính quy giá trị phải khớp"),
            new Column("options", false, "Lựa chọn (select, multiselect): giá_trị=Nhãn; ... ví dụ nam=Nam; nu=Nữ"),
            new Column("reuse_from", false, "CSDL quốc gia có thể khai thác giá trị, ví dụ POPULATION_DB")));

    public static final List<SheetLayout> TABLES = List.of(FEES, COMPONENTS, FORMS, FIELDS);

    private WorkbookLayout() {
    }
}
