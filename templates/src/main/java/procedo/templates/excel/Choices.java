package procedo.templates.excel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import procedo.catalog.locality.Level;
import procedo.catalog.procedure.CopyKind;
import procedo.catalog.procedure.FeeChannel;
import procedo.catalog.procedure.OnlineLevel;
import procedo.templates.model.FieldType;

/**
 * The values of one enumerated column as an officer reads and writes them: each value's Vietnamese name (what an
 * export writes and the drop-down list offers) and the other spellings an import accepts — the code a workbook of
 * the English layout holds, shorter names the pages use — compared without regard to case, diacritics or spacing.
 *
 * @param <V> the value type: an enumeration, or the code of a national database
 */
public final class Choices<V> {

    /** Diacritical marks, once a text is decomposed. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    /** Cấp thực hiện. */
    public static final Choices<Level> LEVELS = Choices.<Level>builder()
            .add(Level.CENTRAL, "Cấp trung ương", "Trung ương", "CENTRAL")
            .add(Level.PROVINCE, "Cấp tỉnh", "Tỉnh", "PROVINCE")
            .add(Level.COMMUNE, "Cấp xã", "Xã", "COMMUNE")
            .build();

    /** Mức độ dịch vụ công trực tuyến. */
    public static final Choices<OnlineLevel> ONLINE_LEVELS = Choices.<OnlineLevel>builder()
            .add(OnlineLevel.NONE, "Chưa trực tuyến", "Không", "NONE")
            .add(OnlineLevel.PARTIAL, "Trực tuyến một phần", "Một phần", "PARTIAL")
            .add(OnlineLevel.FULL, "Trực tuyến toàn trình", "Toàn trình", "FULL")
            .build();

    /** The channel a fee applies to (cách thức thực hiện). */
    public static final Choices<FeeChannel> CHANNELS = Choices.<FeeChannel>builder()
            .add(FeeChannel.IN_PERSON, "Trực tiếp", "IN_PERSON", "IN PERSON", "IN-PERSON")
            .add(FeeChannel.ONLINE, "Trực tuyến", "ONLINE")
            .add(FeeChannel.POST, "Bưu chính", "Dịch vụ bưu chính", "POST")
            .build();

    /** The form in which a dossier component is handed in. */
    public static final Choices<CopyKind> COPY_KINDS = Choices.<CopyKind>builder()
            .add(CopyKind.ORIGINAL, "Bản chính", "ORIGINAL")
            .add(CopyKind.CERTIFIED_COPY, "Bản sao có chứng thực", "Bản sao chứng thực", "CERTIFIED_COPY",
                    "CERTIFIED COPY", "CERTIFIED-COPY")
            .add(CopyKind.COPY, "Bản sao", "COPY")
            .build();

    /** The kinds of form field, by the Vietnamese label of each type. */
    public static final Choices<FieldType> FIELD_TYPES = fieldTypes();

    /** Whether a field is required: {@code Có} or empty. */
    public static final Choices<Boolean> YES_NO = Choices.<Boolean>builder()
            .add(Boolean.TRUE, "Có", "x", "yes", "y", "true", "1", "bắt buộc")
            .add(Boolean.FALSE, "Không", "no", "n", "false", "0")
            .build();

    /**
     * The national databases a document or a field value can be reused from, by the names the pages use; a code
     * not listed here is written and read as it is.
     */
    public static final Choices<String> DATABASES = Choices.<String>builder()
            .add("POPULATION_DB", "CSDL quốc gia về dân cư", "POPULATION_DB")
            .add("CIVIL_STATUS_DB", "CSDL hộ tịch điện tử", "CIVIL_STATUS_DB")
            .add("HEALTH_DB", "Dữ liệu y tế", "HEALTH_DB")
            .add("INSURANCE_DB", "CSDL bảo hiểm", "INSURANCE_DB")
            .add("BUSINESS_REGISTRY", "CSDL quốc gia về đăng ký doanh nghiệp", "BUSINESS_REGISTRY")
            .add("LAND_DB", "CSDL đất đai", "LAND_DB")
            .add("JUDICIAL_RECORDS_DB", "CSDL lý lịch tư pháp", "JUDICIAL_RECORDS_DB")
            .add("VEHICLE_DB", "CSDL đăng ký phương tiện", "VEHICLE_DB")
            .build();

    private final Map<V, String> names;
    private final Map<String, V> spellings;

    private Choices(Map<V, String> names, Map<String, V> spellings) {
        this.names = names;
        this.spellings = spellings;
    }

    /** The Vietnamese name of {@code value}; a value without one (an unlisted database code) as it is. */
    public String name(V value) {
        return names.getOrDefault(value, String.valueOf(value));
    }

    /** The Vietnamese names, in the order of the drop-down list. */
    public List<String> names() {
        return List.copyOf(names.values());
    }

    /** The value {@code written} names (its Vietnamese name, another accepted spelling, its code), if any. */
    public Optional<V> parse(String written) {
        return Optional.ofNullable(spellings.get(comparable(written)));
    }

    /** The names joined for a message: {@code Trực tiếp, Trực tuyến, Bưu chính}. */
    public String listed() {
        return String.join(", ", names.values());
    }

    /** The names a cell may hold, each in quotation marks (“Văn bản ngắn”, “Số”, ...): what to type, in any language. */
    public String quoted() {
        return names.values().stream().map(n -> "“" + n + "”").collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * A text as it is compared: composed, without diacritics (đ as d), in lower case, with underscores, dashes and
     * runs of spaces as one space.
     */
    static String comparable(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
                .replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SEPARATORS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }


    private static Choices<FieldType> fieldTypes() {
        Builder<FieldType> builder = builder();
        for (FieldType type : FieldType.values()) {
            builder.add(type, type.labelVi(), type.code(), type.name());
        }
        return builder.build();
    }

    private static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Collects values with their name first and their other spellings. */
    private static final class Builder<V> {
        private final Map<V, String> names = new LinkedHashMap<>();
        private final Map<String, V> spellings = new LinkedHashMap<>();

        Builder<V> add(V value, String name, String... others) {
            names.put(value, name);
            List<String> all = new ArrayList<>(List.of(others));
            all.add(0, name);
            all.forEach(s -> spellings.putIfAbsent(comparable(s), value));
            return this;
        }

        Choices<V> build() {
            return new Choices<>(Collections.unmodifiableMap(new LinkedHashMap<>(names)), Map.copyOf(spellings));
        }
    }
}
