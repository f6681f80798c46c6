package procedo.modeler.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A parsed, checked BPMN document: the DOM (read only) and its elements by id. */
public final class BpmnDocument {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final Document document;
    private final Map<String, Element> ids;

    BpmnDocument(Document document, Map<String, Element> ids) {
        this.document = document;
        this.ids = ids;
    }

    /** A deep copy of the document, for a reader that walks the DOM or a writer that changes its copy. */
    public Document copy() {
        synchronized (document) {
            return (Document) document.cloneNode(true);
        }
    }

    Element definitions() {
        return document.getDocumentElement();
    }

    /** Every id of the document's BPMN and DI elements. */
    public Set<String> elementIds() {
        return new TreeSet<>(ids.keySet());
    }

    /**
     * The candidate groups named by the document's user tasks ({@code camunda:candidateGroups}, comma-separated),
     * in the order met; a group given by an expression is not a name and is left out.
     */
    public Set<String> candidateGroups() {
        Set<String> groups = new java.util.LinkedHashSet<>();
        for (Element element : bpmnElements()) {
            String named = "userTask".equals(element.getLocalName())
                    ? element.getAttributeNS(CAMUNDA_NS, "candidateGroups") : "";
            for (String group : named.split(",")) {
                if (!group.isBlank() && !group.contains("{")) {
                    groups.add(group.strip());
                }
            }
        }
        return groups;
    }

    Element byId(String id) {
        return ids.get(id);
    }

    /**
     * Whether a reference resolves. References are IDREFs or QNames ({@code prefix:id}); a prefixed reference
     * whose prefix names another document (an import) is not checked.
     */
    boolean resolves(String ref) {
        return resolve(ref) != null || isForeign(ref);
    }

    Element resolve(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String trimmed = ref.trim();
        Element direct = ids.get(trimmed);
        if (direct != null) {
            return direct;
        }
        int colon = trimmed.indexOf(':');
        return colon < 0 ? null : ids.get(trimmed.substring(colon + 1));
    }

    private boolean isForeign(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String namespace = definitions().lookupNamespaceURI(ref.substring(0, colon));
        String target = definitions().getAttribute("targetNamespace");
        return namespace != null && !namespace.equals(target);
    }

    /** Every element of the BPMN model namespace, in document order. */
    List<Element> bpmnElements() {
        List<Element> result = new ArrayList<>();
        for (Element element : descendants(definitions())) {
            if (BpmnReader.MODEL_NS.equals(element.getNamespaceURI())) {
                result.add(element);
            }
        }
        return result;
    }

    /** The element children of {@code parent} in the BPMN model namespace. */
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

    /** {@code root} and every element below it, in document order. */
    static List<Element> descendants(Element root) {
        List<Element> result = new ArrayList<>();
        collect(root, result);
        return result;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                collect(e, into);
            }
        }
    }
}
