package procedo.modeler.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import procedo.catalog.error.Problem;
import procedo.catalog.text.Text;

/**
 * Validation against the OMG BPMN 2.0 XML schema (BPMN20.xsd with its semantic, DI and DC parts, as shipped in the
 * Camunda BPMN model API). Extension elements and attributes of other namespaces are allowed by that schema, so
 * models of every tool pass. Each problem names the id of the element it occurs in (or the nearest enclosing element
 * with an id) and says at which line and column.
 */
final class BpmnSchema {

    private static final String XSD = "org/camunda/bpm/model/bpmn/schema/BPMN20.xsd";
    private static final int MAX_PROBLEMS = 20;
    private static final Schema SCHEMA = load();
    private static final SAXParserFactory PARSERS = parsers();

    private BpmnSchema() {
    }

    private static Schema load() {
        URL xsd = BpmnSchema.class.getClassLoader().getResource(XSD);
        if (xsd == null) {
            throw new IllegalStateException("the BPMN 2.0 schema " + XSD + " is not on the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the schema's own parts are included from the same jar (or directory)
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the BPMN 2.0 schema cannot be loaded", e);
        }
    }

    private static SAXParserFactory parsers() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            BpmnReader.harden(factory);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    /** The schema problems of a well-formed document (empty when it is valid). */
    static List<Problem> problems(byte[] xml) {
        List<Problem> problems = new ArrayList<>();
        try {
            XMLReader reader;
            synchronized (PARSERS) {
                reader = PARSERS.newSAXParser().getXMLReader();
            }
            ValidatorHandler validator = SCHEMA.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            ElementIds ids = new ElementIds(reader);
            ids.setContentHandler(validator);
            ErrorHandler collect = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    add(e);
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    add(e);
                    throw e;
                }

                private void add(SAXParseException e) throws SAXException {
                    String at = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
                    String id = ids.current();
                    Text where = BpmnReader.lineAndColumn(e);
                    problems.add(id == null
                            ? new Problem(at, Text.of("modeler.model.schema", e.getMessage()), where)
                            : new Problem(id, Text.of("modeler.model.schemaAt", where, e.getMessage())));
                    if (problems.size() >= MAX_PROBLEMS) {
                        throw new SAXException("too many problems");
                    }
                }
            };
            validator.setErrorHandler(collect);
            ids.setErrorHandler(collect);
            ids.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(new Problem("body", Text.of("modeler.model.notValidated",
                        String.valueOf(e.getMessage()))));
            }
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("schema validation failed", e);
        }
        return problems;
    }

    /** Keeps the id of the innermost element with an id while the events pass on to the validator. */
    private static final class ElementIds extends XMLFilterImpl {
        private final Deque<String> stack = new ArrayDeque<>();

        ElementIds(XMLReader parent) {
            super(parent);
        }

        String current() {
            String top = stack.peek();
            return top == null || top.isEmpty() ? null : top;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String id = atts.getValue("id");
            String current = current();
            stack.push(id != null && !id.isBlank() ? id : current == null ? "" : current);
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            stack.pop();
        }
    }
}
