package procedo.engine;

import java.time.YearMonth;
import java.util.Objects;

/** How many cases of a procedure started in one calendar month (in the engine's zone): a point of a trend. */
public record MonthlyCases(YearMonth month, long started) {

    public MonthlyCases {
        Objects.requireNonNull(month, "month");
        if (started < 0) {
            throw new IllegalArgumentException("a count of cases is never negative");
        }
    }
}
