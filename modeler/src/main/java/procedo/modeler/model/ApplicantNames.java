package procedo.modeler.model;

import java.util.List;
import procedo.catalog.text.Fold;

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
        String folded = Fold.fold(name);
        return KEYWORDS.stream().anyMatch(folded::contains);
    }
}
