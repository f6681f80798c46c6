package procedo.modeler.simulation;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import procedo.modeler.model.BpmnReader;
import procedo.modeler.simulation.SimulationParameters.ArrivalKind;
import procedo.modeler.simulation.SimulationParameters.Arrivals;
import procedo.modeler.simulation.SimulationParameters.EventParameters;
import procedo.modeler.simulation.SimulationParameters.RoleParameters;
import procedo.modeler.simulation.SimulationParameters.RunSettings;
import procedo.modeler.simulation.SimulationParameters.TaskParameters;

/**
 * Simulation parameters as BPSim 2.0 (WfMC) extension elements: a {@code bpmn:relationship} of type
 * {@code BPSimData} holding {@code bpsim:BPSimData} with one {@code bpsim:Scenario}. Written: the scenario's seed,
 * start, warm-up and base units (hours, VND); per start event the arrivals ({@code InterTriggerTimer},
 * {@code TriggerCount}); per task its {@code ProcessingTime} and performing role; per lane its staff
 * ({@code Quantity}) and cost per hour ({@code UnitCost}); per branch its {@code Probability}; per event its
 * {@code WaitTime}. What BPSim has no element for (working hours, the applicant's burden, cases per working day,
 * horizon) is a {@code Property}. Read: the same, from either BPSim namespace (1.0, which most tools write, and
 * 2.0), converting time units and percentages; values that cannot be read are left to the defaults.
 */
final class BpsimFormat {

    static final String NS = "http://www.bpsim.org/schemas/2.0";
    static final String NS_1 = "http://www.bpsim.org/schemas/1.0";
    private static final String BPMN = BpmnReader.MODEL_NS;

    private BpsimFormat() {
    }

    // ---- reading

    static SimulationParameters read(Document document) {
        Element scenario = firstScenario(document.getDocumentElement());
        if (scenario == null) {
            return SimulationParameters.none();
        }
        ProcessGraph graph = ProcessGraph.read(document);
        Element scenarioParameters = child(scenario, "ScenarioParameters");
        double unit = scenarioParameters == null ? 1 / 60.0 : hoursPer(scenarioParameters.getAttribute("baseTimeUnit"));
        Long seed = null;
        LocalDate start = null;
        Integer warmup = null;
        Integer cases = null;
        Integer horizon = null;
        WorkingHours office = null;
        if (scenarioParameters != null) {
            seed = longOf(scenarioParameters.getAttribute("seed"));
            String startText = constant(child(scenarioParameters, "Start"));
            start = date(startText);
            Double warm = number(constant(child(scenarioParameters, "Warmup")));
            warmup = warm == null ? null : (int) Math.round(warm);
            Map<String, String> properties = properties(scenarioParameters);
            office = hours(properties.get("officeHours"));
            Double horizonDays = number(properties.get("horizonDays"));
            horizon = horizonDays == null ? null : (int) Math.round(horizonDays);
            Double count = number(properties.get("cases"));
            cases = count == null ? null : (int) Math.round(count);
        }
        double hoursPerDay = (office == null ? WorkingHours.OFFICE : office).hoursPerDay();
        Arrivals arrivals = null;
        TreeMap<String, TaskParameters> tasks = new TreeMap<>();
        TreeMap<String, RoleParameters> roles = new TreeMap<>();
        TreeMap<String, Double> branches = new TreeMap<>();
        TreeMap<String, EventParameters> events = new TreeMap<>();
        for (Element parameters : children(scenario, "ElementParameters")) {
            String ref = parameters.getAttribute("elementRef");
            Element time = child(parameters, "TimeParameters");
            Element control = child(parameters, "ControlParameters");
            Element resource = child(parameters, "ResourceParameters");
            Element cost = child(parameters, "CostParameters");
            Map<String, String> properties = properties(parameters);
            Integer node = graph.nodeIndex.get(ref);
            Integer flow = graph.flowIndex.get(ref);
            if (node != null && graph.kind(node) == ProcessGraph.START) {
                Element timer = child(time, "InterTriggerTimer");
                Element shape = timer == null ? null : firstChild(timer);
                Double perDay = number(properties.get("casesPerDay"));
                ArrivalKind kind = shape == null ? null : shape.getLocalName().endsWith("Distribution")
                        ? ArrivalKind.POISSON : ArrivalKind.FIXED;
                if (perDay == null && shape != null) {
                    Distribution gap = distribution(shape, unit);
                    perDay = gap == null || !(gap.expected() > 0) ? null : hoursPerDay / gap.expected();
                }
                if (kind != null || perDay != null) {
                    arrivals = new Arrivals(kind, perDay);
                }
                Double count = number(constant(child(control, "TriggerCount")));
                if (count != null && cases == null) {
                    cases = (int) Math.round(count);
                }
            } else if (node != null && graph.kind(node) == ProcessGraph.TASK) {
                Distribution duration = distribution(firstChild(child(time, "ProcessingTime")), unit);
                String role = constant(child(resource, "Role"));
                if (role == null) {
                    role = constant(child(resource, "Selection"));
                }
                Double applicantHours = number(properties.get("applicantHours"));
                Double visits = number(properties.get("visits"));
                BigDecimal money = decimal(properties.get("outOfPocket"));
                TaskParameters task = new TaskParameters(duration, role == null || role.isBlank() ? null : role,
                        applicantHours, visits == null ? null : (int) Math.round(visits), money);
                if (!task.equals(new TaskParameters(null, null, null, null, null))) {
                    tasks.put(ref, task);
                }
            } else if (node != null && (graph.kind(node) == ProcessGraph.CATCH
                    || graph.kind(node) == ProcessGraph.BOUNDARY)) {
                Distribution waitTime = distribution(firstChild(child(time, "WaitTime")), unit);
                Double probability = probability(number(constant(child(control, "Probability"))));
                if (waitTime != null || probability != null) {
                    events.put(ref, new EventParameters(waitTime, probability));
                }
            } else if (flow != null) {
                Double probability = probability(number(constant(child(control, "Probability"))));
                if (probability != null) {
                    branches.put(ref, probability);
                }
            }
            if (graph.roleIndex.containsKey(ref)) {
                Double quantity = number(constant(child(resource, "Quantity")));
                BigDecimal unitCost = decimal(constant(child(cost, "UnitCost")));
                RoleParameters role = new RoleParameters(quantity == null ? null : (int) Math.round(quantity),
                        hours(properties.get("workingHours")), unitCost == null ? null : perHour(unitCost, unit));
                if (!role.equals(new RoleParameters(null, null, null))) {
                    roles.put(ref, role);
                }
            }
        }
        RunSettings run = new RunSettings(cases, horizon, warmup, seed, start, office);
        return new SimulationParameters(arrivals, run.equals(new RunSettings(null, null, null, null, null, null))
                ? null : run, tasks, roles, branches, events);
    }

