package procedo.modeler.simulation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import procedo.modeler.model.ApplicantNames;
import procedo.modeler.model.BpmnReader;

/**
 * The flow of a BPMN model as the simulator walks it: nodes and sequence flows in arrays, each node with its kind,
 * its scope (the sub-process it sits in), and its role (its lane, else its pool, else its process). Read from any
 * valid BPMN 2.0 document; event sub-processes, data and artifacts are left out.
 */
final class ProcessGraph {

    static final int START = 0;
    static final int END = 1;
    static final int TERMINATE = 2;
    static final int TASK = 3;
    static final int EXCLUSIVE = 4;
    static final int PARALLEL = 5;
    static final int INCLUSIVE = 6;
    static final int EVENT_BASED = 7;
    static final int CATCH = 8;
    static final int PASS = 9;
    static final int SUBPROCESS = 10;
    static final int BOUNDARY = 11;

    static final Set<String> TASKS = Set.of("task", "userTask", "manualTask", "serviceTask", "sendTask",
            "businessRuleTask", "scriptTask", "callActivity");
    static final Set<String> AUTOMATED = Set.of("serviceTask", "sendTask", "businessRuleTask", "scriptTask");
    private static final Set<String> SUBPROCESSES = Set.of("subProcess", "adHocSubProcess", "transaction");

    /** A role: a lane, a pool without lanes, or a process without pool. */
    record Role(String id, String name, boolean applicant) {
    }

    final List<String> ids = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<String> types = new ArrayList<>();
    final List<Integer> kinds = new ArrayList<>();
    final List<Integer> scopes = new ArrayList<>();
    final List<Integer> roleOf = new ArrayList<>();
    final List<Double> timerHours = new ArrayList<>();
    final List<Boolean> interrupting = new ArrayList<>();
    final List<Boolean> messageEvent = new ArrayList<>();
    final List<Integer> attachedTo = new ArrayList<>();
    private final List<String> hostRefs = new ArrayList<>();
    private final List<Integer> processOf = new ArrayList<>();
    final List<String> flowIds = new ArrayList<>();
    final List<String> flowNames = new ArrayList<>();
    final List<Integer> flowSource = new ArrayList<>();
    final List<Integer> flowTarget = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final Map<String, Integer> nodeIndex = new HashMap<>();
    final Map<String, Integer> flowIndex = new HashMap<>();
    final Map<String, Integer> roleIndex = new LinkedHashMap<>();
    /** The start events where a case begins. */
    final List<Integer> caseStarts = new ArrayList<>();
    /** Per node sending a message flow, the start events of other pools it starts. */
    final Map<Integer, List<Integer>> messageStarts = new HashMap<>();

    int[][] outgoing;
    int[] incomingCount;
    int[][] boundaries;
    /** Per sub-process node, the start event inside it; -1 elsewhere. */
    int[] innerStart;

    private ProcessGraph() {
    }

    int size() {
        return ids.size();
    }

    int flows() {
        return flowIds.size();
    }

    int kind(int node) {
        return kinds.get(node);
    }

    /** A node as a person sees it: its name, else its id. */
    String label(int node) {
        String name = names.get(node);
        return name.isBlank() ? ids.get(node) : name;
    }

    String flowLabel(int flow) {
        String name = flowNames.get(flow);
        return name.isBlank() ? flowIds.get(flow) : name;
    }

    boolean isAutomated(int node) {
        return AUTOMATED.contains(types.get(node));
    }

    boolean isApplicant(int node) {
        int role = roleOf.get(node);
        return role >= 0 && roles.get(role).applicant();
    }

