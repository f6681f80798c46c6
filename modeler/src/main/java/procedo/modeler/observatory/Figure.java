package procedo.modeler.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import procedo.catalog.text.Text;

/**
 * One cell of the observatory: a value with where it comes from, or no value and the reason why (never a zero in
 * place of a figure nobody has). A figure measured by the workflow engine may stand {@code beside} one from the
 * statistics, never in its place.
 *
 * @param value       the figure (shares from 0 to 1), null when missing
 * @param source      where it comes from, null when missing
 * @param year        the year it counts, null when it is not one year's (the engine's figures since the first case)
 * @param dossiers    the dossiers it counts or is a share of, null when it is not a count
 * @param localities  how many localities it adds up, null when it is not a sum over localities
 * @param coveredDays for a figure covering part of its year, the most days any locality's part covers; else null
 * @param note        how it was obtained, in words, null when missing
 * @param missing     why there is no value, null when there is one
 * @param rating      where the value stands against the column's thresholds, null without thresholds or value
 * @param beside      the engine's figure shown beside this one, or null
 */
public record Figure(BigDecimal value, FigureSource source, Integer year, Long dossiers, Integer localities,
                     Integer coveredDays, Text note, Text missing, Rating rating, Figure beside) {

    public Figure {
        if ((value == null) == (missing == null)) {
            throw new IllegalArgumentException("a figure has either a value or the reason it is missing");
        }
    }

    /** No figure, for {@code reason}. */
    public static Figure missing(Text reason) {
        return new Figure(null, null, null, null, null, null, null, Objects.requireNonNull(reason, "reason"), null,
                null);
    }

    /** A value with its source and its explanation. */
    public static Figure of(BigDecimal value, FigureSource source, Integer year, Long dossiers, Integer localities,
                            Integer coveredDays, Text note) {
        return new Figure(Objects.requireNonNull(value, "value"), source, year, dossiers, localities, coveredDays,
                note, null, null, null);
    }

    /** {@code part ÷ whole} rounded half-up to 4 decimals. */
    public static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    public boolean isMissing() {
        return value == null;
    }

    /** This figure rated by {@code thresholds} (none: unrated). */
    public Figure rated(Thresholds thresholds) {
        return new Figure(value, source, year, dossiers, localities, coveredDays, note, missing,
                thresholds == null ? null : thresholds.rate(value), beside);
    }

    /** This figure with {@code other} beside it. */
    public Figure withBeside(Figure other) {
        return new Figure(value, source, year, dossiers, localities, coveredDays, note, missing, rating, other);
    }
}
