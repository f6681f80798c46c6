package procedo.modeler.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plausible start-form data for load runs: a value of the right kind for every field, from a seeded random. */
public final class StartFormSamples {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Lan", "Nam", "Quân", "Trang"};

    /** A pattern of digits only: [0-9]{n} or [0-9]{n,m}, anchored or not. */
    private static final java.util.regex.Pattern DIGITS =
            java.util.regex.Pattern.compile("\\^?\\[0-9\\]\\{(\\d+)(?:,\\d+)?\\}\\$?");

    private final Random random;

    public StartFormSamples(long seed) {
        this.random = new Random(seed);
    }

    /** Data that passes {@link StartForm#check}; the address is in {@code province}. */
    public Map<String, Object> sample(StartForm form, String province) {
        return sample(form.fields(), province);
    }

    private Map<String, Object> sample(List<StartForm.Field> fields, String province) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (StartForm.Field f : fields) {
            Object value = switch (f.kind()) {
                case "date" -> LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)).toString();
                case "number" -> 1 + random.nextInt(3);
                case "choice" -> f.options().isEmpty() ? "1" : pick(new ArrayList<>(f.options()));
                case "choices" -> f.options().isEmpty() ? List.of() : List.of(pick(new ArrayList<>(f.options())));
                case "yesno" -> random.nextInt(4) == 0 ? "yes" : "no";
                case "checkbox" -> Boolean.TRUE;
                case "address" -> Map.of("province", province, "commune", "Phường " + pick(List.of(GIVEN)),
                        "street", (1 + random.nextInt(200)) + " đường " + pick(List.of(GIVEN)));
                case "list" -> f.columns().isEmpty() ? null : List.of(sample(f.columns(), province));
                case "file" -> null;
                default -> text(f);
            };
            if (value != null) {
                data.put(f.id(), value);
            }
        }
        return data;
    }

    private Object text(StartForm.Field f) {
        String pattern = f.pattern() == null ? "" : f.pattern();
        java.util.regex.Matcher digits = DIGITS.matcher(pattern);
        if (digits.matches()) {
            int length = Integer.parseInt(digits.group(1));
            StringBuilder number = new StringBuilder().append(1 + random.nextInt(9));
            while (number.length() < length) {
                number.append(random.nextInt(10));
            }
            return number.toString();
        }
        if (pattern.contains("+84")) {
            return "09" + String.format("%08d", random.nextInt(100_000_000));
        }
        if (pattern.contains("@")) {
            return "cong.dan" + random.nextInt(10_000) + "@example.vn";
        }
        return pick(List.of(FAMILY)) + " " + pick(List.of(MIDDLE)) + " " + pick(List.of(GIVEN));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
