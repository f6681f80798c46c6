package procedo.catalog.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import procedo.catalog.usage.MeasuredUsage;
import procedo.catalog.number.Decimals;

/**
 * The inputs of one procedure's compliance cost in one scope, besides its activities — each shown so that the
 * cost can be recomputed by hand.
 *
 * @param tariffVndPerHour the tariff's hourly figure, derived and rounded to whole đồng
 * @param dossiersPerYear  the latest year's recorded dossiers in the scope, or population × frequency when none
 *                         are recorded (national scope only)
 * @param volumeSource     how {@code dossiersPerYear} was obtained, in words
 * @param onlineShare      online dossiers ÷ all dossiers of that year, rounded half-up to 4 decimals (0 when none)
 * @param inPersonFeesVnd  fees per dossier at the counter
 * @param onlineFeesVnd    fees per dossier online (the counter fees when no online fee is published)
 * @param feesVnd          the fees of an average dossier: in-person × (1 − online share) + online × online share
 * @param measured         what deployed workflows measured in the scope (each province's latest year), with their
 *                         coverage and days: those that stand for their year are counted in {@code dossiersPerYear}
 *                         (projected to a year), the others are shown beside it and not counted
 */
public record CostBasis(Scope scope, Tariff tariff, BigDecimal tariffVndPerHour, int year, BigDecimal dossiersPerYear, String volumeSource,
                        BigDecimal onlineShare, BigDecimal inPersonFeesVnd, BigDecimal onlineFeesVnd,
                        BigDecimal feesVnd, List<MeasuredUsage> measured) {

    public CostBasis {
        measured = measured == null ? List.of() : List.copyOf(measured);
    }

    static CostBasis of(SnapshotEntry entry, Scope scope, Tariff tariff, BigDecimal tariffVndPerHour) {
        Volume volume = volumeIn(entry, scope);
        BigDecimal quantity;
        String source;
        if (volume.total() > 0 || entry.usageYear() > 0) {
            quantity = BigDecimal.valueOf(volume.total());
            long measured = measuredIn(entry, scope);
            source = "usage statistics " + entry.usageYear()
                    + (measured > 0 ? ", of which " + measured + " a year measured by the workflow engine" : "");
        } else if (scope.isNational() && entry.applicantPopulation() != null && entry.frequencyPerYear() != null) {
            quantity = BigDecimal.valueOf(entry.applicantPopulation()).multiply(entry.frequencyPerYear());
            source = "population " + entry.applicantPopulation() + " × frequency " + entry.frequencyPerYear().toPlainString();
        } else {
            quantity = BigDecimal.ZERO;
            source = "no usage recorded";
        }
        BigDecimal share = volume.total() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(volume.online()).divide(BigDecimal.valueOf(volume.total()), 4, RoundingMode.HALF_UP);
        BigDecimal fees = entry.inPersonFeesVnd().multiply(BigDecimal.ONE.subtract(share))
                .add(entry.onlineFeesVnd().multiply(share));
        return new CostBasis(scope, tariff, tariffVndPerHour, entry.usageYear(), quantity, source, share,
                entry.inPersonFeesVnd(), entry.onlineFeesVnd(), fees, entry.measurementsIn(scope));
    }

    /**
     * The as-is compliance cost of one of the procedure's dossiers in this basis: tariff × Σ(hours × share) +
     * Σ(out-of-pocket × share) + the average dossier's fees.
     */
    public BigDecimal asIsCostPerDossier(SnapshotEntry entry) {
        return tariffVndPerHour.multiply(entry.asIsHours()).add(entry.asIsOutOfPocketVnd()).add(feesVnd);
    }

    /** The same figures written without trailing zeros, as they are shown. */
    CostBasis shown() {
        return new CostBasis(scope, tariff, tariffVndPerHour, year, plain(dossiersPerYear), volumeSource, plain(onlineShare),
                plain(inPersonFeesVnd), plain(onlineFeesVnd), plain(feesVnd), measured);
    }

    static Volume volumeIn(SnapshotEntry entry, Scope scope) {
        if (scope.isNational()) {
            Volume sum = Volume.NONE;
            for (Volume v : entry.volumes().values()) {
                sum = sum.plus(v);
            }
            return sum;
        }
        return entry.volumes().getOrDefault(scope.localityCode(), Volume.NONE);
    }

    /** Of the scope's dossiers, those counted by the workflow engine. */
    static long measuredIn(SnapshotEntry entry, Scope scope) {
        long measured = 0;
        for (String locality : entry.measuredLocalities()) {
            if (scope.isNational() || scope.localityCode().equals(locality)) {
                measured += entry.volumes().getOrDefault(locality, Volume.NONE).total();
            }
        }
        return measured;
    }

    static BigDecimal plain(BigDecimal value) {
        return Decimals.plain(value);
    }
}
