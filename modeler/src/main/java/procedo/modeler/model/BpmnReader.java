package procedo.modeler.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import procedo.catalog.error.InvalidInputException;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;

/**
 * Reads BPMN 2.0 XML safely: no DOCTYPE (hence no external or expanding entities), no external schemas, at most
 * {@link #MAX_BYTES}. A document that is not well-formed is refused with its line and column; one whose root is not
 * {@code definitions} of the BPMN model namespace is refused; dangling or duplicate ids are refused naming the
 * element; then the document is validated against the OMG BPMN 2.0 XML schema ({@link BpmnSchema}). Nothing is
 * rewritten: the caller keeps the bytes, this class only reads them.
 */
public final class BpmnReader {

    /** The BPMN 2.0 model namespace. */
    public static final String MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** The largest model accepted, in bytes (5 MiB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * The deepest nesting of elements accepted. Real models nest a few dozen levels at most (sub-processes,
     * extension elements, simulation parameters); a document nested thousands deep is refused before anything walks
     * it recursively.
     */
    public static final int MAX_DEPTH = 200;

    /** The parser features that refuse DOCTYPE declarations and external entities, set on every parser of uploads. */
    private static final Map<String, Boolean> SAFE_FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    /** Parses and checks {@code xml}; throws {@link InvalidInputException} with every problem found. */
    public BpmnDocument read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw InvalidInputException.of("body", Text.of("modeler.model.empty"));
        }
        if (xml.length > MAX_BYTES) {
            throw InvalidInputException.of("body", Text.of("modeler.model.tooLarge", xml.length, MAX_BYTES));
        }
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        checkDepth(root);
        if (!MODEL_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            String found = root.getNamespaceURI() == null ? root.getTagName()
                    : "{" + root.getNamespaceURI() + "}" + root.getLocalName();
            throw InvalidInputException.of("definitions", Text.of("modeler.model.notBpmn", found, MODEL_NS));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Element> ids = indexIds(root, problems);
        BpmnDocument model = new BpmnDocument(document, ids);
        checkReferences(model, problems);
        if (problems.isEmpty()) {
            problems.addAll(BpmnSchema.problems(xml));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return model;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed (" + systemId + ")");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new InvalidInputException(List.of(new Problem("line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber(), reason(e), lineAndColumn(e))));
        } catch (SAXException e) {
            throw InvalidInputException.of("body", Text.of("modeler.model.notXml", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw InvalidInputException.of("body", Text.of("modeler.model.notXml", String.valueOf(e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Text reason(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return Text.of("modeler.model.doctype");
        }
        return Text.of("modeler.model.notWellFormed", message);
    }

    /** Where in the file a parser found a problem, as a person reads it ("dòng 6, cột 3"). */
    static Text lineAndColumn(SAXParseException e) {
        return Text.of("modeler.model.lineColumn", e.getLineNumber(), e.getColumnNumber());
    }

    /** Refuses DOCTYPE declarations and external entities in every parser that reads uploads. */
    static void harden(javax.xml.parsers.SAXParserFactory factory) throws ParserConfigurationException,
            org.xml.sax.SAXNotRecognizedException, org.xml.sax.SAXNotSupportedException {
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        for (Map.Entry<String, Boolean> feature : SAFE_FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        factory.setXIncludeAware(false);
    }

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            for (Map.Entry<String, Boolean> feature : SAFE_FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    /** Refuses a document nested deeper than {@link #MAX_DEPTH}, naming the first element too deep; not recursive. */
    private static void checkDepth(Element root) {
        Node node = root;
        int depth = 1;
        while (node != null) {
            if (depth > MAX_DEPTH && node instanceof Element tooDeep) {
                String id = tooDeep.getAttribute("id");
                String where = id.isEmpty() ? tooDeep.getTagName() : id;
                Element parent = (Element) tooDeep.getParentNode();
                String parentId = parent.getAttribute("id");
                throw InvalidInputException.of(where, Text.of("modeler.model.tooDeep",
                        tooDeep.getTagName() + (id.isEmpty() ? "" : " '" + id + "'"),
                        parent.getTagName() + (parentId.isEmpty() ? "" : " '" + parentId + "'"), MAX_DEPTH));
            }
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNextSibling() == null) {
                node = node.getParentNode();
                depth--;
            }
            node = node == null || node == root ? null : node.getNextSibling();
        }
    }

    private static Map<String, Element> indexIds(Element root, List<Problem> problems) {
        Map<String, Element> ids = new HashMap<>();
        for (Element element : BpmnDocument.descendants(root)) {
            String id = element.getAttribute("id");
            if (id.isEmpty() || !isBpmnOrDi(element)) {
                continue;
            }
            if (ids.putIfAbsent(id, element) != null) {
                problems.add(new Problem(id, Text.of("modeler.model.duplicateId", id)));
            }
        }
        return ids;
    }

    private static boolean isBpmnOrDi(Element element) {
        String ns = element.getNamespaceURI();
        return ns != null && ns.startsWith("http://www.omg.org/spec/");
    }

    /** The semantic references of the model must point to elements of the document. */
    private static void checkReferences(BpmnDocument model, List<Problem> problems) {
        for (Element element : model.bpmnElements()) {
            String type = element.getLocalName();
            String id = element.getAttribute("id");
            switch (type) {
                case "sequenceFlow" -> {
                    required(model, element, id, "sourceRef", problems);
                    required(model, element, id, "targetRef", problems);
                }
                case "messageFlow", "association" -> {
                    required(model, element, id, "sourceRef", problems);
                    required(model, element, id, "targetRef", problems);
                }
                case "boundaryEvent" -> optional(model, element, id, "attachedToRef", problems);
                case "participant" -> optional(model, element, id, "processRef", problems);
                case "flowNodeRef" -> {
                    String ref = element.getTextContent().trim();
                    if (!model.resolves(ref)) {
                        Element lane = (Element) element.getParentNode();
                        problems.add(new Problem(lane.getAttribute("id"), Text.of("modeler.model.laneRef",
                                nameOrId(lane), ref)));
                    }
                }
                default -> {
                }
            }
            if (element.hasAttribute("default") && !id.isEmpty()) {
                optional(model, element, id, "default", problems);
            }
        }
    }

    private static void required(BpmnDocument model, Element element, String id, String attribute,
                                 List<Problem> problems) {
        String where = id.isEmpty() ? element.getLocalName() : id;
        if (!element.hasAttribute(attribute) || element.getAttribute(attribute).isBlank()) {
            problems.add(new Problem(where, Text.of("modeler.model.missingReference", element.getLocalName(),
                    nameOrId(element), attribute)));
            return;
        }
        optional(model, element, id, attribute, problems);
    }

    /** An element as the modeler shows it: its name, else its id (else its tag). */
    private static String nameOrId(Element element) {
        String name = element.getAttribute("name").strip();
        String id = element.getAttribute("id");
        return !name.isEmpty() ? name : id.isEmpty() ? element.getLocalName() : id;
    }

    private static void optional(BpmnDocument model, Element element, String id, String attribute,
                                 List<Problem> problems) {
        if (!element.hasAttribute(attribute)) {
            return;
        }
        String ref = element.getAttribute(attribute).trim();
        if (!model.resolves(ref)) {
            String where = id.isEmpty() ? element.getLocalName() : id;
            problems.add(new Problem(where, Text.of("modeler.model.danglingReference", element.getLocalName(),
                    nameOrId(element), attribute, ref)));
        }
    }
}
