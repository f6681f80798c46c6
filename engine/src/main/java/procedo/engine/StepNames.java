package procedo.engine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What the name of a model's step says, read the way a Vietnamese civil servant writes it (diacritics and case
 * ignored): an end event that means a refusal, and an applicant's step that supplies additional documents.
 */
public final class StepNames {

    /** Folded words of an end event's name that mean a refusal. */
    static final List<String> REFUSAL = List.of("tu choi", "khong cap", "khong du dieu kien", "khong chap thuan",
            "refus", "reject", "denied");
    /** Folded words of an applicant's step that supplies additional documents (yêu cầu bổ sung hồ sơ). */
    static final List<String> SUPPLEMENT = List.of("bo sung", "supplement", "additional document");

    private StepNames() {
    }

    /** Whether an end event so named means a refusal ("Hồ sơ bị từ chối", "Không cấp giấy phép" ...). */
    public static boolean saysRefusal(String name) {
        return contains(name, REFUSAL);
    }

    /** Whether an applicant's step so named supplies additional documents ("Bổ sung hồ sơ" ...). */
    public static boolean saysSupplement(String name) {
        return contains(name, SUPPLEMENT);
    }

    private static boolean contains(String name, List<String> words) {
        if (name == null) {
            return false;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(folded::contains);
    }
}
