package procedo.catalog.report;

import java.util.Locale;

/**
 * The language a report is written in: Vietnamese unless English is asked for. A request names it by a tag
 * ({@code vi}, {@code en}) or by its {@code Accept-Language} header, whose first language range decides.
 */
public enum ReportLanguage {
    VIETNAMESE, ENGLISH;

    /** The language of the first tag that is given ({@code ?lang=}, then {@code Accept-Language}); Vietnamese by default. */
    public static ReportLanguage of(String... tags) {
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                String first = tag.split(",")[0].split(";")[0].trim().toLowerCase(Locale.ROOT);
                return first.equals("en") || first.startsWith("en-") ? ENGLISH : VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    /** The Vietnamese or the English of one text. */
    public String pick(String vietnamese, String english) {
        return this == VIETNAMESE ? vietnamese : english;
    }
}
