package procedo.catalog.cost;

import java.math.BigDecimal;

/**
 * One line of a cost calculation, per dossier: time cost = hours × tariff × share, out-of-pocket =
 * out-of-pocket × share, total = both; {@code annualVnd} = total × dossiers per year. The fee line has kind
 * {@code FEES}.
 */
public record CostLine(String name, String kind, BigDecimal hours, BigDecimal share, BigDecimal timeCostVnd,
                       BigDecimal outOfPocketVnd, BigDecimal totalVnd, BigDecimal annualVnd) {

    public static final String FEES = "FEES";
}