    /** Reads the flow of {@code document} (a checked BPMN document). */
    static ProcessGraph read(Document document) {
        Element definitions = document.getDocumentElement();
        Map<String, Element> participantOfProcess = new LinkedHashMap<>();
        List<Element> messageFlows = new ArrayList<>();
        for (Element child : children(definitions)) {
            if (child.getLocalName().equals("collaboration")) {
                for (Element element : children(child)) {
                    if (element.getLocalName().equals("participant") && element.hasAttribute("processRef")) {
                        participantOfProcess.put(local(element.getAttribute("processRef")), element);
                    } else if (element.getLocalName().equals("messageFlow")) {
                        messageFlows.add(element);
                    }
                }
            }
        }
        List<Element> processes = children(definitions).stream()
                .filter(e -> e.getLocalName().equals("process")).toList();
        ProcessGraph graph = new ProcessGraph();
        List<Element> sequenceFlows = new ArrayList<>();
        for (Element process : processes) {
            Element participant = participantOfProcess.get(process.getAttribute("id"));
            int processRole = graph.role(participant != null ? participant : process);
            Map<String, Integer> laneOfNode = new HashMap<>();
            for (Element laneSet : children(process, "laneSet")) {
                graph.lanes(laneSet, laneOfNode);
            }
            graph.collect(process, -1, processRole, laneOfNode, sequenceFlows, processes.indexOf(process));
        }
        graph.link(sequenceFlows, messageFlows);
        return graph;
    }

    private int role(Element element) {
        String id = element.getAttribute("id");
        Integer known = roleIndex.get(id);
        if (known != null) {
            return known;
        }
        String name = element.getAttribute("name").strip();
        roles.add(new Role(id, name.isEmpty() ? id : name, ApplicantNames.isApplicant(name)));
        roleIndex.put(id, roles.size() - 1);
        return roles.size() - 1;
    }

    /** Lanes, innermost last, so that a node in a nested lane belongs to the nested one. */
    private void lanes(Element laneSet, Map<String, Integer> laneOfNode) {
        for (Element lane : children(laneSet, "lane")) {
            int role = role(lane);
            for (Element ref : children(lane, "flowNodeRef")) {
                laneOfNode.put(ref.getTextContent().strip(), role);
            }
            for (Element nested : children(lane, "childLaneSet")) {
                lanes(nested, laneOfNode);
            }
        }
    }

    private void collect(Element container, int scope, int containerRole, Map<String, Integer> laneOfNode,
                         List<Element> sequenceFlows, int process) {
        for (Element element : children(container)) {
            String type = element.getLocalName();
            if (type.equals("sequenceFlow")) {
                sequenceFlows.add(element);
                continue;
            }
            int kind = kindOf(element, type);
            if (kind < 0) {
                continue;
            }
            String id = element.getAttribute("id");
            int role = laneOfNode.getOrDefault(id, containerRole);
            int index = ids.size();
            ids.add(id);
            names.add(element.getAttribute("name").strip());
            types.add(type);
            kinds.add(kind);
            scopes.add(scope);
            roleOf.add(role);
            timerHours.add(timerHours(element));
            interrupting.add(!"false".equals(element.getAttribute("cancelActivity")));
            messageEvent.add(!children(element, "messageEventDefinition").isEmpty());
            attachedTo.add(-1);
            hostRefs.add(element.getAttribute("attachedToRef"));
            processOf.add(process);
            nodeIndex.put(id, index);
            if (kind == SUBPROCESS) {
                collect(element, index, role, laneOfNode, sequenceFlows, process);
            }
        }
    }

    private static int kindOf(Element element, String type) {
        if (TASKS.contains(type)) {
            return TASK;
        }
        if (SUBPROCESSES.contains(type)) {
            return "true".equals(element.getAttribute("triggeredByEvent")) ? -1 : SUBPROCESS;
        }
        return switch (type) {
            case "startEvent" -> START;
            case "endEvent" -> children(element, "terminateEventDefinition").isEmpty() ? END : TERMINATE;
            case "exclusiveGateway", "complexGateway" -> EXCLUSIVE;
            case "parallelGateway" -> PARALLEL;
            case "inclusiveGateway" -> INCLUSIVE;
            case "eventBasedGateway" -> EVENT_BASED;
            case "intermediateCatchEvent", "receiveTask" -> CATCH;
            case "intermediateThrowEvent" -> PASS;
            case "boundaryEvent" -> BOUNDARY;
            default -> -1;
        };
    }

