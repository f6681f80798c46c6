package procedo.templates.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of form field a template may hold; the workbook writes them by {@link #code()}. */
public enum FieldType {
    TEXT("text", "Văn bản ngắn"),
    TEXTAREA("textarea", "Văn bản dài"),
    NUMBER("number", "Số"),
    MONEY("money", "Số tiền (đồng)"),
    DATE("date", "Ngày (dd/mm/yyyy)"),
    SELECT("select", "Chọn một"),
    MULTISELECT("multiselect", "Chọn nhiều"),
    CHECKBOX("checkbox", "Ô đánh dấu"),
    YESNO("yesno", "Có / Không"),
    CITIZEN_ID("citizen_id", "Số định danh cá nhân (12 chữ số)"),
    PHONE("phone", "Số điện thoại"),
    EMAIL("email", "Thư điện tử"),
    ADDRESS("address", "Địa chỉ (tỉnh/thành phố → xã/phường)"),
    FILE("file", "Tệp đính kèm"),
    GROUP("group", "Bảng (nhóm lặp lại)");

    private final String code;
    private final String labelVi;

    FieldType(String code, String labelVi) {
        this.code = code;
        this.labelVi = labelVi;
    }

    public String code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public boolean hasOptions() {
        return this == SELECT || this == MULTISELECT;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }

    public boolean isTextual() {
        return this == TEXT || this == TEXTAREA;
    }

    public static Optional<FieldType> fromCode(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.code.equals(v) || t.name().equalsIgnoreCase(v)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(FieldType::code).toList());
    }
}
