package procedo.modeler.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A duration, in hours, drawn at random: fixed ({@code value}), uniform ({@code min}, {@code max}), triangular
 * ({@code min}, {@code mode}, {@code max}), normal ({@code mean}, {@code sd}; a draw below zero counts as zero),
 * exponential ({@code mean}) or log-normal ({@code mean} and {@code sd} of the duration itself, as BPSim gives them).
 * Only the fields of its kind are set; {@link #problem()} says what makes it unusable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Distribution(Kind kind, Double value, Double min, Double mode, Double max, Double mean, Double sd) {

    /** The shapes a duration can take (those of BPSim 2.0 that a person uses for working time). */
    public enum Kind { FIXED, UNIFORM, TRIANGULAR, NORMAL, EXPONENTIAL, LOG_NORMAL }

    public Distribution {
        Objects.requireNonNull(kind, "kind");
    }

    public static Distribution fixed(double hours) {
        return new Distribution(Kind.FIXED, hours, null, null, null, null, null);
    }

    public static Distribution uniform(double min, double max) {
        return new Distribution(Kind.UNIFORM, null, min, null, max, null, null);
    }

    public static Distribution triangular(double min, double mode, double max) {
        return new Distribution(Kind.TRIANGULAR, null, min, mode, max, null, null);
    }

    public static Distribution normal(double mean, double sd) {
        return new Distribution(Kind.NORMAL, null, null, null, null, mean, sd);
    }

    public static Distribution exponential(double mean) {
        return new Distribution(Kind.EXPONENTIAL, null, null, null, null, mean, null);
    }

    public static Distribution logNormal(double mean, double sd) {
        return new Distribution(Kind.LOG_NORMAL, null, null, null, null, mean, sd);
    }

    /** The longest mean duration accepted, in hours (about ten years of office hours). */
    static final double MAX_HOURS = 20_000;

    /** The key of the message saying why this cannot be drawn from, or null when it can. */
    String problem() {
        String shape = shapeProblem();
        return shape != null ? shape : expected() > MAX_HOURS || max != null && max > MAX_HOURS ? "tooLong" : null;
    }

    private String shapeProblem() {
        return switch (kind) {
            case FIXED -> missing(value) ? "missing" : value < 0 ? "negative" : null;
            case UNIFORM -> missing(min) || missing(max) ? "missing" : min < 0 ? "negative"
                    : max < min ? "order" : null;
            case TRIANGULAR -> missing(min) || missing(mode) || missing(max) ? "missing" : min < 0 ? "negative"
                    : mode < min || max < mode ? "order" : null;
            case NORMAL -> missing(mean) || missing(sd) ? "missing" : mean < 0 ? "negative"
                    : sd < 0 ? "spread" : null;
            case EXPONENTIAL -> missing(mean) ? "missing" : mean < 0 ? "negative" : null;
            case LOG_NORMAL -> missing(mean) || missing(sd) ? "missing" : mean <= 0 ? "negative"
                    : sd < 0 ? "spread" : null;
        };
    }

    /** The mean of the distribution, in hours (a normal's is that of the untruncated one). */
    double expected() {
        return switch (kind) {
            case FIXED -> value;
            case UNIFORM -> (min + max) / 2;
            case TRIANGULAR -> (min + mode + max) / 3;
            case NORMAL, EXPONENTIAL, LOG_NORMAL -> mean;
        };
    }

    /** A compiled form that draws without boxing. */
    Sampler sampler() {
        return switch (kind) {
            case FIXED -> new Sampler(0, value, 0, 0);
            case UNIFORM -> new Sampler(1, min, max, 0);
            case TRIANGULAR -> new Sampler(2, min, mode, max);
            case NORMAL -> new Sampler(3, mean, sd, 0);
            case EXPONENTIAL -> new Sampler(4, mean, 0, 0);
            case LOG_NORMAL -> {
                double variance = Math.log(1 + (sd * sd) / (mean * mean));
                yield new Sampler(5, Math.log(mean) - variance / 2, Math.sqrt(variance), 0);
            }
        };
    }

    private static boolean missing(Double d) {
        return d == null || d.isNaN() || d.isInfinite();
    }

    /** Draws hours; the parameters are those of {@link #sampler()}'s kind. */
    record Sampler(int shape, double a, double b, double c) {
        double draw(RandomGenerator random) {
            return switch (shape) {
                case 0 -> a;
                case 1 -> a + (b - a) * random.nextDouble();
                case 2 -> triangular(random.nextDouble());
                case 3 -> Math.max(0, a + b * random.nextGaussian());
                case 4 -> a == 0 ? 0 : -a * Math.log(1 - random.nextDouble());
                default -> Math.exp(a + b * random.nextGaussian());
            };
        }

        private double triangular(double u) {
            double min = a;
            double mode = b;
            double max = c;
            if (max == min) {
                return min;
            }
            double split = (mode - min) / (max - min);
            return u < split ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }
}
