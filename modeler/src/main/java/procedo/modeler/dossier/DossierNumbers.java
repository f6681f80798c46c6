package procedo.modeler.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import procedo.catalog.text.Messages;

/**
 * The dossier number's format: {@code <locality>-<yyMMdd>-<NNNN>}, the receiving province's code (or {@code TW} for
 * a dossier received centrally), the day of receipt in Vietnam's time zone, and the dossier's place in that
 * locality's day, from 0001 (more than 9999 in a day widens the number), e.g. {@code 79-251205-0001}.
 */
public final class DossierNumbers {

    /** The locality part of a dossier received by a central agency (trung ương). */
    public static final String CENTRAL = "TW";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,16}-[0-9]{6}-[0-9]{4,}");

    private DossierNumbers() {
    }

    /** The day whose counter a dossier received at {@code at} raises. */
    public static LocalDate day(Instant at) {
        return at.atZone(Messages.VIET_NAM).toLocalDate();
    }

    public static String format(String locality, LocalDate day, int sequence) {
        return (locality == null ? CENTRAL : locality) + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }

    /** Whether {@code text} has the form of a dossier number (after trimming and upper-casing). */
    public static boolean looksLikeNumber(String text) {
        return text != null && FORMAT.matcher(normalise(text)).matches();
    }

    /** A number as typed, trimmed and upper-cased. */
    public static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