    private static Element firstScenario(Element root) {
        for (Element element : descendants(root)) {
            if (isBpsim(element) && element.getLocalName().equals("Scenario")) {
                return element;
            }
        }
        return null;
    }

    private static Map<String, String> properties(Element parameters) {
        Map<String, String> result = new TreeMap<>();
        Element properties = child(parameters, "PropertyParameters");
        for (Element property : children(properties, "Property")) {
            String value = constant(property);
            if (value != null) {
                result.put(property.getAttribute("name"), value);
            }
        }
        return result;
    }

    /** The value of a constant parameter held by {@code holder} (its first BPSim child), as written. */
    private static String constant(Element holder) {
        Element value = firstChild(holder);
        if (value == null || !value.hasAttribute("value")) {
            return null;
        }
        return value.getAttribute("value").strip();
    }

    private static Distribution distribution(Element shape, double unit) {
        if (shape == null) {
            return null;
        }
        double factor = shape.hasAttribute("timeUnit") ? hoursPer(shape.getAttribute("timeUnit")) : unit;
        try {
            return switch (shape.getLocalName()) {
                case "FloatingParameter", "NumericParameter" -> Distribution.fixed(
                        Double.parseDouble(shape.getAttribute("value")) * factor);
                case "DurationParameter" -> Distribution.fixed(isoHours(shape.getAttribute("value")));
                case "UniformDistribution" -> Distribution.uniform(attribute(shape, "min") * factor,
                        attribute(shape, "max") * factor);
                case "TriangularDistribution" -> Distribution.triangular(attribute(shape, "min") * factor,
                        attribute(shape, "mode") * factor, attribute(shape, "max") * factor);
                case "NormalDistribution", "TruncatedNormalDistribution" -> Distribution.normal(
                        attribute(shape, "mean") * factor, attribute(shape, "standardDeviation") * factor);
                case "NegativeExponentialDistribution", "ExponentialDistribution", "PoissonDistribution" ->
                        Distribution.exponential(
                        attribute(shape, "mean") * factor);
                case "LogNormalDistribution" -> Distribution.logNormal(attribute(shape, "mean") * factor,
                        attribute(shape, "standardDeviation") * factor);
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static double attribute(Element element, String name) {
        return Double.parseDouble(element.getAttribute(name).strip());
    }

    private static double isoHours(String text) {
        Duration d = Duration.parse(text.strip());
        return d.toDaysPart() * ProcessGraph.TIMER_DAY + (d.toSeconds() - d.toDaysPart() * 86_400) / 3600.0;
    }

    /** Hours in one BPSim time unit (a day counts as a working day of {@link ProcessGraph#TIMER_DAY} hours). */
    static double hoursPer(String unit) {
        return switch (unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT)) {
            case "ms" -> 1 / 3_600_000.0;
            case "s" -> 1 / 3600.0;
            case "hour", "h" -> 1;
            case "day" -> ProcessGraph.TIMER_DAY;
            case "year" -> ProcessGraph.TIMER_DAY * 250;
            default -> 1 / 60.0;
        };
    }

    /** A cost per base time unit of {@code hours} hours, per hour: exact, written without exponent. */
    private static BigDecimal perHour(BigDecimal cost, double hours) {
        if (hours == 1) {
            return cost;
        }
        BigDecimal result = hours < 1 ? cost.multiply(BigDecimal.valueOf(Math.round(1 / hours)))
                : cost.divide(BigDecimal.valueOf(hours), 6, java.math.RoundingMode.HALF_UP);
        result = result.stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    private static Double probability(Double value) {
        if (value == null) {
            return null;
        }
        return value > 1 ? value / 100 : value;
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longOf(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static WorkingHours hours(String text) {
        try {
            return text == null ? null : WorkingHours.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- writing

    /** Replaces {@code document}'s BPSim scenarios by one holding {@code p}. */
    static void write(Document document, SimulationParameters p) {
        Element definitions = document.getDocumentElement();
        for (Element relationship : children(definitions, BPMN, "relationship")) {
            for (Element element : descendants(relationship)) {
                if (isBpsim(element) && element.getLocalName().equals("BPSimData")) {
                    definitions.removeChild(relationship);
                    break;
                }
            }
        }
        if (definitions.lookupPrefix(NS) == null) {
            definitions.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:bpsim", NS);
        }
        String bpmn = definitions.getPrefix();
        ProcessGraph graph = ProcessGraph.read(document);
        Writer w = new Writer(document, bpmn == null ? "" : bpmn + ":");
        Element relationship = w.bpmn("relationship");
        relationship.setAttribute("type", "BPSimData");
        relationship.setAttribute("id", "BPSimData_procedo");
        Element data = w.child(w.child(relationship, w.bpmn("extensionElements")), w.bpsim("BPSimData"));
        Element scenario = w.child(data, w.bpsim("Scenario"));
        scenario.setAttribute("id", "procedo");
        scenario.setAttribute("name", "Procedo");
        scenario.setAttribute("vendor", "Procedo");
        scenario.setAttribute("version", "1");
        Element scenarioParameters = w.child(scenario, w.bpsim("ScenarioParameters"));
        scenarioParameters.setAttribute("replication", "1");
        scenarioParameters.setAttribute("baseTimeUnit", "hour");
        scenarioParameters.setAttribute("baseCurrencyUnit", "VND");
        RunSettings run = p.run();
        if (run != null) {
            if (run.seed() != null) {
                scenarioParameters.setAttribute("seed", run.seed().toString());
            }
            if (run.startDate() != null) {
                w.constant(w.child(scenarioParameters, w.bpsim("Start")), "DateTimeParameter",
                        run.startDate().atStartOfDay().toString() + ":00");
            }
            if (run.warmupCases() != null) {
                w.constant(w.child(scenarioParameters, w.bpsim("Warmup")), "NumericParameter",
                        run.warmupCases().toString());
            }
            Map<String, String> properties = new TreeMap<>();
            putIf(properties, "cases", run.cases());
            putIf(properties, "horizonDays", run.horizonDays());
            putIf(properties, "officeHours", run.officeHours());
            w.properties(scenarioParameters, properties);
        }
        Map<String, Element> byElement = new TreeMap<>();
        if (p.arrivals() != null && !graph.caseStarts.isEmpty()) {
            Element start = w.element(scenario, byElement, graph.ids.get(graph.caseStarts.get(0)));
            Arrivals a = p.arrivals();
            if (a.casesPerDay() != null && a.kind() != null) {
                double gap = (run != null && run.officeHours() != null ? run.officeHours()
                        : WorkingHours.OFFICE).hoursPerDay() / a.casesPerDay();
                Element timer = w.child(w.section(start, "TimeParameters"), w.bpsim("InterTriggerTimer"));
                w.distribution(timer, a.kind() == ArrivalKind.POISSON ? Distribution.exponential(gap)
                        : Distribution.fixed(gap));
            }
            if (run != null && run.cases() != null) {
                w.constant(w.child(w.section(start, "ControlParameters"), w.bpsim("TriggerCount")),
                        "NumericParameter", run.cases().toString());
            }
            Map<String, String> properties = new TreeMap<>();
            putIf(properties, "casesPerDay", a.casesPerDay());
            putIf(properties, "arrivals", a.kind());
            w.properties(w.section(start, "PropertyParameters"), properties);
        }
        p.tasks().forEach((id, task) -> {
            Element element = w.element(scenario, byElement, id);
            if (task.duration() != null) {
                w.distribution(w.child(w.section(element, "TimeParameters"), w.bpsim("ProcessingTime")),
                        task.duration());
            }
            if (task.role() != null) {
                w.constant(w.child(w.section(element, "ResourceParameters"), w.bpsim("Role")), "StringParameter",
                        task.role());
            }
            Map<String, String> properties = new TreeMap<>();
            putIf(properties, "applicantHours", task.applicantHours());
            putIf(properties, "visits", task.visits());
            putIf(properties, "outOfPocket", task.outOfPocket() == null ? null : task.outOfPocket().toPlainString());
            w.properties(w.section(element, "PropertyParameters"), properties);
        });
        p.roles().forEach((id, role) -> {
            Element element = w.element(scenario, byElement, id);
            if (role.count() != null) {
                w.constant(w.child(w.section(element, "ResourceParameters"), w.bpsim("Quantity")),
                        "NumericParameter", role.count().toString());
            }
            if (role.costPerHour() != null) {
                w.constant(w.child(w.section(element, "CostParameters"), w.bpsim("UnitCost")),
                        "FloatingParameter", role.costPerHour().toPlainString());
            }
            Map<String, String> properties = new TreeMap<>();
            putIf(properties, "workingHours", role.hours());
            w.properties(w.section(element, "PropertyParameters"), properties);
        });
        p.branches().forEach((id, probability) -> w.constant(w.child(w.section(w.element(scenario, byElement, id),
                "ControlParameters"), w.bpsim("Probability")), "FloatingParameter", probability.toString()));
        p.events().forEach((id, event) -> {
            Element element = w.element(scenario, byElement, id);
            if (event.delay() != null) {
                w.distribution(w.child(w.section(element, "TimeParameters"), w.bpsim("WaitTime")), event.delay());
            }
            if (event.probability() != null) {
                w.constant(w.child(w.section(element, "ControlParameters"), w.bpsim("Probability")),
                        "FloatingParameter", event.probability().toString());
            }
        });
        String process = graph.ids.isEmpty() ? definitions.getAttribute("id") : firstProcessId(definitions);
        w.child(relationship, w.bpmn("source")).setTextContent(process);
        w.child(relationship, w.bpmn("target")).setTextContent(process);
        definitions.appendChild(relationship);
    }

    private static String firstProcessId(Element definitions) {
        List<Element> processes = children(definitions, BPMN, "process");
        return processes.isEmpty() ? definitions.getAttribute("id") : processes.get(0).getAttribute("id");
    }

    private static void putIf(Map<String, String> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value.toString());
        }
    }

    /** Writes elements of the scenario; element parameters' sections kept in the schema's order. */
    private static final class Writer {
        private static final List<String> SECTIONS = List.of("TimeParameters", "ControlParameters",
                "ResourceParameters", "CostParameters", "PropertyParameters", "PriorityParameters");
        private final Document document;
        private final String bpmnPrefix;

        Writer(Document document, String bpmnPrefix) {
            this.document = document;
            this.bpmnPrefix = bpmnPrefix;
        }

        Element bpmn(String name) {
            return document.createElementNS(BPMN, bpmnPrefix + name);
        }

        Element bpsim(String name) {
            return document.createElementNS(NS, "bpsim:" + name);
        }

        Element child(Element parent, Element child) {
            parent.appendChild(child);
            return child;
        }

        Element element(Element scenario, Map<String, Element> byElement, String id) {
            return byElement.computeIfAbsent(id, key -> {
                Element parameters = child(scenario, bpsim("ElementParameters"));
                parameters.setAttribute("elementRef", key);
                return parameters;
            });
        }

        /** The section of {@code parameters} called {@code name}, made in its place when missing. */
        Element section(Element parameters, String name) {
            Element existing = BpsimFormat.child(parameters, name);
            if (existing != null) {
                return existing;
            }
            Element section = bpsim(name);
            int rank = SECTIONS.indexOf(name);
            for (Element other : BpsimFormat.children(parameters)) {
                if (SECTIONS.indexOf(other.getLocalName()) > rank) {
                    parameters.insertBefore(section, other);
                    return section;
                }
            }
            parameters.appendChild(section);
            return section;
        }

        void constant(Element holder, String type, String value) {
            child(holder, bpsim(type)).setAttribute("value", value);
        }

        void properties(Element holder, Map<String, String> properties) {
            Element target = holder.getLocalName().equals("PropertyParameters") ? holder : null;
            if (properties.isEmpty()) {
                if (target != null && !target.hasChildNodes()) {
                    target.getParentNode().removeChild(target);
                }
                return;
            }
            if (target == null) {
                target = child(holder, bpsim("PropertyParameters"));
            }
            for (Map.Entry<String, String> property : properties.entrySet()) {
                Element element = child(target, bpsim("Property"));
                element.setAttribute("name", property.getKey());
                constant(element, "StringParameter", property.getValue());
            }
        }

        void distribution(Element holder, Distribution d) {
            Element shape;
            switch (d.kind()) {
                case FIXED -> {
                    shape = child(holder, bpsim("FloatingParameter"));
                    shape.setAttribute("value", String.valueOf(d.value()));
                }
                case UNIFORM -> {
                    shape = child(holder, bpsim("UniformDistribution"));
                    shape.setAttribute("min", String.valueOf(d.min()));
                    shape.setAttribute("max", String.valueOf(d.max()));
                }
                case TRIANGULAR -> {
                    shape = child(holder, bpsim("TriangularDistribution"));
                    shape.setAttribute("min", String.valueOf(d.min()));
                    shape.setAttribute("mode", String.valueOf(d.mode()));
                    shape.setAttribute("max", String.valueOf(d.max()));
                }
                case NORMAL -> {
                    shape = child(holder, bpsim("NormalDistribution"));
                    shape.setAttribute("mean", String.valueOf(d.mean()));
                    shape.setAttribute("standardDeviation", String.valueOf(d.sd()));
                }
                case EXPONENTIAL -> {
                    // BPSim's name; ExponentialDistribution, written before, is still read
                    shape = child(holder, bpsim("NegativeExponentialDistribution"));
                    shape.setAttribute("mean", String.valueOf(d.mean()));
                }
                default -> {
                    shape = child(holder, bpsim("LogNormalDistribution"));
                    shape.setAttribute("mean", String.valueOf(d.mean()));
                    shape.setAttribute("standardDeviation", String.valueOf(d.sd()));
                }
            }
        }
    }

    static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the model cannot be written", e);
        }
    }

    // ---- DOM helpers

    private static boolean isBpsim(Element element) {
        String ns = element.getNamespaceURI();
        return NS.equals(ns) || NS_1.equals(ns);
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Element element : children(parent)) {
            if (element.getLocalName().equals(localName)) {
                return element;
            }
        }
        return null;
    }

    private static Element firstChild(Element parent) {
        List<Element> all = parent == null ? List.of() : children(parent);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        return parent == null ? List.of() : children(parent).stream()
                .filter(e -> e.getLocalName().equals(localName)).toList();
    }

    /** The BPSim element children of {@code parent}. */
    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isBpsim(e)) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element root) {
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