    /**
     * A timer's duration in hours of office time, from its ISO 8601 {@code timeDuration} (a day counting
     * {@link #TIMER_DAY} hours); NaN when the timer has no literal duration (an expression, a date, a cycle).
     */
    private static double timerHours(Element element) {
        for (Element timer : children(element, "timerEventDefinition")) {
            for (Element duration : children(timer, "timeDuration")) {
                String text = duration.getTextContent().strip();
                try {
                    Duration d = Duration.parse(text);
                    return d.toDaysPart() * TIMER_DAY + (d.toSeconds() - d.toDaysPart() * 86_400) / 3600.0;
                } catch (DateTimeParseException e) {
                    return Double.NaN;
                }
            }
        }
        return Double.NaN;
    }

    /**
     * The hours of one day of a timer ({@code P2D}): a working day of office hours. Timers of procedures count
     * working days, as their legal time limits do.
     */
    static final double TIMER_DAY = 8;

    private void link(List<Element> sequenceFlows, List<Element> messageFlows) {
        int n = ids.size();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        incomingCount = new int[n];
        for (Element flow : sequenceFlows) {
            Integer source = nodeIndex.get(local(flow.getAttribute("sourceRef")));
            Integer target = nodeIndex.get(local(flow.getAttribute("targetRef")));
            if (source == null || target == null) {
                continue;
            }
            int index = flowIds.size();
            flowIds.add(flow.getAttribute("id"));
            flowNames.add(flow.getAttribute("name").strip());
            flowSource.add(source);
            flowTarget.add(target);
            flowIndex.put(flow.getAttribute("id"), index);
            out.get(source).add(index);
            incomingCount[target]++;
        }
        outgoing = new int[n][];
        for (int i = 0; i < n; i++) {
            outgoing[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        List<List<Integer>> attached = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            attached.add(new ArrayList<>());
        }
        innerStart = new int[n];
        java.util.Arrays.fill(innerStart, -1);
        Set<Integer> messageTargets = new HashSet<>();
        for (Element flow : messageFlows) {
            Integer source = nodeIndex.get(local(flow.getAttribute("sourceRef")));
            Integer target = nodeIndex.get(local(flow.getAttribute("targetRef")));
            if (source != null && target != null && kind(target) == START) {
                messageStarts.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
                messageTargets.add(target);
            }
        }
        Set<Integer> startedProcesses = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (kind(i) == BOUNDARY) {
                Integer host = nodeIndex.get(local(hostRefs.get(i)));
                attachedTo.set(i, host == null ? -1 : host);
            }
            if (kind(i) == START) {
                int scope = scopes.get(i);
                if (scope >= 0) {
                    if (innerStart[scope] < 0) {
                        innerStart[scope] = i;
                    }
                } else if (!messageTargets.contains(i) && startedProcesses.add(processOf.get(i))) {
                    caseStarts.add(i);
                }
            }
        }
        boundaries = new int[n][];
        for (int i = 0; i < n; i++) {
            int host = attachedTo.get(i);
            if (host >= 0) {
                attached.get(host).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            boundaries[i] = attached.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }


    /** The ids of the nodes that follow {@code node}, breadth first, {@code node} excluded. */
    List<Integer> downstream(int node) {
        List<Integer> order = new ArrayList<>();
        boolean[] seen = new boolean[size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(node);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (int flow : outgoing[at]) {
                int next = flowTarget.get(flow);
                if (!seen[next]) {
                    seen[next] = true;
                    order.add(next);
                    queue.add(next);
                }
            }
        }
        return order;
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && BpmnReader.MODEL_NS.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    private static String local(String ref) {
        String trimmed = ref.strip();
        int colon = trimmed.indexOf(':');
        return colon < 0 ? trimmed : trimmed.substring(colon + 1);
    }
}
