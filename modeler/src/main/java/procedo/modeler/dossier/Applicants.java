package procedo.modeler.dossier;

import java.util.List;
import java.util.Map;

/**
 * Which start-form field names the applicant: {@code applicantName} (the form built from a procedure's dossier),
 * else the first of the standard templates' fields {@code nyc_ho_ten} (người yêu cầu), {@code ten_dn_tieng_viet}
 * (an enterprise's name), {@code chu_dn_ho_ten}, else the first field whose id ends in {@code ho_ten}.
 */
public final class Applicants {

    /** The fields that name the applicant, the first filled one winning. */
    public static final List<String> FIELDS = List.of("applicantName", "nyc_ho_ten", "ten_dn_tieng_viet",
            "chu_dn_ho_ten");

    /** The longest applicant's name kept. */
    static final int MAX = 300;

    private Applicants() {
    }

    /** The applicant's name in a start form's data, trimmed; null when none is given. */
    public static String name(Map<String, Object> data) {
        if (data == null) {
            return null;
        }
        for (String field : FIELDS) {
            String found = text(data.get(field));
            if (found != null) {
                return found;
            }
        }
        return data.entrySet().stream().filter(e -> e.getKey().endsWith("ho_ten")).map(e -> text(e.getValue()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String text(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        String name = s.strip().replaceAll("\\s+", " ");
        return name.length() > MAX ? name.substring(0, MAX) : name;
    }
}
