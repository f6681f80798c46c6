package procedo.templates.excel;

import java.util.List;
import java.util.Optional;

/**
 * The documented sheet layout of a package workbook, in Vietnamese: row 1 of each table sheet holds the column
 * headers below (the order is free, extra columns are ignored); the procedure sheet holds one item and its value
 * per row. Enumerated columns hold the Vietnamese names of their {@link Choices}. The layout of earlier versions —
 * English sheet names, the column keys as headers, codes as values — is still read.
 */
public final class WorkbookLayout {

    /**
     * A column: its key (the English header of earlier workbooks, and how problems of the package refer to it), its
     * Vietnamese header, whether a row needs it, what it holds, an example value for the guide, and the values an
     * enumerated column offers ({@code null} for a free column).
     */
    public record Column(String key, String header, boolean required, String description, String example,
                         Choices<?> choices) {

        static Column free(String key, String header, boolean required, String description, String example) {
            return new Column(key, header, required, description, example, null);
        }

        static Column choice(String key, String header, boolean required, String description, String example,
                             Choices<?> choices) {
            return new Column(key, header, required, description, example, choices);
        }
    }

    /** A sheet: its Vietnamese name, its name in earlier workbooks, what it holds, and its columns. */
    public record SheetLayout(String name, String englishName, String description, List<Column> columns) {

        /** The column of this key. */
        public Optional<Column> column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst();
        }

        /** The Vietnamese header of the column of this key, or the key when the sheet has no such column. */
        public String header(String key) {
            return column(key).map(Column::header).orElse(key);
        }

