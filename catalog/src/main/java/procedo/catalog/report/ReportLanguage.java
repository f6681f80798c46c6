package procedo.catalog.report;

import java.util.Locale;
import procedo.catalog.text.Messages;

/**
 * The language a report is written in: Vietnamese unless English is asked for. A request names it by a tag
 * ({@code vi}, {@code en}) or by its {@code Accept-Language} header, read as {@link Messages} reads it.
 */
public enum ReportLanguage {
    VIETNAMESE, ENGLISH;

    /** The language of the first tag that is given ({@code ?lang=}, then {@code Accept-Language}); Vietnamese by default. */
    public static ReportLanguage of(String... tags) {
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                return of(Messages.fromAcceptLanguage(tag));
            }
        }
        return VIETNAMESE;
    }

    /** English for an English locale, Vietnamese otherwise. */
    public static ReportLanguage of(Locale locale) {
        return Messages.isEnglish(locale) ? ENGLISH : VIETNAMESE;
    }

    /** The Vietnamese or the English of one text. */
    public String pick(String vietnamese, String english) {
        return this == VIETNAMESE ? vietnamese : english;
    }
}
