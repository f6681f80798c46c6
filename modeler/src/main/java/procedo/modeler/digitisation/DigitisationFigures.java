package procedo.modeler.digitisation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Digitisation and satisfaction of one procedure's dossiers (in one locality, or everywhere), counted over real
 * dossiers only (never a training or simulated case), beside the national reference figures. Shares run from 0 to 1
 * rounded half-up to 4 decimals, the mean score to 2; each is null when nothing was counted for it.
 *
 * @param dossiers              dossiers whose components were recorded at intake
 * @param dossiersDigitised     those of them with no component on paper
 * @param digitisedShare        dossiersDigitised ÷ dossiers
 * @param components            components recorded
 * @param componentsReused      those reused from a national database (once-only)
 * @param reusedShare           componentsReused ÷ components
 * @param results               dossiers whose result's medium was recorded
 * @param resultsElectronic     those issued as an electronic copy
 * @param electronicResultShare resultsElectronic ÷ results
 * @param ratings               the applicants' ratings given
 * @param meanScore             their mean score, 1 to 5
 */
public record DigitisationFigures(String procedureCode, String locality, long dossiers, long dossiersDigitised,
                                  BigDecimal digitisedShare, long components, long componentsReused,
                                  BigDecimal reusedShare, long results, long resultsElectronic,
                                  BigDecimal electronicResultShare, long ratings, BigDecimal meanScore,
                                  NationalReference reference) {

    /** The figures made of {@code counts}. */
    public static DigitisationFigures of(String procedureCode, String locality, DigitisationRecords.Counts counts) {
        DigitisationRecords.Counts c = counts == null ? DigitisationRecords.Counts.NONE : counts;
        return new DigitisationFigures(procedureCode, locality, c.dossiers(), c.digitised(),
                share(c.digitised(), c.dossiers()), c.components(), c.reused(), share(c.reused(), c.components()),
                c.results(), c.electronic(), share(c.electronic(), c.results()), c.ratings(),
                c.ratings() == 0 ? null : BigDecimal.valueOf(c.scoreSum())
                        .divide(BigDecimal.valueOf(c.ratings()), 2, RoundingMode.HALF_UP),
                NationalReference.VIETNAM);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
