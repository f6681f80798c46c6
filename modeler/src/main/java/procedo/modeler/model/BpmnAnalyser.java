package procedo.modeler.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Element;
import procedo.engine.CaseOutcome;

/**
 * Counts what a model asks of the applicant and lints it. Works on the DOM of any valid BPMN 2.0 document, so that
 * models from every tool (Camunda Modeler, bpmn.io, Bizagi, Signavio, ...) are analysed the same way.
 */
public final class BpmnAnalyser {

    static final Set<String> ACTIVITIES = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
            "manualTask", "businessRuleTask", "scriptTask", "subProcess", "adHocSubProcess", "transaction",
            "callActivity");
    static final Set<String> TASKS = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
            "manualTask", "businessRuleTask", "scriptTask");
    static final Set<String> CONTAINERS = Set.of("subProcess", "adHocSubProcess", "transaction");
    static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "complexGateway", "eventBasedGateway");
    static final Set<String> EVENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "implicitThrowEvent");
    private static final Set<String> DATA = Set.of("dataObjectReference", "dataStoreReference");

    /** A flow node or data reference with where it sits. */
    record Node(String id, String type, String name, Element element, Element container, String laneId,
                String poolId) {
        boolean is(Set<String> types) {
            return types.contains(type);
        }
    }

    /** A sequence flow between two nodes. */
    record Flow(String id, String source, String target, String condition) {
        boolean conditional() {
            return condition != null;
        }
    }

    record LaneDef(String id, String name, boolean applicant) {
    }

    private final BpmnReader reader = new BpmnReader();

    /** Reads, checks and analyses {@code xml}. */
    public BpmnAnalysis analyse(byte[] xml) {
        return analyse(reader.read(xml));
    }

    public BpmnAnalysis analyse(BpmnDocument document) {
        return new Walk(document).result();
    }

    /**
     * The end events of the model's processes (not those of sub-processes), each with the outcome a case reaching
     * it has ({@code procedo:outcome}, else by its name: {@link CaseOutcome#ofEndEvent}), in document order.
     */
    public Map<String, CaseOutcome> endOutcomes(byte[] xml) {
        Map<String, CaseOutcome> outcomes = new LinkedHashMap<>();
        for (Element process : BpmnDocument.children(reader.read(xml).definitions(), "process")) {
            for (Element end : BpmnDocument.children(process, "endEvent")) {
                String attribute = end.hasAttributeNS(CaseOutcome.BPMN_NAMESPACE, "outcome")
                        ? end.getAttributeNS(CaseOutcome.BPMN_NAMESPACE, "outcome") : null;
                outcomes.put(end.getAttribute("id"), CaseOutcome.ofEndEvent(attribute, end.getAttribute("name")));
            }
        }
        return outcomes;
    }

    /**
     * The ids of the activities in the applicant's lane or pool (as {@link BpmnAnalysis#applicantTouchpoints()}
     * counts them): the steps the applicant does, which are not the agencies' work.
     */
    public Set<String> applicantSteps(byte[] xml) {
        Walk walk = new Walk(reader.read(xml));
        return walk.nodes.stream().filter(n -> n.is(ACTIVITIES) && walk.applicant(n)).map(Node::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** One pass over one document. */
    private static final class Walk {
        private final BpmnDocument document;
        private final Map<String, Element> processPool = new HashMap<>();
        private final List<Element> participants = new ArrayList<>();
        private final Map<String, LaneDef> lanes = new LinkedHashMap<>();
        private final Map<String, String> laneOfNode = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();
        private final List<Element> containers = new ArrayList<>();
        private int messageFlows;

        Walk(BpmnDocument document) {
            this.document = document;
            Element definitions = document.definitions();
            for (Element collaboration : BpmnDocument.children(definitions)) {
                if (!collaboration.getLocalName().equals("collaboration")
                        && !collaboration.getLocalName().equals("choreography")) {
                    continue;
                }
                for (Element participant : BpmnDocument.children(collaboration, "participant")) {
                    participants.add(participant);
                    Element process = document.resolve(participant.getAttribute("processRef"));
                    if (process != null) {
                        processPool.putIfAbsent(process.getAttribute("id"), participant);
                    }
                }
                messageFlows += BpmnDocument.children(collaboration, "messageFlow").size();
            }
            for (Element process : BpmnDocument.children(definitions, "process")) {
                for (Element laneSet : BpmnDocument.children(process, "laneSet")) {
                    lanes(laneSet, false);
                }
                Element pool = processPool.get(process.getAttribute("id"));
                containers.add(process);
                walk(process, process, null, pool == null ? null : pool.getAttribute("id"));
            }
        }

        private void lanes(Element laneSet, boolean parentApplicant) {
            for (Element lane : BpmnDocument.children(laneSet, "lane")) {
                String id = lane.getAttribute("id");
                String name = lane.getAttribute("name");
                boolean applicant = parentApplicant || ApplicantNames.isApplicant(name);
                lanes.put(id, new LaneDef(id, name, applicant));
                for (Element ref : BpmnDocument.children(lane, "flowNodeRef")) {
                    laneOfNode.put(ref.getTextContent().trim(), id);
                }
                for (Element child : BpmnDocument.children(lane, "childLaneSet")) {
                    lanes(child, applicant);
                }
            }
        }

        private void walk(Element container, Element process, String inheritedLane, String poolId) {
            for (Element child : BpmnDocument.children(container)) {
                String type = child.getLocalName();
                String id = child.getAttribute("id");
                if (type.equals("sequenceFlow")) {
                    flows.add(new Flow(id, localRef(child.getAttribute("sourceRef")),
                            localRef(child.getAttribute("targetRef")),
                            condition(child)));
                    continue;
                }
                if (!ACTIVITIES.contains(type) && !GATEWAYS.contains(type) && !EVENTS.contains(type)
                        && !DATA.contains(type)) {
                    continue;
                }
                String lane = laneOfNode.getOrDefault(id, inheritedLane);
                nodes.add(new Node(id, type, child.getAttribute("name").trim(), child, container, lane, poolId));
                if (CONTAINERS.contains(type)) {
                    containers.add(child);
                    walk(child, process, lane, poolId);
                }
            }
        }

        private static String condition(Element flow) {
            List<Element> conditions = BpmnDocument.children(flow, "conditionExpression");
            return conditions.isEmpty() ? null : conditions.get(0).getTextContent().trim();
        }

        private String localRef(String ref) {
            Element target = document.resolve(ref);
            return target == null ? ref.trim() : target.getAttribute("id");
        }

        private boolean applicant(Node node) {
            LaneDef lane = node.laneId() == null ? null : lanes.get(node.laneId());
            if (lane != null && lane.applicant()) {
                return true;
            }
            Element pool = node.poolId() == null ? null : document.byId(node.poolId());
            return pool != null && ApplicantNames.isApplicant(pool.getAttribute("name"));
        }

        BpmnAnalysis result() {
            int activities = 0;
            int touchpoints = 0;
            int visits = 0;
            int waits = 0;
            int gateways = 0;
            int events = 0;
            int documents = 0;
            Map<String, Integer> perLane = new HashMap<>();
            Map<String, Integer> perPool = new HashMap<>();
            for (Node node : nodes) {
                if (node.is(ACTIVITIES)) {
                    activities++;
                    if (node.laneId() != null) {
                        perLane.merge(node.laneId(), 1, Integer::sum);
                    }
                    if (node.poolId() != null) {
                        perPool.merge(node.poolId(), 1, Integer::sum);
                    }
                    if (applicant(node)) {
                        touchpoints++;
                        if (node.type().equals("manualTask")) {
                            visits++;
                        }
                    }
                    if (node.type().equals("receiveTask")) {
                        waits++;
                    }
                } else if (node.is(GATEWAYS)) {
                    gateways++;
                } else if (node.is(EVENTS)) {
                    events++;
                    if (node.type().equals("intermediateCatchEvent")
                            && (!BpmnDocument.children(node.element(), "timerEventDefinition").isEmpty()
                            || !BpmnDocument.children(node.element(), "messageEventDefinition").isEmpty())) {
                        waits++;
                    }
                } else if (node.type().equals("dataObjectReference")) {
                    documents++;
                }
            }
            Map<String, String> laneById = new HashMap<>();
            nodes.forEach(n -> laneById.put(n.id(), n.laneId()));
            int handOffs = messageFlows;
            for (Flow flow : flows) {
                String from = laneById.get(flow.source());
                String to = laneById.get(flow.target());
                if (from != null && to != null && !from.equals(to)) {
                    handOffs++;
                }
            }
            List<BpmnAnalysis.Lane> laneList = lanes.values().stream()
                    .map(l -> new BpmnAnalysis.Lane(l.id(), l.name(), l.applicant(), perLane.getOrDefault(l.id(), 0)))
                    .toList();
            List<BpmnAnalysis.Pool> poolList = participants.stream().map(p -> {
                String id = p.getAttribute("id");
                Element process = document.resolve(p.getAttribute("processRef"));
                return new BpmnAnalysis.Pool(id, p.getAttribute("name"), ApplicantNames.isApplicant(p.getAttribute("name")),
                        process == null ? null : process.getAttribute("id"), perPool.getOrDefault(id, 0));
            }).toList();
            List<BpmnAnalysis.ElementInfo> elements = new ArrayList<>();
            for (Node node : nodes) {
                elements.add(new BpmnAnalysis.ElementInfo(node.id(), typeName(node.type()), node.name(), node.laneId(),
                        node.laneId() == null ? null : lanes.get(node.laneId()).name()));
            }
            for (LaneDef lane : lanes.values()) {
                elements.add(new BpmnAnalysis.ElementInfo(lane.id(), "bpmn:Lane", lane.name(), null, null));
            }
            for (Element participant : participants) {
                elements.add(new BpmnAnalysis.ElementInfo(participant.getAttribute("id"), "bpmn:Participant",
                        participant.getAttribute("name"), null, null));
            }
            List<BpmnAnalysis.LintFinding> lint = new BpmnLint(document, nodes, flows, containers, laneList, poolList)
                    .findings();
            return new BpmnAnalysis(activities, touchpoints, visits, handOffs, documents, waits, gateways, events,
                    laneList, poolList, lint, elements);
        }
    }

    /** {@code userTask} → {@code bpmn:UserTask}, the names bpmn-js uses. */
    static String typeName(String localName) {
        Objects.requireNonNull(localName);
        return "bpmn:" + localName.substring(0, 1).toUpperCase(Locale.ROOT) + localName.substring(1);
    }
}
