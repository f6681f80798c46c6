package procedo.catalog.cost;

import java.math.BigDecimal;
import java.util.Objects;
import procedo.catalog.number.Decimals;

/**
 * One line of a cost calculation, per dossier, so that a report can show how each figure was reached:
 * {@code timeCostVnd = hours × tariff × share}, {@code outOfPocketVnd} is the activity's money cost × share,
 * {@code totalVnd = timeCostVnd + outOfPocketVnd} and {@code annualVnd = totalVnd × dossiers per year}.
 * {@code kind} is the name of the {@link ActivityKind}, or {@value #FEES_KIND} for the fees and charges line.
 * Amounts are exact and carry no trailing zeros.
 */
public record CostLine(
        String name,
        String kind,
        BigDecimal hours,
        BigDecimal share,
        BigDecimal timeCostVnd,
        BigDecimal outOfPocketVnd,
        BigDecimal totalVnd,
        BigDecimal annualVnd) {

    /** The kind of the line that holds the fees and charges (phí, lệ phí) of a dossier. */
    public static final String FEES_KIND = "FEES";

    /** The name of the line that holds the fees and charges of a dossier. */
    public static final String FEES_NAME = "Fees and charges";

    public CostLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        hours = Decimals.plain(hours);
        share = Decimals.plain(share);
        timeCostVnd = Decimals.plain(timeCostVnd);
        outOfPocketVnd = Decimals.plain(outOfPocketVnd);
        totalVnd = Decimals.plain(totalVnd);
        annualVnd = Decimals.plain(annualVnd);
    }
}