        /** Whether {@code sheetName} names this sheet, in Vietnamese or as in earlier workbooks. */
        public boolean named(String sheetName) {
            String written = Choices.comparable(sheetName);
            return written.equals(Choices.comparable(name)) || written.equals(Choices.comparable(englishName));
        }
    }

    /** The guide sheet, first in the workbook. */
    public static final String GUIDE = "Hướng dẫn";

    /** The hidden sheet holding the lists the drop-downs offer. */
    public static final String LISTS = "Danh sách chọn";

    public static final SheetLayout PACKAGE = new SheetLayout("Thủ tục", "Package",
            "Thông tin thủ tục: mỗi dòng một mục (cột A) và giá trị của mục (cột B).", List.of(
            Column.free("code", "Mã thủ tục", true, "Mã thủ tục trên Cổng Dịch vụ công quốc gia (nhập dạng văn bản)",
                    "1.001193"),
            Column.free("version", "Phiên bản", true, "Phiên bản gói mẫu (nhập dạng văn bản)", "2025.2"),
            Column.free("name", "Tên thủ tục", true, "Tên thủ tục hành chính", "Đăng ký khai sinh"),
            Column.free("field", "Lĩnh vực", false, "Lĩnh vực của thủ tục", "Hộ tịch"),
            Column.choice("level", "Cấp thực hiện", true, "Chọn trong danh sách: Cấp trung ương, Cấp tỉnh, Cấp xã",
                    "Cấp xã", Choices.LEVELS),
            Column.free("agency_code", "Mã cơ quan thực hiện", false,
                    "Mã cơ quan thực hiện trong danh mục cơ quan của Procedo", "UBND_XA"),
            Column.free("processing_days", "Thời hạn giải quyết (ngày làm việc)", true,
                    "Số ngày làm việc, số nguyên", "3"),
            Column.choice("online_level", "Mức độ trực tuyến", false,
                    "Chọn trong danh sách: Chưa trực tuyến, Trực tuyến một phần, Trực tuyến toàn trình",
                    "Trực tuyến toàn trình", Choices.ONLINE_LEVELS),
            Column.free("legal_basis", "Căn cứ pháp lý", false, "Các văn bản quy phạm pháp luật quy định thủ tục",
                    "Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP")));

    public static final SheetLayout FEES = new SheetLayout("Phí, lệ phí", "Fees",
            "Phí, lệ phí: mỗi dòng một khoản thu theo một cách thức thực hiện.", List.of(
            Column.free("fee_id", "Mã khoản phí", true,
                    "Mã khoản phí, cố định qua các phiên bản (địa phương điều chỉnh mức thu theo mã này)", "le_phi_ban_sao"),
            Column.choice("channel", "Cách thức thực hiện", true,
                    "Chọn trong danh sách: Trực tiếp, Trực tuyến, Bưu chính", "Trực tiếp", Choices.CHANNELS),
            Column.free("name", "Tên khoản phí, lệ phí", true, "Tên khoản phí, lệ phí",
                    "Phí cấp bản sao trích lục khai sinh (mỗi bản)"),
            Column.free("amount_vnd", "Mức thu (đồng)", true, "Số tiền bằng đồng, số nguyên (0 nếu miễn)", "8000"),
            Column.choice("local_may_exceed", "Địa phương được thu cao hơn", false,
                    "Có: Hội đồng nhân dân cấp tỉnh được quyết định mức thu cao hơn mức này; để trống: địa phương "
                            + "chỉ được thu bằng hoặc thấp hơn", "Có", Choices.YES_NO)));

    public static final SheetLayout COMPONENTS = new SheetLayout("Thành phần hồ sơ", "Components",
            "Thành phần hồ sơ: mỗi dòng một giấy tờ.", List.of(
            Column.free("component_id", "Mã thành phần", true, "Mã thành phần hồ sơ, cố định qua các phiên bản",
                    "giay_chung_sinh"),
            Column.free("case", "Trường hợp", false, "Trường hợp áp dụng (để trống: mọi hồ sơ)",
                    "Trẻ sinh ra tại cơ sở y tế"),
            Column.free("name", "Tên giấy tờ", true, "Tên giấy tờ", "Giấy chứng sinh"),
            Column.free("originals", "Số bản chính", true, "Số bản chính phải nộp, số nguyên", "1"),
            Column.free("copies", "Số bản sao", true, "Số bản sao phải nộp, số nguyên", "0"),
            Column.choice("copy_kind", "Hình thức giấy tờ", true,
                    "Chọn trong danh sách: Bản chính, Bản sao có chứng thực, Bản sao", "Bản chính", Choices.COPY_KINDS),
            Column.choice("reusable_from", "Khai thác từ CSDL", false,
                    "Cơ sở dữ liệu quốc gia có thể khai thác thay cho giấy tờ (chọn trong danh sách)",
                    "CSDL quốc gia về dân cư", Choices.DATABASES),
            Column.free("form_code", "Mã biểu mẫu", false, "Mã biểu mẫu (sheet Biểu mẫu) nếu giấy tờ là tờ khai",
                    "TK-KS")));

    public static final SheetLayout FORMS = new SheetLayout("Biểu mẫu", "Forms",
            "Biểu mẫu, tờ khai: mỗi dòng một mẫu.", List.of(
            Column.free("form_code", "Mã biểu mẫu", true, "Mã biểu mẫu", "TK-KS"),
            Column.free("title_vi", "Tên biểu mẫu", true, "Tên biểu mẫu tiếng Việt, in hoa trên tờ khai",
                    "Tờ khai đăng ký khai sinh"),
            Column.free("title_en", "Tên tiếng Anh", false, "Tên tiếng Anh (không bắt buộc)",
                    "Birth registration declaration"),
            Column.free("reference", "Văn bản ban hành mẫu", false, "Văn bản ban hành mẫu",
                    "Mẫu ban hành kèm theo Thông tư số 04/2024/TT-BTP"),
            Column.free("addressee", "Kính gửi", false, "Dòng \"Kính gửi\" của tờ khai",
                    "Ủy ban nhân dân xã/phường/đặc khu")));

    public static final SheetLayout FIELDS = new SheetLayout("Trường thông tin", "Fields",
            "Trường thông tin của biểu mẫu: mỗi dòng một trường, theo thứ tự in.", List.of(
            Column.free("form_code", "Mã biểu mẫu", true, "Mã biểu mẫu chứa trường", "TK-KS"),
            Column.free("section", "Phần", false, "Tên phần (mục) của biểu mẫu", "Thông tin người được khai sinh"),
            Column.free("field_id", "Mã trường", true, "Mã trường, duy nhất trong gói và cố định qua các phiên bản",
                    "gioi_tinh"),
            Column.free("parent_id", "Thuộc bảng", false,
                    "Với cột của một bảng: mã của trường kiểu Bảng chứa cột (để trống nếu không)", ""),
            Column.choice("type", "Kiểu trường", true, "Chọn trong danh sách kiểu trường", "Chọn một",
                    Choices.FIELD_TYPES),
            Column.free("label_vi", "Nhãn", true, "Nhãn tiếng Việt in trên tờ khai", "Giới tính"),
            Column.free("label_en", "Nhãn tiếng Anh", false, "Nhãn tiếng Anh (không bắt buộc)", "Sex"),
            Column.choice("required", "Bắt buộc", false, "Có: bắt buộc ghi; để trống: không bắt buộc", "Có",
                    Choices.YES_NO),
            Column.free("help", "Hướng dẫn ghi", false, "Chú thích in cạnh nhãn, hướng dẫn cách ghi",
                    "Đánh dấu vào một ô"),
            Column.free("min_length", "Độ dài tối thiểu", false, "Số ký tự tối thiểu (văn bản)", ""),
            Column.free("max_length", "Độ dài tối đa", false, "Số ký tự tối đa (văn bản)", ""),
            Column.free("min", "Giá trị nhỏ nhất", false, "Giá trị nhỏ nhất (số, số tiền)", ""),
            Column.free("max", "Giá trị lớn nhất", false, "Giá trị lớn nhất (số, số tiền)", ""),
            Column.free("pattern", "Mẫu kiểm tra", false, "Biểu thức chính quy mà giá trị phải khớp", ""),
            Column.free("options", "Các lựa chọn", false,
                    "Với kiểu Chọn một, Chọn nhiều: giá_trị=Nhãn, cách nhau bằng dấu chấm phẩy", "nam=Nam; nu=Nữ"),
            Column.choice("reuse_from", "Khai thác từ CSDL", false,
                    "Cơ sở dữ liệu quốc gia có thể khai thác giá trị (chọn trong danh sách)", "CSDL quốc gia về dân cư",
                    Choices.DATABASES)));

    public static final List<SheetLayout> TABLES = List.of(FEES, COMPONENTS, FORMS, FIELDS);

    /** Every sheet the import reads, in workbook order. */
    public static final List<SheetLayout> SHEETS = List.of(PACKAGE, FEES, COMPONENTS, FORMS, FIELDS);

    private WorkbookLayout() {
    }
}
