package procedo.modeler.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;
import procedo.modeler.model.BpmnAnalyser;
import procedo.modeler.model.BpmnAnalysis;
import procedo.modeler.model.LintSeverity;

/** A to-be model's lint findings as located problems, split by weight: errors stop a deployment, warnings ask why. */
record ModelFindings(List<Problem> errors, List<Problem> warnings) {

    static ModelFindings of(byte[] xml) {
        BpmnAnalysis analysis = new BpmnAnalyser().analyse(xml);
        Map<String, BpmnAnalysis.ElementInfo> elements = analysis.elements().stream()
                .collect(Collectors.toMap(BpmnAnalysis.ElementInfo::id, Function.identity(), (a, b) -> a));
        Map<LintSeverity, List<Problem>> split = analysis.lint().stream().collect(Collectors.groupingBy(
                f -> LintSeverity.of(f.rule()), Collectors.mapping(f -> new Problem(f.elementId(), f.text(),
                        place(f.elementId(), elements.get(f.elementId()))), Collectors.toList())));
        return new ModelFindings(split.getOrDefault(LintSeverity.ERROR, List.of()),
                split.getOrDefault(LintSeverity.WARNING, List.of()));
    }

    /** The element as a person sees it: its kind and name (its id when it has no name). */
    private static Text place(String id, BpmnAnalysis.ElementInfo element) {
        if (element == null) {
            return Text.of("engine.place.element", id);
        }
        String type = element.type();
        String kind = type.endsWith("SubProcess") || type.endsWith("Transaction") ? "subProcess"
                : type.endsWith("Task") || type.endsWith("CallActivity") ? "task"
                : type.endsWith("Gateway") ? "gateway"
                : type.endsWith("Event") ? "event" : "element";
        return Text.of("engine.place." + kind, element.name() == null || element.name().isBlank() ? id
                : element.name());
    }
}
