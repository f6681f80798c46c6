package procedo.modeler.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One demo BPMN file read with a hardened DOM parser (no DOCTYPE, no external entities), with the integrity
 * problems it has and the figures the as-is / to-be comparison is made of.
 */
final class DemoModelFile {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    static final Set<String> ACTIVITIES = Set.of("task", "manualTask", "userTask", "serviceTask", "sendTask",
            "receiveTask", "scriptTask", "businessRuleTask", "callActivity", "subProcess");
    static final Set<String> FLOW_NODES = union(ACTIVITIES, Set.of("startEvent", "endEvent",
            "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway",
            "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"));
    private static final List<String> APPLICANT_WORDS = List.of("nguoi dan", "cong dan", "ca nhan", "to chuc",
            "doanh nghiep", "nguoi nop", "nguoi yeu cau", "applicant", "citizen", "business");

    final String file;
    final byte[] bytes;
    final Document document;
    private final Map<String, Element> byId = new LinkedHashMap<>();
    private final Map<String, Element> lanes = new LinkedHashMap<>();
    private final Map<String, String> laneOfNode = new HashMap<>();
    private final Map<String, Bounds> shapes = new HashMap<>();
    private final List<String> duplicateIds = new ArrayList<>();

    record Bounds(double x, double y, double w, double h) {
        boolean overlaps(Bounds o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean contains(Bounds o) {
            return x <= o.x && o.x + o.w <= x + w && y <= o.y && o.y + o.h <= y + h;
        }

        boolean onBorder(double px, double py) {
            double e = 1.0;
            boolean insideX = px >= x - e && px <= x + w + e;
            boolean insideY = py >= y - e && py <= y + h + e;
            boolean nearVertical = Math.abs(px - x) <= e || Math.abs(px - (x + w)) <= e;
            boolean nearHorizontal = Math.abs(py - y) <= e || Math.abs(py - (y + h)) <= e;
            return insideX && insideY && (nearVertical || nearHorizontal);
        }
    }

    record Figures(int visits, int documents, int handOffs, int activities, int waits) {
    }

    DemoModelFile(String file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
        this.document = parse(bytes);
        for (Element e : all(document.getDocumentElement())) {
            String id = e.getAttribute("id");
            if (!id.isEmpty() && byId.put(id, e) != null) {
                duplicateIds.add(id);
            }
        }
        for (Element lane : elements(BPMN, "lane")) {
            lanes.put(lane.getAttribute("id"), lane);
            for (Element ref : children(lane, BPMN, "flowNodeRef")) {
                laneOfNode.put(ref.getTextContent().trim(), lane.getAttribute("id"));
            }
        }
        for (Element shape : elements(BPMNDI, "BPMNShape")) {
            Element b = children(shape, DC, "Bounds").stream().findFirst().orElse(null);
            if (b != null) {
                shapes.put(shape.getAttribute("bpmnElement"), new Bounds(num(b, "x"), num(b, "y"),
                        num(b, "width"), num(b, "height")));
            }
        }
    }

    static DemoModelFile read(String file, InputStream in) throws IOException {
        return new DemoModelFile(file, in.readAllBytes());
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed BPMN XML: " + e.getMessage(), e);
        }
    }

    // ---- integrity -----------------------------------------------------------------------------------------

