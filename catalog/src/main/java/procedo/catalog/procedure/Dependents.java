package procedo.catalog.procedure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import procedo.catalog.text.Text;

/**
 * What depends on a procedure, counted by kind ({@code plans}, {@code models}, {@code usage}, {@code templates},
 * {@code adoptions}, {@code deployments}, {@code cases}); kinds with nothing are left out. A procedure with any
 * dependent is withdrawn rather than deleted.
 */
public record Dependents(Map<String, Long> counts) {

    public static final String PLANS = "plans";
    public static final String MODELS = "models";
    public static final String USAGE = "usage";
    public static final String TEMPLATES = "templates";
    public static final String ADOPTIONS = "adoptions";
    public static final String DEPLOYMENTS = "deployments";
    public static final String CASES = "cases";

    private static final java.util.Set<String> KINDS = java.util.Set.of(PLANS, MODELS, USAGE, TEMPLATES, ADOPTIONS,
            DEPLOYMENTS, CASES);

    public Dependents {
        Map<String, Long> kept = new LinkedHashMap<>();
        counts.forEach((kind, n) -> {
            if (n != null && n > 0) {
                kept.merge(kind, n, Long::sum);
            }
        });
        counts = Collections.unmodifiableMap(kept);
    }

    public static Dependents none() {
        return new Dependents(Map.of());
    }

    /** One kind counted. */
    public static Dependents of(String kind, long count) {
        return new Dependents(Map.of(kind, count));
    }

    public Dependents and(String kind, long count) {
        Map<String, Long> all = new LinkedHashMap<>(counts);
        all.merge(kind, count, Long::sum);
        return new Dependents(all);
    }

    public Dependents and(Dependents other) {
        Map<String, Long> all = new LinkedHashMap<>(counts);
        other.counts.forEach((kind, n) -> all.merge(kind, n, Long::sum));
        return new Dependents(all);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /**
     * The counts as people read them, in their language: "2 plans, 1 models" in English, "2 phương án, 1 mô hình"
     * in Vietnamese; a kind without a sentence of its own is counted with its name.
     */
    public Text text() {
        return Text.join(counts.entrySet().stream()
                .map(e -> KINDS.contains(e.getKey()) ? Text.of("catalog.dependents." + e.getKey(), e.getValue())
                        : Text.verbatim(e.getValue() + " " + e.getKey()))
                .toList());
    }

    /** The counts as people read them in English, e.g. {@code 2 plans, 1 models}. */
    @Override
    public String toString() {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
