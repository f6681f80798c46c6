package procedo.modeler.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The as-is and to-be models of a procedure side by side (or any two versions of either, the one compared from in
 * the as-is place): both metric sets, to-be minus as-is per metric, and the elements added, removed and changed,
 * matched by element id. Compared elements are flow nodes (activities, events,
 * gateways), data object and data store references, lanes and participants; sequence flows, message flows and
 * diagram elements are not listed.
 */
public record ModelComparison(Side asIs, Side toBe, Map<String, Integer> deltas, Elements elements) {

    /** One model of the comparison: its kind (AS_IS or TO_BE), its version and its metrics. */
    public record Side(ModelKind kind, int version, Map<String, Integer> metrics) {
    }

    /** Element-level differences. */
    public record Elements(List<Element> added, List<Element> removed, List<Changed> changed) {
    }

    /** An element present on one side only. */
    public record Element(String id, String type, String name) {
    }

    /**
     * An element present on both sides whose name, type or lane differs: {@code changes} says how in one line per
     * difference ({@code name: 'A' → 'B'}), {@code details} the same as fields.
     */
    public record Changed(String id, String type, String name, List<String> changes, List<Change> details) {
    }

    /** One difference: the field ({@code name}, {@code type}, {@code lane}) with its as-is and to-be values. */
    public record Change(String field, String from, String to) {
        @Override
        public String toString() {
            return field + ": " + quoted(from) + " → " + quoted(to);
        }

        private static String quoted(String value) {
            return value == null ? "none" : "'" + value + "'";
        }
    }

    /** The comparison of as-is version {@code asIsVersion} with to-be version {@code toBeVersion}. */
    public static ModelComparison of(int asIsVersion, BpmnAnalysis asIs, int toBeVersion, BpmnAnalysis toBe) {
        return of(ModelKind.AS_IS, asIsVersion, asIs, ModelKind.TO_BE, toBeVersion, toBe);
    }

    /**
     * The comparison of two analysed versions: {@code asIsVersion} is the side compared from (usually the as-is
     * model), {@code toBeVersion} the side compared to.
     */
    public static ModelComparison of(ModelVersion asIsVersion, BpmnAnalysis asIs, ModelVersion toBeVersion,
                                     BpmnAnalysis toBe) {
        return of(asIsVersion.kind(), asIsVersion.version(), asIs, toBeVersion.kind(), toBeVersion.version(), toBe);
    }

    private static ModelComparison of(ModelKind asIsKind, int asIsVersion, BpmnAnalysis asIs, ModelKind toBeKind,
                                      int toBeVersion, BpmnAnalysis toBe) {
        Map<String, Integer> deltas = new LinkedHashMap<>();
        Map<String, Integer> before = asIs.metrics();
        toBe.metrics().forEach((metric, value) -> deltas.put(metric, value - before.get(metric)));
        Map<String, BpmnAnalysis.ElementInfo> old = byId(asIs.elements());
        Map<String, BpmnAnalysis.ElementInfo> now = byId(toBe.elements());
        List<Element> added = new ArrayList<>();
        List<Element> removed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (BpmnAnalysis.ElementInfo element : now.values()) {
            BpmnAnalysis.ElementInfo previous = old.get(element.id());
            if (previous == null) {
                added.add(new Element(element.id(), element.type(), element.name()));
                continue;
            }
            List<Change> changes = new ArrayList<>();
            if (!Objects.equals(previous.name(), element.name())) {
                changes.add(new Change("name", previous.name(), element.name()));
            }
            if (!previous.type().equals(element.type())) {
                changes.add(new Change("type", previous.type(), element.type()));
            }
            if (!Objects.equals(previous.laneId(), element.laneId())) {
                changes.add(new Change("lane", lane(previous), lane(element)));
            }
            if (!changes.isEmpty()) {
                changed.add(new Changed(element.id(), element.type(), element.name(),
                        changes.stream().map(Change::toString).toList(), changes));
            }
        }
        for (BpmnAnalysis.ElementInfo element : old.values()) {
            if (!now.containsKey(element.id())) {
                removed.add(new Element(element.id(), element.type(), element.name()));
            }
        }
        return new ModelComparison(new Side(asIsKind, asIsVersion, before),
                new Side(toBeKind, toBeVersion, toBe.metrics()), deltas,
                new Elements(added, removed, changed));
    }

    private static String lane(BpmnAnalysis.ElementInfo element) {
        if (element.laneId() == null) {
            return null;
        }
        return element.laneName() == null || element.laneName().isBlank() ? element.laneId() : element.laneName();
    }

    private static Map<String, BpmnAnalysis.ElementInfo> byId(List<BpmnAnalysis.ElementInfo> elements) {
        return elements.stream().collect(Collectors.toMap(BpmnAnalysis.ElementInfo::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
