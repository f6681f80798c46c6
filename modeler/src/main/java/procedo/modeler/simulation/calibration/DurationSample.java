package procedo.modeler.simulation.calibration;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import procedo.modeler.simulation.Distribution;

/**
 * Durations (hours) measured for one element, kept as running sums (mean and spread of the durations and of their
 * logarithms) so that any number of them takes the same memory, and the distribution that fits them.
 */
final class DurationSample {

    /** Below this coefficient of variation the durations count as fixed. */
    static final double FIXED_CV = 0.05;

    private long n;
    private double mean;
    private double squares;
    private long positive;
    private double logMean;
    private double logSquares;

    void add(double hours) {
        n++;
        double delta = hours - mean;
        mean += delta / n;
        squares += delta * (hours - mean);
        if (hours > 0) {
            positive++;
            double log = Math.log(hours);
            double logDelta = log - logMean;
            logMean += logDelta / positive;
            logSquares += logDelta * (log - logMean);
        }
    }

    long size() {
        return n;
    }

    /** The sample's coefficient of variation (sd ÷ mean, the sd with n − 1), or null below two durations. */
    Double cv() {
        if (n < 2) {
            return null;
        }
        return mean <= 0 ? 0.0 : Math.sqrt(squares / (n - 1)) / mean;
    }

    /**
     * The fit: fixed at the mean when the coefficient of variation is below {@link #FIXED_CV}; else, of the
     * exponential, the normal and (all durations above zero) the log-normal with their maximum-likelihood parameters,
     * the one with the least AIC (2k − 2 ln L).
     */
    Fit fit() {
        Double cv = cv();
        if (cv == null || cv < FIXED_CV) {
            return new Fit(Distribution.fixed(round(mean)), cv, Collections.emptySortedMap());
        }
        Map<Distribution.Kind, Double> aic = new EnumMap<>(Distribution.Kind.class);
        double variance = squares / n;
        aic.put(Distribution.Kind.EXPONENTIAL, 2 - 2 * (-n * Math.log(mean) - n));
        aic.put(Distribution.Kind.NORMAL, 4 - 2 * (-n / 2.0 * (Math.log(2 * Math.PI * variance) + 1)));
        double logVariance = positive == n ? logSquares / n : 0;
        if (logVariance > 0) {
            double logLikelihood = -logMean * n - n / 2.0 * (Math.log(2 * Math.PI * logVariance) + 1);
            aic.put(Distribution.Kind.LOG_NORMAL, 4 - 2 * logLikelihood);
        }
        Distribution.Kind best = aic.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Distribution fitted = switch (best) {
            case EXPONENTIAL -> Distribution.exponential(round(mean));
            case NORMAL -> Distribution.normal(round(mean), round(Math.sqrt(variance)));
            default -> {
                double m = Math.exp(logMean + logVariance / 2);
                yield Distribution.logNormal(round(m), round(m * Math.sqrt(Math.expm1(logVariance))));
            }
        };
        SortedMap<Distribution.Kind, Double> scores = new TreeMap<>();
        aic.forEach((kind, value) -> scores.put(kind, round(value)));
        return new Fit(fitted, round(cv), scores);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** A fitted distribution, the sample's coefficient of variation and each candidate's AIC. */
    record Fit(Distribution distribution, Double cv, SortedMap<Distribution.Kind, Double> aic) {
    }
}
