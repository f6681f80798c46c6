package procedo.catalog.assessment;

import java.util.Map;

/**
 * Where the catalog reads the applicants' satisfaction with each procedure's service (their ratings are kept by the
 * running of workflows, outside the catalog), for the ranking's dissatisfaction criterion.
 */
@FunctionalInterface
public interface SatisfactionSource {

    /** No ratings anywhere: every procedure is neutral. */
    SatisfactionSource NONE = scope -> Map.of();

    /** The satisfaction of every rated procedure in {@code scope}, by procedure code. */
    Map<String, Satisfaction> in(Scope scope);
}
