package procedo.modeler.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import procedo.modeler.model.BpmnAnalyser.Flow;
import procedo.modeler.model.BpmnAnalyser.Node;
import procedo.catalog.text.Text;
import procedo.modeler.model.BpmnAnalysis.LintFinding;

/**
 * Lint rules named and shaped after bpmnlint's recommended rules, so that the findings of the server and of the
 * browser modeler speak the same language, plus {@code procedo/applicant-lane}.
 */
final class BpmnLint {

    static final String START_EVENT_REQUIRED = "start-event-required";
    static final String END_EVENT_REQUIRED = "end-event-required";
    static final String NO_DISCONNECTED = "no-disconnected";
    static final String LABEL_REQUIRED = "label-required";
    static final String NO_IMPLICIT_SPLIT = "no-implicit-split";
    static final String FAKE_JOIN = "fake-join";
    static final String SUPERFLUOUS_GATEWAY = "superfluous-gateway";
    static final String NO_DUPLICATE_SEQUENCE_FLOWS = "no-duplicate-sequence-flows";
    static final String APPLICANT_LANE = "procedo/applicant-lane";

    private final BpmnDocument document;
    private final List<Node> nodes;
    private final List<Flow> flows;
    private final List<Element> containers;
    private final List<BpmnAnalysis.Lane> lanes;
    private final List<BpmnAnalysis.Pool> pools;
    private final Map<String, List<Flow>> incoming = new HashMap<>();
    private final Map<String, List<Flow>> outgoing = new HashMap<>();
    private final List<LintFinding> findings = new ArrayList<>();

    BpmnLint(BpmnDocument document, List<Node> nodes, List<Flow> flows, List<Element> containers,
             List<BpmnAnalysis.Lane> lanes, List<BpmnAnalysis.Pool> pools) {
        this.document = document;
        this.nodes = nodes;
        this.flows = flows;
        this.containers = containers;
        this.lanes = lanes;
        this.pools = pools;
        for (Flow flow : flows) {
            outgoing.computeIfAbsent(flow.source(), k -> new ArrayList<>()).add(flow);
            incoming.computeIfAbsent(flow.target(), k -> new ArrayList<>()).add(flow);
        }
    }

    List<LintFinding> findings() {
        containers.forEach(this::startAndEnd);
        nodes.forEach(this::node);
        duplicateFlows();
        lanes.forEach(lane -> {
            if (lane.name() == null || lane.name().isBlank()) {
                report(LABEL_REQUIRED, lane.id(), Text.of("modeler.lint.labelRequired"));
            }
        });
        pools.forEach(pool -> {
            if (pool.name() == null || pool.name().isBlank()) {
                report(LABEL_REQUIRED, pool.id(), Text.of("modeler.lint.labelRequired"));
            }
        });
        applicantLane();
        return List.copyOf(findings);
    }

    private void report(String rule, String elementId, Text message) {
        findings.add(new LintFinding(rule, elementId, message));
    }

    private void startAndEnd(Element container) {
        String type = container.getLocalName();
        if (type.equals("adHocSubProcess")) {
            return;
        }
        List<Node> inside = nodes.stream().filter(n -> n.container() == container).toList();
        if (type.equals("process") && inside.stream().noneMatch(n -> !n.type().startsWith("data"))) {
            return;
        }
        Text what = Text.of(type.equals("process") ? "modeler.lint.process" : "modeler.lint.subProcess");
        String id = container.getAttribute("id");
        if (inside.stream().noneMatch(n -> n.type().equals("startEvent"))) {
            report(START_EVENT_REQUIRED, id, Text.of("modeler.lint.startEventRequired", what));
        }
        if (inside.stream().noneMatch(n -> n.type().equals("endEvent"))) {
            report(END_EVENT_REQUIRED, id, Text.of("modeler.lint.endEventRequired", what));
        }
    }

    private void node(Node node) {
        if (node.type().startsWith("data")) {
            return;
        }
        Element element = node.element();
        List<Flow> in = incoming.getOrDefault(node.id(), List.of());
        List<Flow> out = outgoing.getOrDefault(node.id(), List.of());
        boolean gateway = node.is(BpmnAnalyser.GATEWAYS);
        boolean inAdHoc = node.container().getLocalName().equals("adHocSubProcess");
        boolean eventSubProcess = "true".equals(element.getAttribute("triggeredByEvent"));
        boolean compensation = "true".equals(element.getAttribute("isForCompensation"))
                || !BpmnDocument.children(element, "compensateEventDefinition").isEmpty();
        if (in.isEmpty() && out.isEmpty() && !inAdHoc && !eventSubProcess && !compensation) {
            report(NO_DISCONNECTED, node.id(), Text.of("modeler.lint.noDisconnected"));
        }
        if (needsLabel(node, out) && node.name().isBlank()) {
            report(LABEL_REQUIRED, node.id(), Text.of("modeler.lint.labelRequired"));
        }
        if (!gateway) {
            String defaultFlow = element.getAttribute("default");
            long unconditional = out.stream().filter(f -> !f.conditional() && !f.id().equals(defaultFlow)).count();
            if (unconditional > 1) {
                report(NO_IMPLICIT_SPLIT, node.id(), Text.of("modeler.lint.noImplicitSplit"));
            }
        }
        if (node.is(BpmnAnalyser.ACTIVITIES) && in.size() > 1) {
            report(FAKE_JOIN, node.id(), Text.of("modeler.lint.fakeJoin"));
        }
        if (gateway && in.size() == 1 && out.size() == 1) {
            report(SUPERFLUOUS_GATEWAY, node.id(), Text.of("modeler.lint.superfluousGateway"));
        }
    }

    /** Tasks, call activities, events (not boundary events) and forking gateways need a name, as in bpmnlint. */
    private static boolean needsLabel(Node node, List<Flow> out) {
        String type = node.type();
        if (BpmnAnalyser.CONTAINERS.contains(type) || type.equals("boundaryEvent")) {
            return false;
        }
        if (node.is(BpmnAnalyser.GATEWAYS)) {
            return !type.equals("parallelGateway") && !type.equals("eventBasedGateway") && out.size() > 1;
        }
        return node.is(BpmnAnalyser.ACTIVITIES) || node.is(BpmnAnalyser.EVENTS);
    }

    private void duplicateFlows() {
        Set<String> seen = new HashSet<>();
        for (Flow flow : flows) {
            String key = flow.source() + "\u0000" + flow.target() + "\u0000" + flow.condition();
            if (!seen.add(key)) {
                report(NO_DUPLICATE_SEQUENCE_FLOWS, flow.id(), Text.of("modeler.lint.duplicateFlow"));
            }
        }
    }

    /** A model that has lanes or several pools must say which of them is the applicant's. */
    private void applicantLane() {
        if (lanes.isEmpty() && pools.size() < 2) {
            return;
        }
        if (lanes.stream().anyMatch(BpmnAnalysis.Lane::applicant) || pools.stream().anyMatch(BpmnAnalysis.Pool::applicant)) {
            return;
        }
        Element definitions = document.definitions();
        String elementId = BpmnDocument.children(definitions, "collaboration").stream()
                .map(c -> c.getAttribute("id")).filter(id -> !id.isEmpty()).findFirst()
                .or(() -> BpmnDocument.children(definitions, "process").stream().map(p -> p.getAttribute("id"))
                        .filter(id -> !id.isEmpty()).findFirst())
                .orElse(definitions.getAttribute("id"));
        report(APPLICANT_LANE, elementId, Text.of("modeler.lint.applicantLane"));
    }
}
