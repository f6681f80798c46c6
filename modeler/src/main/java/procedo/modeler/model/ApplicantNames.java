package procedo.modeler.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Which lane or pool is the applicant's: its name, folded to lower-case ASCII without diacritics, contains one of
 * {@link #KEYWORDS} ("Người dân", "Công dân", "Tổ chức, cá nhân", "Doanh nghiệp", "Applicant", ...).
 */
public final class ApplicantNames {

    /** The folded words that mark the applicant's lane or pool. */
    public static final List<String> KEYWORDS = List.of("nguoi dan", "cong dan", "ca nhan", "to chuc",
            "doanh nghiep", "nguoi nop", "nguoi yeu cau", "applicant", "citizen", "business");

    private ApplicantNames() {
    }

    public static boolean isApplicant(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String folded = fold(name);
        return KEYWORDS.stream().anyMatch(folded::contains);
    }

    /** Lower-case ASCII without diacritics, whitespace runs as one space: "Người  Dân" → "nguoi dan". */
    static String fold(String text) {
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
