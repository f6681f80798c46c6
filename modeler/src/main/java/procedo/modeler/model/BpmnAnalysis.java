package procedo.modeler.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import procedo.catalog.text.Messages;
import procedo.catalog.text.Text;

/**
 * What a BPMN model says about the burden of a procedure: counts (see README, "Analysis conventions"), the lanes
 * and pools with the applicant's marked, and lint findings. {@link #elements()} is the element list used to compare
 * two models; it is not part of the JSON.
 */
public record BpmnAnalysis(int activities, int applicantTouchpoints, int inPersonVisits, int handOffs,
                           int documentsRequested, int waits, int gateways, int events,
                           List<Lane> lanes, List<Pool> pools, List<LintFinding> lint,
                           @JsonIgnore List<ElementInfo> elements) {

    /** A lane: whether it is the applicant's, and how many activities it holds directly. */
    public record Lane(String id, String name, boolean applicant, int activities) {
    }

    /** A pool (participant) with the process it shows. */
    public record Pool(String id, String name, boolean applicant, String processRef, int activities) {
    }

    /**
     * One lint finding; {@code rule} mirrors bpmnlint's rule names, {@code procedo/...} are ours; {@code message}
     * is {@code text} in one language (English until {@link BpmnAnalysis#in} says it in the reader's).
     */
    public record LintFinding(String rule, String elementId, String message, @JsonIgnore Text text) {

        public LintFinding(String rule, String elementId, Text text) {
            this(rule, elementId, text.toString(), text);
        }

        LintFinding in(Locale locale) {
            return new LintFinding(rule, elementId, Messages.render(text, locale), text);
        }
    }

    /** A model element as compared between two models: id, BPMN type (bpmn:UserTask), name, and lane. */
    public record ElementInfo(String id, String type, String name, String laneId, String laneName) {
    }

    /** The same analysis with its lint findings said in {@code locale}. */
    public BpmnAnalysis in(Locale locale) {
        return new BpmnAnalysis(activities, applicantTouchpoints, inPersonVisits, handOffs, documentsRequested, waits,
                gateways, events, lanes, pools, lint.stream().map(f -> f.in(locale)).toList(), elements);
    }

    /** The metrics by name, in a fixed order. */
    @JsonIgnore
    public Map<String, Integer> metrics() {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        metrics.put("activities", activities);
        metrics.put("applicantTouchpoints", applicantTouchpoints);
        metrics.put("inPersonVisits", inPersonVisits);
        metrics.put("handOffs", handOffs);
        metrics.put("documentsRequested", documentsRequested);
        metrics.put("waits", waits);
        metrics.put("gateways", gateways);
        metrics.put("events", events);
        return metrics;
    }
}
