package procedo.catalog.locality;

import java.util.List;

/**
 * A place procedures are carried out in: the nation ({@code VN}), one of the 34 provincial-level units
 * organised since 1 July 2025, or a commune.
 *
 * @param formerCodes the statistical codes of the former provinces it was formed from (statistics recorded
 *                    before the merger roll up to it)
 */
public record Locality(String code, String name, LocalityKind kind, String parentCode, Long population,
                       List<String> formerCodes) {

    public static final String NATIONAL = "VN";

    public Locality {
        formerCodes = List.copyOf(formerCodes);
    }
}
