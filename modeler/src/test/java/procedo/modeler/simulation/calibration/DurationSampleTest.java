package procedo.modeler.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import procedo.modeler.simulation.Distribution;

/** The rule that fits a duration: fixed below a coefficient of variation of 0.05, else the family with the least AIC. */
class DurationSampleTest {

    private static final int N = 5000;

    @Test
    void durationsThatHardlyVaryAreFixedAtTheirMean() {
        DurationSample sample = new DurationSample();
        for (int i = 0; i < 100; i++) {
            sample.add(i % 2 == 0 ? 1.98 : 2.02);
        }
        DurationSample.Fit fit = sample.fit();
        assertThat(fit.distribution()).isEqualTo(Distribution.fixed(2.0));
        assertThat(fit.aic()).isEmpty();
        assertThat(fit.cv()).isLessThan(DurationSample.FIXED_CV);
    }

    @Test
    void exponentialDurationsAreFittedExponentialWithTheirMean() {
        Random random = new Random(1);
        DurationSample sample = new DurationSample();
        for (int i = 0; i < N; i++) {
            sample.add(-3 * Math.log(1 - random.nextDouble()));
        }
        DurationSample.Fit fit = sample.fit();
        assertThat(fit.distribution().kind()).isEqualTo(Distribution.Kind.EXPONENTIAL);
        assertThat(fit.distribution().mean()).isEqualTo(3, within(3 * 3 / Math.sqrt(N)));
        assertThat(fit.cv()).isEqualTo(1, within(0.05));
    }

    @Test
    void normalDurationsAreFittedNormalWithTheirMeanAndSpread() {
        Random random = new Random(2);
        DurationSample sample = new DurationSample();
        for (int i = 0; i < N; i++) {
            sample.add(8 + 1.5 * random.nextGaussian());
        }
        Distribution fitted = sample.fit().distribution();
        assertThat(fitted.kind()).isEqualTo(Distribution.Kind.NORMAL);
        assertThat(fitted.mean()).isEqualTo(8, within(0.1));
        assertThat(fitted.sd()).isEqualTo(1.5, within(0.1));
    }

    @Test
    void logNormalDurationsAreFittedLogNormalWithTheMeanAndSpreadOfTheDurations() {
        Random random = new Random(3);
        DurationSample sample = new DurationSample();
        double mu = Math.log(4);
        double sigma = 0.8;
        for (int i = 0; i < N; i++) {
            sample.add(Math.exp(mu + sigma * random.nextGaussian()));
        }
        Distribution fitted = sample.fit().distribution();
        assertThat(fitted.kind()).isEqualTo(Distribution.Kind.LOG_NORMAL);
        double mean = Math.exp(mu + sigma * sigma / 2);
        assertThat(fitted.mean()).isEqualTo(mean, within(0.05 * mean));
        assertThat(fitted.sd()).isEqualTo(mean * Math.sqrt(Math.expm1(sigma * sigma)), within(0.1 * mean));
    }
}
