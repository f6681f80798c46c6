package procedo.catalog.assessment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import procedo.catalog.locality.Locality;

/**
 * Where figures are taken: the whole country ({@code national}, also {@code VN}) or one locality by its code.
 */
public record Scope(String localityCode) {

    public static final Scope NATIONAL = new Scope(Locality.NATIONAL);

    public static Scope parse(String text) {
        if (text == null || text.isBlank() || text.trim().toLowerCase(Locale.ROOT).equals("national")) {
            return NATIONAL;
        }
        return new Scope(text.trim());
    }

    public boolean isNational() {
        return Locality.NATIONAL.equals(localityCode);
    }

    @Override
    @JsonValue
    public String toString() {
        return isNational() ? "national" : localityCode;
    }
}
