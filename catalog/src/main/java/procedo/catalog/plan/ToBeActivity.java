package procedo.catalog.plan;

import java.math.BigDecimal;
import java.util.List;
import procedo.catalog.cost.Activity;
import procedo.catalog.cost.ActivityKind;

/**
 * One activity of a derived to-be, with what changed it: the labels of the measures, and {@code "edited by hand"}
 * for an analyst's edit. An empty {@code changedBy} means it is the as-is activity unchanged.
 */
public record ToBeActivity(String name, ActivityKind kind, BigDecimal hours, BigDecimal outOfPocketVnd,
                           BigDecimal share, List<String> changedBy) {

    public static final String HAND_EDIT = "edited by hand";

    public ToBeActivity {
        changedBy = List.copyOf(changedBy);
    }

    public Activity activity() {
        return new Activity(name, kind, hours, outOfPocketVnd, share);
    }
}