    /** Every broken rule, each naming the element id; empty when the file is sound. */
    List<String> problems() {
        List<String> p = new ArrayList<>();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            p.add("not UTF-8");
        }
        duplicateIds.forEach(id -> p.add("duplicate id " + id));
        for (Element e : all(document.getDocumentElement())) {
            for (String a : List.of("sourceRef", "targetRef", "processRef", "default", "messageRef",
                    "dataObjectRef", "attachedToRef", "bpmnElement")) {
                String ref = e.getAttribute(a);
                if (!ref.isEmpty() && !byId.containsKey(ref)) {
                    p.add(e.getLocalName() + " " + e.getAttribute("id") + ": " + a + " " + ref + " does not resolve");
                }
            }
            String local = e.getLocalName();
            if (BPMN.equals(e.getNamespaceURI()) && Set.of("sourceRef", "targetRef", "flowNodeRef", "incoming",
                    "outgoing").contains(local)) {
                String ref = e.getTextContent().trim();
                if (!byId.containsKey(ref)) {
                    Element owner = (Element) e.getParentNode();
                    p.add(owner.getLocalName() + " " + owner.getAttribute("id") + ": " + local + " " + ref
                            + " does not resolve");
                }
            }
        }
        List<Element> nodes = flowNodes();
        for (Element n : nodes) {
            String id = n.getAttribute("id");
            if (!shapes.containsKey(id)) {
                p.add(n.getLocalName() + " " + id + " has no shape");
            }
            if (!lanes.isEmpty() && !laneOfNode.containsKey(id)) {
                p.add(n.getLocalName() + " " + id + " is in no lane");
            }
        }
        for (Element d : elements(BPMN, "dataObjectReference")) {
            if (!shapes.containsKey(d.getAttribute("id"))) {
                p.add("dataObjectReference " + d.getAttribute("id") + " has no shape");
            }
        }
        Map<String, List<double[]>> edges = new HashMap<>();
        for (Element edge : elements(BPMNDI, "BPMNEdge")) {
            List<double[]> points = new ArrayList<>();
            for (Element w : children(edge, DI, "waypoint")) {
                points.add(new double[] {num(w, "x"), num(w, "y")});
            }
            edges.put(edge.getAttribute("bpmnElement"), points);
        }
        List<Element> flows = new ArrayList<>(elements(BPMN, "sequenceFlow"));
        flows.addAll(elements(BPMN, "messageFlow"));
        for (Element f : flows) {
            String id = f.getAttribute("id");
            List<double[]> points = edges.get(id);
            if (points == null) {
                p.add(f.getLocalName() + " " + id + " has no edge");
                continue;
            }
            if (points.size() < 2) {
                p.add(f.getLocalName() + " " + id + " has fewer than two waypoints");
                continue;
            }
            Bounds source = shapes.get(f.getAttribute("sourceRef"));
            Bounds target = shapes.get(f.getAttribute("targetRef"));
            double[] first = points.get(0);
            double[] last = points.get(points.size() - 1);
            if (source != null && !source.onBorder(first[0], first[1])) {
                p.add(f.getLocalName() + " " + id + " does not start on the border of its source");
            }
            if (target != null && !target.onBorder(last[0], last[1])) {
                p.add(f.getLocalName() + " " + id + " does not end on the border of its target");
            }
        }
        List<String> placed = new ArrayList<>();
        nodes.forEach(n -> placed.add(n.getAttribute("id")));
        elements(BPMN, "dataObjectReference").forEach(d -> placed.add(d.getAttribute("id")));
        elements(BPMN, "dataStoreReference").forEach(d -> placed.add(d.getAttribute("id")));
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Bounds a = shapes.get(placed.get(i));
                Bounds b = shapes.get(placed.get(j));
                if (a != null && b != null && a.overlaps(b)) {
                    p.add("shapes " + placed.get(i) + " and " + placed.get(j) + " overlap");
                }
            }
        }
        for (Map.Entry<String, String> e : laneOfNode.entrySet()) {
            Bounds lane = shapes.get(e.getValue());
            Bounds node = shapes.get(e.getKey());
            if (lane == null) {
                p.add("lane " + e.getValue() + " has no shape");
            } else if (node != null && !lane.contains(node)) {
                p.add(e.getKey() + " is drawn outside its lane " + e.getValue());
            }
        }
        return p;
    }

    // ---- figures ---------------------------------------------------------------------------------------------

    Figures figures() {
        int visits = 0;
        int activities = 0;
        for (Element n : flowNodes()) {
            if (ACTIVITIES.contains(n.getLocalName())) {
                activities++;
                if (n.getLocalName().equals("manualTask") && isApplicantLane(laneOfNode.get(n.getAttribute("id")))) {
                    visits++;
                }
            }
        }
        int handOffs = elements(BPMN, "messageFlow").size();
        for (Element f : elements(BPMN, "sequenceFlow")) {
            String a = laneOfNode.get(f.getAttribute("sourceRef"));
            String b = laneOfNode.get(f.getAttribute("targetRef"));
            if (a != null && b != null && !a.equals(b)) {
                handOffs++;
            }
        }
        int waits = elements(BPMN, "intermediateCatchEvent").size();
        return new Figures(visits, elements(BPMN, "dataObjectReference").size(), handOffs, activities, waits);
    }

    boolean isApplicantLane(String laneId) {
        Element lane = laneId == null ? null : lanes.get(laneId);
        return lane != null && isApplicantName(lane.getAttribute("name"));
    }

    private static boolean isApplicantName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return APPLICANT_WORDS.stream().anyMatch(plain::contains);
    }

    long applicantLanes() {
        return lanes.keySet().stream().filter(this::isApplicantLane).count();
    }

    /** A pool whose name reads like the applicant would make every step in it an applicant's step. */
    boolean poolNamedLikeTheApplicant() {
        return elements(BPMN, "participant").stream().anyMatch(p -> isApplicantName(p.getAttribute("name")));
    }

    String laneOf(String nodeId) {
        return laneOfNode.get(nodeId);
    }

    // ---- DOM helpers -----------------------------------------------------------------------------------------

    List<Element> flowNodes() {
        List<Element> out = new ArrayList<>();
        for (Element process : elements(BPMN, "process")) {
            for (Element e : all(process)) {
                if (BPMN.equals(e.getNamespaceURI()) && FLOW_NODES.contains(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    List<Element> elements(String ns, String local) {
        NodeList list = document.getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList list = root.getElementsByTagName("*");
        out.add(root);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
