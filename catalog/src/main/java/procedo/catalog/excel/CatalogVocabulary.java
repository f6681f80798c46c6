package procedo.catalog.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import procedo.catalog.transfer.CatalogTable;
import procedo.catalog.transfer.Column;

/**
 * The words of the catalog workbook's Vietnamese form: sheet names, column headers with what to write and an
 * example, the names of enumerated values (with the other spellings a person may type) and of the national
 * databases a dossier component can be reused from. The codes of the other form are {@link CatalogTable}'s own.
 */
final class CatalogVocabulary {

    /** A column as a person reads it: its header, what it holds, and the value of the guide's example row. */
    record ColumnWords(String header, String meaning, String example) {
    }

    /**
     * A value of an enumerated column: its code, the name written in the workbook (without a comma, which would
     * split a drop-down list), other spellings accepted.
     */
    record Choice(String code, String name, List<String> synonyms) {

        Choice {
            if (name.contains(",")) {
                throw new IllegalArgumentException("a drop-down value cannot hold a comma: " + name);
            }
            synonyms = List.copyOf(synonyms);
        }

        /** Every spelling a person may write this value in: the name, the synonyms, the code. */
        List<String> spellings() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(synonyms);
            all.add(code);
            return all;
        }
    }

    /** The guide sheet's name. */
    static final String GUIDE_SHEET = "Hướng dẫn";

    private static final Map<CatalogTable, String> SHEETS = new EnumMap<>(Map.of(
            CatalogTable.AGENCIES, "Cơ quan thực hiện",
            CatalogTable.PROCEDURES, "Thủ tục hành chính",
            CatalogTable.DOSSIER, "Thành phần hồ sơ",
            CatalogTable.FEES, "Phí, lệ phí",
            CatalogTable.ACTIVITIES, "Hoạt động tuân thủ",
            CatalogTable.USAGE, "Số lượng hồ sơ",
            CatalogTable.CHANNELS, "Cách thức thực hiện",
            CatalogTable.PROCESSING_TIMES, "Thời hạn theo cách thức",
            CatalogTable.LEGAL_DOCUMENTS, "Căn cứ pháp lý",
            CatalogTable.SOURCES, "Nguồn đối chiếu"));

    private static final Map<CatalogTable, String> PURPOSES = new EnumMap<>(Map.of(
            CatalogTable.AGENCIES, "Các cơ quan thực hiện thủ tục. Cơ quan đã có trong danh mục được cập nhật tên, cơ quan mới"
                    + " được thêm. Sheet Thủ tục hành chính ghi cơ quan bằng tên (hoặc mã) có ở đây hoặc đã có trong danh mục.",
            CatalogTable.PROCEDURES, "Mỗi dòng là một thủ tục hành chính mới (mã thủ tục chưa có trong danh mục): thông tin công"
                    + " bố, cấp và cơ quan thực hiện, thời hạn giải quyết, mức độ dịch vụ công trực tuyến.",
            CatalogTable.DOSSIER, "Thành phần hồ sơ của từng thủ tục, theo trường hợp: số bản chính, bản sao, dữ liệu có thể"
                    + " khai thác từ cơ sở dữ liệu quốc gia thay cho giấy tờ.",
            CatalogTable.FEES, "Phí, lệ phí của từng thủ tục theo cách thức nộp hồ sơ (trực tiếp, trực tuyến, bưu chính).",
            CatalogTable.ACTIVITIES, "Các hoạt động người dân, doanh nghiệp phải làm cho mỗi hồ sơ (mô hình chi phí chuẩn"
                    + " SCM), cho hiện trạng và cho phương án sau đơn giản hóa: số giờ, chi phí bằng tiền, tỷ lệ hồ sơ phát sinh.",
            CatalogTable.USAGE, "Số lượng hồ sơ theo thủ tục, địa phương và năm: tổng số, số hồ sơ trực tuyến, số hồ sơ giải"
                    + " quyết đúng hạn.",
            CatalogTable.CHANNELS, "Các cách thức nộp hồ sơ mà từng thủ tục cho phép (trực tiếp, trực tuyến, bưu chính), mỗi"
                    + " cách thức một dòng.",
            CatalogTable.PROCESSING_TIMES, "Thời hạn giải quyết của từng thủ tục theo từng cách thức nộp hồ sơ, tính bằng ngày"
                    + " làm việc; cách thức phải có ở sheet Cách thức thực hiện.",
            CatalogTable.LEGAL_DOCUMENTS, "Các văn bản là căn cứ pháp lý của từng thủ tục: số, ký hiệu, trích yếu và ngày ban"
                    + " hành.",
            CatalogTable.SOURCES, "Với từng phần dữ liệu của thủ tục: nguồn đã đối chiếu (văn bản, địa chỉ trang Cổng Dịch vụ"
                    + " công quốc gia) và ngày đối chiếu."));

    private static final Map<String, ColumnWords> COLUMNS = new HashMap<>();
    private static final Map<String, List<Choice>> CHOICES = new HashMap<>();
    private static final List<Choice> DATABASES = List.of(
            new Choice("POPULATION_DB", "CSDL quốc gia về dân cư", List.of()),
            new Choice("CIVIL_STATUS_DB", "CSDL hộ tịch điện tử", List.of()),
            new Choice("HEALTH_DB", "Dữ liệu y tế", List.of()),
            new Choice("INSURANCE_DB", "CSDL bảo hiểm", List.of()),
            new Choice("BUSINESS_REGISTRY", "CSDL quốc gia về đăng ký doanh nghiệp", List.of()),
            new Choice("LAND_DB", "CSDL đất đai", List.of()),
            new Choice("JUDICIAL_RECORDS_DB", "CSDL lý lịch tư pháp", List.of()),
            new Choice("VEHICLE_DB", "CSDL đăng ký phương tiện", List.of()));

    static {
        String procedure = "Mã của thủ tục, như ở sheet Thủ tục hành chính";
        column(CatalogTable.AGENCIES, "code", "Mã cơ quan", "Mã ngắn, không đổi, dùng để nhận biết cơ quan", "SO_Y_TE");
        column(CatalogTable.AGENCIES, "name", "Tên cơ quan", "Tên đầy đủ của cơ quan", "Sở Y tế");
        column(CatalogTable.AGENCIES, "level", "Cấp thực hiện", "Cấp của cơ quan", "Cấp tỉnh");

        column(CatalogTable.PROCEDURES, "code", "Mã thủ tục", "Mã trên Cổng Dịch vụ công quốc gia", "1.001193");
        column(CatalogTable.PROCEDURES, "name", "Tên thủ tục", "Tên thủ tục như được công bố", "Thủ tục đăng ký khai sinh");
        column(CatalogTable.PROCEDURES, "field", "Lĩnh vực", "Lĩnh vực quản lý của thủ tục", "Hộ tịch");
        column(CatalogTable.PROCEDURES, "level", "Cấp thực hiện", "Cấp giải quyết thủ tục", "Cấp xã");
        column(CatalogTable.PROCEDURES, "agency_code", "Cơ quan thực hiện",
                "Tên cơ quan (hoặc mã cơ quan) ở sheet Cơ quan thực hiện hoặc đã có trong danh mục", "Ủy ban nhân dân cấp xã");
        column(CatalogTable.PROCEDURES, "locality_code", "Địa phương",
                "Chỉ ghi với thủ tục riêng của một tỉnh, thành phố; để trống với thủ tục áp dụng toàn quốc", "");
        column(CatalogTable.PROCEDURES, "applicant_type", "Đối tượng thực hiện", "Ai phải thực hiện thủ tục", "Công dân");
        column(CatalogTable.PROCEDURES, "processing_days", "Thời hạn giải quyết (ngày làm việc)",
                "Số ngày làm việc theo quy định", "1");
        column(CatalogTable.PROCEDURES, "online_level", "Mức độ dịch vụ công trực tuyến",
                "Mức độ cung cấp dịch vụ công trực tuyến hiện nay", "Trực tuyến toàn trình");
        column(CatalogTable.PROCEDURES, "legal_basis", "Căn cứ pháp lý", "Các văn bản quy định thủ tục",
                "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP");
        column(CatalogTable.PROCEDURES, "decision", "Quyết định công bố", "Quyết định công bố thủ tục",
                "Quyết định 1872/QĐ-BTP");
        column(CatalogTable.PROCEDURES, "status", "Tình trạng", "Thủ tục còn hiệu lực hay không", "Đang hiệu lực");
        column(CatalogTable.PROCEDURES, "former_code", "Mã thủ tục cũ", "Mã trước đây nếu thủ tục được công bố lại với mã mới", "");
        column(CatalogTable.PROCEDURES, "valid_from", "Có hiệu lực từ ngày", "Ngày thủ tục có hiệu lực", "01/07/2025");
        column(CatalogTable.PROCEDURES, "effort_days", "Công sức đưa lên trực tuyến (ngày công)",
                "Ước tính công sức để cung cấp trực tuyến toàn trình, dùng khi chọn danh mục ưu tiên theo ngân sách", "40");
        column(CatalogTable.PROCEDURES, "applicant_population", "Số đối tượng thực hiện",
                "Số người dân hoặc doanh nghiệp có thể phải thực hiện thủ tục", "1000000");
        column(CatalogTable.PROCEDURES, "frequency_per_year", "Tần suất (lần/đối tượng/năm)",
                "Số lần trung bình một đối tượng thực hiện thủ tục trong một năm", "0,015");

        column(CatalogTable.DOSSIER, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.DOSSIER, "seq", "Số thứ tự", "Thứ tự của thành phần trong hồ sơ", "1");
        column(CatalogTable.DOSSIER, "case_name", "Trường hợp", "Trường hợp áp dụng; để trống nếu áp dụng cho mọi trường hợp", "");
        column(CatalogTable.DOSSIER, "name", "Tên thành phần hồ sơ", "Tên giấy tờ phải nộp", "Tờ khai đăng ký khai sinh");
        column(CatalogTable.DOSSIER, "originals", "Số bản chính", "Số bản chính phải nộp", "1");
        column(CatalogTable.DOSSIER, "copies", "Số bản sao", "Số bản sao phải nộp", "0");
        column(CatalogTable.DOSSIER, "copy_kind", "Hình thức giấy tờ", "Bản chính, bản sao chứng thực hay bản sao", "Bản chính");
        column(CatalogTable.DOSSIER, "reusable_from", "Khai thác dữ liệu từ",
                "Cơ sở dữ liệu có thể khai thác thay cho giấy tờ; để trống nếu không có", "");
        column(CatalogTable.DOSSIER, "form_code", "Mã biểu mẫu", "Mã tờ khai, biểu mẫu (nếu có)", "TK-KS");

        column(CatalogTable.FEES, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.FEES, "seq", "Số thứ tự", "Thứ tự của khoản phí, lệ phí", "1");
        column(CatalogTable.FEES, "channel", "Cách thức nộp hồ sơ", "Cách thức nộp mà khoản thu áp dụng", "Trực tiếp");
        column(CatalogTable.FEES, "name", "Tên phí, lệ phí", "Tên khoản thu", "Lệ phí đăng ký khai sinh");
        column(CatalogTable.FEES, "amount_vnd", "Mức thu (đồng)", "Số tiền mỗi hồ sơ, tính bằng đồng", "8000");

        column(CatalogTable.ACTIVITIES, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.ACTIVITIES, "scenario", "Kịch bản", "Hiện trạng hay phương án sau đơn giản hóa", "Hiện trạng");
        column(CatalogTable.ACTIVITIES, "seq", "Số thứ tự", "Thứ tự của hoạt động trong kịch bản", "1");
        column(CatalogTable.ACTIVITIES, "kind", "Loại hoạt động", "Nhóm của hoạt động trong báo cáo chi phí", "Đi lại");
        column(CatalogTable.ACTIVITIES, "name", "Tên hoạt động", "Việc người nộp hồ sơ phải làm",
                "Đi lại đến Bộ phận một cửa UBND cấp xã");
        column(CatalogTable.ACTIVITIES, "hours", "Số giờ", "Thời gian người nộp bỏ ra cho mỗi hồ sơ", "1,5");
        column(CatalogTable.ACTIVITIES, "out_of_pocket_vnd", "Chi phí bằng tiền (đồng)",
                "Tiền người nộp phải chi (đi lại, sao chụp, chứng thực...), không kể phí, lệ phí", "30000");
        column(CatalogTable.ACTIVITIES, "share", "Tỷ lệ hồ sơ phát sinh (0–1)",
                "Tỷ lệ hồ sơ có hoạt động này: 1 là mọi hồ sơ, 0,5 là một nửa", "1");

        column(CatalogTable.USAGE, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.USAGE, "locality_code", "Địa phương", "Tỉnh, thành phố của số liệu", "Thành phố Hà Nội");
        column(CatalogTable.USAGE, "year", "Năm", "Năm của số liệu, từ 1990", "2025");
        column(CatalogTable.USAGE, "source", "Nguồn số liệu", "Số liệu ước tính, nhập từ báo cáo hay đo từ hệ thống",
                "Nhập từ báo cáo");
        column(CatalogTable.USAGE, "dossiers_total", "Tổng số hồ sơ", "Số hồ sơ tiếp nhận trong kỳ", "12000");
        column(CatalogTable.USAGE, "dossiers_online", "Số hồ sơ trực tuyến", "Không quá tổng số hồ sơ", "9000");
        column(CatalogTable.USAGE, "dossiers_on_time", "Số hồ sơ đúng hạn", "Không quá tổng số hồ sơ", "11800");
        column(CatalogTable.USAGE, "covered_days", "Số ngày có số liệu",
                "Để trống nếu số liệu đủ cả năm; nếu chỉ đo một phần năm, ghi số ngày đã đo (1 đến 366)", "");

        column(CatalogTable.CHANNELS, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.CHANNELS, "channel", "Cách thức nộp hồ sơ", "Một cách thức mà thủ tục cho phép", "Trực tuyến");
        column(CatalogTable.PROCESSING_TIMES, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.PROCESSING_TIMES, "channel", "Cách thức nộp hồ sơ",
                "Cách thức mà thời hạn áp dụng, như ở sheet Cách thức thực hiện", "Trực tuyến");
        column(CatalogTable.PROCESSING_TIMES, "working_days", "Thời hạn giải quyết (ngày làm việc)",
                "Số ngày làm việc khi nộp hồ sơ theo cách thức này", "1");
        column(CatalogTable.LEGAL_DOCUMENTS, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.LEGAL_DOCUMENTS, "seq", "Số thứ tự", "Thứ tự của văn bản", "1");
        column(CatalogTable.LEGAL_DOCUMENTS, "number", "Số, ký hiệu văn bản", "Số và ký hiệu như trên văn bản",
                "123/2015/NĐ-CP");
        column(CatalogTable.LEGAL_DOCUMENTS, "title", "Trích yếu", "Tên, trích yếu nội dung của văn bản",
                "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch");
        column(CatalogTable.LEGAL_DOCUMENTS, "issued_on", "Ngày ban hành", "Ngày ký ban hành văn bản", "15/11/2015");
        column(CatalogTable.SOURCES, "procedure_code", "Mã thủ tục", procedure, "1.001193");
        column(CatalogTable.SOURCES, "part", "Phần dữ liệu", "Phần dữ liệu của thủ tục đã được đối chiếu", "Phí và lệ phí");
        column(CatalogTable.SOURCES, "checked_against", "Nguồn đối chiếu",
                "Văn bản hoặc địa chỉ trang đã dùng để đối chiếu", "Cổng Dịch vụ công quốc gia");
        column(CatalogTable.SOURCES, "checked_on", "Ngày đối chiếu", "Ngày đã đối chiếu; không được sau hôm nay",
                "01/10/2025");

        choices("level", new Choice("CENTRAL", "Cấp trung ương", List.of("Trung ương")),
                new Choice("PROVINCE", "Cấp tỉnh", List.of("Tỉnh")),
                new Choice("COMMUNE", "Cấp xã", List.of("Xã")));
        choices("applicant_type", new Choice("CITIZEN", "Công dân", List.of("Người dân", "Cá nhân")),
                new Choice("BUSINESS", "Doanh nghiệp", List.of("Tổ chức")));
        choices("online_level", new Choice("NONE", "Chưa trực tuyến", List.of()),
                new Choice("PARTIAL", "Trực tuyến một phần", List.of("Một phần")),
                new Choice("FULL", "Trực tuyến toàn trình", List.of("Toàn trình")));
        choices("status", new Choice("ACTIVE", "Đang hiệu lực", List.of("Còn hiệu lực")),
                new Choice("SUSPENDED", "Tạm ngưng", List.of("Tạm dừng")),
                new Choice("ABOLISHED", "Đã bãi bỏ", List.of("Bãi bỏ")));
        choices("copy_kind", new Choice("ORIGINAL", "Bản chính", List.of()),
                new Choice("CERTIFIED_COPY", "Bản sao chứng thực", List.of("Bản sao có chứng thực")),
                new Choice("COPY", "Bản sao", List.of("Bản chụp")));
        choices("channel", new Choice("IN_PERSON", "Trực tiếp", List.of()),
                new Choice("ONLINE", "Trực tuyến", List.of()),
                new Choice("POST", "Bưu chính", List.of("Qua bưu chính")));
        choices("scenario", new Choice("AS_IS", "Hiện trạng", List.of()),
                new Choice("TO_BE", "Sau đơn giản hóa", List.of("Phương án đơn giản hóa")));
        choices("kind", new Choice("INFORMATION", "Tìm hiểu thông tin", List.of()),
                new Choice("PREPARE", "Chuẩn bị hồ sơ", List.of()),
                new Choice("COPY", "Sao chụp và chứng thực", List.of("Sao chụp, chứng thực")),
                new Choice("TRAVEL", "Đi lại", List.of()),
                new Choice("WAIT", "Chờ đợi", List.of()),
                new Choice("SUBMIT", "Nộp hồ sơ", List.of()),
                new Choice("PAY", "Nộp phí và lệ phí", List.of("Nộp phí, lệ phí")),
                new Choice("RECEIVE", "Nhận kết quả", List.of()),
                new Choice("OTHER", "Khác", List.of()));
        choices("part", new Choice("RECORD", "Thông tin công bố", List.of()),
                new Choice("FEES", "Phí và lệ phí", List.of("Phí, lệ phí")),
                new Choice("PROCESSING_TIME", "Thời hạn giải quyết", List.of()),
                new Choice("COMPONENTS", "Thành phần hồ sơ", List.of()),
                new Choice("LEGAL_BASIS", "Căn cứ pháp lý", List.of()),
                new Choice("ACTIVITIES", "Hoạt động tuân thủ", List.of()));
        choices("source", new Choice("ESTIMATED", "Ước tính", List.of()),
                new Choice("IMPORTED", "Nhập từ báo cáo", List.of()),
                new Choice("MEASURED", "Đo từ hệ thống", List.of()));
    }

    private CatalogVocabulary() {
    }

    private static void column(CatalogTable table, String column, String header, String meaning, String example) {
        COLUMNS.put(table.name() + "." + column, new ColumnWords(header, meaning, example));
    }

    private static void choices(String column, Choice... values) {
        CHOICES.put(column, List.of(values));
    }

    /** The Vietnamese name of a table's sheet. */
    static String sheet(CatalogTable table) {
        return SHEETS.get(table);
    }

    /** What a table's sheet holds, for the guide. */
    static String purpose(CatalogTable table) {
        return PURPOSES.get(table);
    }

    /** A column's Vietnamese header, meaning and example. */
    static ColumnWords words(CatalogTable table, Column column) {
        ColumnWords words = COLUMNS.get(table.name() + "." + column.name());
        if (words == null) {
            throw new IllegalStateException("no Vietnamese words for the column " + table + "." + column.name());
        }
        return words;
    }

    /** The values of an enumerated column, in the order of its codes. */
    static List<Choice> choices(Column column) {
        List<Choice> values = CHOICES.get(column.name());
        if (values == null || !values.stream().map(Choice::code).toList().equals(column.choices())) {
            throw new IllegalStateException("no Vietnamese names for the values of the column " + column.name());
        }
        return values;
    }

    /** The national databases a dossier component can be reused from, by code. */
    static List<Choice> databases() {
        return DATABASES;
    }

    /** The name of a national database, when {@code code} is one Procedo knows. */
    static Optional<String> databaseName(String code) {
        return DATABASES.stream().filter(d -> d.code().equals(code)).map(Choice::name).findFirst();
    }
}
