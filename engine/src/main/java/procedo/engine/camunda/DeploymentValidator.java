package procedo.engine.camunda;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.FunctionNode;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.impl.ModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.util.ModelUtil;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.FormFieldType;

/**
 * Finds, before anything is deployed, what in a model would fail or misbehave once cases run on it: the checks
 * Camunda makes at deployment and those it leaves to run time (a task nobody can see, an expression naming a
 * variable nothing sets, a wait for a message nobody sends). Every problem names the element: its id, and the
 * element as a person sees it in the modeler (its kind and its name).
 */
final class DeploymentValidator {

    /** Functions Camunda's expression language offers. */
    private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    /** The whole model, for problems that belong to no element. */
    private static final EngineText MODEL = EngineText.of("engine.place.model");

    /** The model parsed, or a problem saying why it is not a BPMN model. */
    static BpmnModelInstance parse(byte[] bpmn, List<ElementProblem> problems) {
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (ModelException | IllegalArgumentException e) {
            problems.add(new ElementProblem("definitions", EngineText.of("engine.model.notBpmn", rootMessage(e)))
                    .at(MODEL));
            return null;
        }
    }

    /** The one process to deploy: the executable one. Problems when there is none or more than one. */
    static Process executableProcess(BpmnModelInstance model, List<ElementProblem> problems) {
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
        if (processes.isEmpty()) {
            problems.add(new ElementProblem("definitions", MODEL, EngineText.of("engine.model.noProcess")));
        } else if (executable.isEmpty()) {
            for (Process p : processes) {
                problems.add(new ElementProblem(p.getId(), place(p), EngineText.of("engine.model.notExecutable")));
            }
        } else if (executable.size() > 1) {
            for (Process p : executable) {
                problems.add(new ElementProblem(p.getId(), place(p), EngineText.of("engine.model.manyExecutable",
                        String.join(", ", executable.stream().map(DeploymentValidator::nameOrId).toList()))));
            }
        } else {
            return executable.get(0);
        }
        return null;
    }

    List<ElementProblem> validate(byte[] bpmn, Set<String> startFormFields) {
        List<ElementProblem> problems = new ArrayList<>();
        BpmnModelInstance model = parse(bpmn, problems);
        if (model == null) {
            return problems;
        }
        Process process = executableProcess(model, problems);
        if (process == null) {
            return problems;
        }
        check(model, process, startFormFields, problems);
        return problems.stream().map(p -> p.place() != null ? p : p.at(place(model, p.elementId()))).toList();
    }

    private void check(BpmnModelInstance model, Process process, Set<String> startFormFields,
                       List<ElementProblem> problems) {
        if (blank(process.getCamundaHistoryTimeToLiveString())) {
            problems.add(new ElementProblem(process.getId(), EngineText.of("engine.model.noHistoryTimeToLive")));
        }
        Set<String> known = knownNames(process, startFormFields);
        checkStart(process, problems);
        for (ModelElementInstance e : descendants(process)) {
            if (e instanceof UserTask task) {
                checkUserTask(task, known, problems);
            } else if (e instanceof ServiceTask task) {
                checkImplementation(task, task.getCamundaClass(), task.getCamundaDelegateExpression(),
                        task.getCamundaExpression(), task.getCamundaType(), task.getCamundaTopic(), known, problems);
            } else if (e instanceof SendTask task) {
                checkImplementation(task, task.getCamundaClass(), task.getCamundaDelegateExpression(),
                        task.getCamundaExpression(), task.getCamundaType(), task.getCamundaTopic(), known, problems);
            } else if (e instanceof BusinessRuleTask task) {
                if (!blank(task.getCamundaDecisionRef())) {
                    problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.decision",
                            task.getCamundaDecisionRef())));
                } else {
                    checkImplementation(task, task.getCamundaClass(), task.getCamundaDelegateExpression(),
                            task.getCamundaExpression(), task.getCamundaType(), task.getCamundaTopic(), known,
                            problems);
                }
            } else if (e instanceof ScriptTask task) {
                problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.scriptTask",
                        String.valueOf(task.getScriptFormat()))));
            } else if (e instanceof ReceiveTask task) {
                problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.receiveTask")));
            } else if (e instanceof CallActivity call) {
                problems.add(new ElementProblem(call.getId(), EngineText.of("engine.model.callActivity",
                        String.valueOf(call.getCalledElement()))));
            } else if (e instanceof SequenceFlow flow) {
                checkFlow(flow, known, problems);
            } else if (e instanceof Gateway gateway) {
                checkGateway(gateway, model, problems);
            } else if (e instanceof CatchEvent event && !(e instanceof StartEvent)) {
                checkEventDefinitions(event, event.getEventDefinitions(), known, problems);
            } else if (e instanceof ThrowEvent event) {
                for (EventDefinition d : event.getEventDefinitions()) {
                    if (d instanceof MessageEventDefinition m && blank(m.getCamundaExpression())
                            && blank(m.getCamundaClass()) && blank(m.getCamundaDelegateExpression())) {
                        problems.add(new ElementProblem(event.getId(),
                                EngineText.of("engine.model.messageWithoutImplementation")));
                    }
                }
            } else if (e instanceof MultiInstanceLoopCharacteristics mi) {
                String owner = ((BaseElement) mi.getParentElement()).getId();
                if (mi.getLoopCardinality() != null) {
                    checkExpression(owner, what("loopCardinality"), mi.getLoopCardinality().getTextContent(), known,
                            problems);
                }
                if (mi.getCompletionCondition() != null) {
                    checkExpression(owner, what("completionCondition"), mi.getCompletionCondition().getTextContent(),
                            known, problems);
                }
                if (mi.getLoopCardinality() == null && blank(mi.getCamundaCollection())) {
                    problems.add(new ElementProblem(owner, EngineText.of("engine.model.multiInstance")));
                } else if (!blank(mi.getCamundaCollection())) {
                    checkNameOrExpression(owner, what("collection"), mi.getCamundaCollection(), known, problems);
                }
            } else if (e instanceof CamundaInputParameter input) {
                checkExpression(ownerId(input), EngineText.of("engine.what.inputParameter", input.getCamundaName()),
                        input.getTextContent(), known, problems);
            }
        }
    }

    /** The element with {@code id} as a person sees it: its kind and its name (its id when it has no name). */
    static EngineText place(BpmnModelInstance model, String id) {
        ModelElementInstance element = id == null ? null : model.getModelElementById(id);
        return element instanceof BaseElement base ? place(base) : MODEL;
    }

    static EngineText place(BaseElement element) {
        String kind = element instanceof SubProcess ? "subProcess"
                : element instanceof Activity ? "task"
                : element instanceof Gateway ? "gateway"
                : element instanceof Event ? "event"
                : element instanceof SequenceFlow ? "flow"
                : element instanceof Process ? "process" : "element";
        return EngineText.of("engine.place." + kind, nameOrId(element));
    }

    /** An element's name as the modeler shows it, else its id. */
    static String nameOrId(BaseElement element) {
        String name = element.getAttributeValue("name");
        return blank(name) ? element.getId() : name.strip();
    }

    private static String fieldName(CamundaFormField field) {
        return blank(field.getCamundaLabel()) ? field.getCamundaId() : field.getCamundaLabel();
    }

    private static EngineText what(String key) {
        return EngineText.of("engine.what." + key);
    }

    private void checkStart(Process process, List<ElementProblem> problems) {
        List<StartEvent> starts = process.getChildElementsByType(StartEvent.class).stream().toList();
        boolean noneStart = starts.stream().anyMatch(s -> s.getEventDefinitions().isEmpty());
        if (starts.isEmpty()) {
            problems.add(new ElementProblem(process.getId(), EngineText.of("engine.model.noStart")));
        } else if (!noneStart) {
            for (StartEvent s : starts) {
                problems.add(new ElementProblem(s.getId(), EngineText.of("engine.model.startWaits")));
            }
        }
    }

    private void checkUserTask(UserTask task, Set<String> known, List<ElementProblem> problems) {
        String assignee = task.getCamundaAssignee();
        String users = task.getCamundaCandidateUsers();
        String groups = task.getCamundaCandidateGroups();
        if (blank(assignee) && blank(users) && blank(groups)) {
            problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.unassigned")));
        }
        checkExpression(task.getId(), what("assignee"), assignee, known, problems);
        checkExpression(task.getId(), what("candidateUsers"), users, known, problems);
        checkExpression(task.getId(), what("candidateGroups"), groups, known, problems);
        checkExpression(task.getId(), what("dueDate"), task.getCamundaDueDate(), known, problems);
        checkExpression(task.getId(), what("followUpDate"), task.getCamundaFollowUpDate(), known, problems);
        for (CamundaFormField field : formFields(task)) {
            if (blank(field.getCamundaId())) {
                problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.fieldWithoutId")));
            } else if (CaseVariables.RESERVED.contains(field.getCamundaId())) {
                problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.fieldReserved",
                        fieldName(field))));
            }
            String type = field.getCamundaType();
            if (type != null && FormFieldType.fromWireName(type).isEmpty()) {
                problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.fieldType",
                        fieldName(field), type)));
            }
        }
    }

    private void checkImplementation(BaseElement task, String className, String delegateExpression,
                                     String expression, String type, String topic, Set<String> known,
                                     List<ElementProblem> problems) {
        if ("external".equals(type)) {
            problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.externalTask",
                    String.valueOf(topic))));
        } else if (!blank(type)) {
            problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.taskType", type)));
        } else if (!blank(className)) {
            try {
                Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.noClass", className)));
            }
        } else if (!blank(delegateExpression)) {
            checkExpression(task.getId(), what("delegateExpression"), delegateExpression, known, problems);
        } else if (!blank(expression)) {
            checkExpression(task.getId(), what("expression"), expression, known, problems);
        } else {
            problems.add(new ElementProblem(task.getId(), EngineText.of("engine.model.noImplementation")));
        }
    }

    private void checkFlow(SequenceFlow flow, Set<String> known, List<ElementProblem> problems) {
        ConditionExpression condition = flow.getConditionExpression();
        if (condition == null) {
            return;
        }
        String language = condition.getLanguage();
        if (!blank(language)) {
            problems.add(new ElementProblem(flow.getId(), EngineText.of("engine.model.scriptCondition", language)));
            return;
        }
        String text = condition.getTextContent();
        if (blank(text)) {
            problems.add(new ElementProblem(flow.getId(), EngineText.of("engine.model.emptyCondition")));
        } else {
            checkExpression(flow.getId(), what("condition"), text.strip(), known, problems);
        }
    }

    private static void checkGateway(Gateway gateway, BpmnModelInstance model, List<ElementProblem> problems) {
        if (!(gateway instanceof ExclusiveGateway) && !(gateway instanceof InclusiveGateway)) {
            return;
        }
        // by sourceRef: the <outgoing> children of a node are optional in BPMN files
        List<SequenceFlow> outgoing = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> f.getSource() == gateway).toList();
        if (outgoing.size() < 2) {
            return;
        }
        SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway x ? x.getDefault()
                : ((InclusiveGateway) gateway).getDefault();
        for (SequenceFlow flow : outgoing) {
            if (flow.getConditionExpression() == null && flow != defaultFlow) {
                problems.add(new ElementProblem(flow.getId(), EngineText.of("engine.model.unconditionalFlow",
                        nameOrId(gateway))));
            }
        }
    }

    private void checkEventDefinitions(BaseElement event, Collection<EventDefinition> definitions,
                                       Set<String> known, List<ElementProblem> problems) {
        for (EventDefinition d : definitions) {
            if (d instanceof TimerEventDefinition timer) {
                checkTimer(event.getId(), timer, known, problems);
            } else if (d instanceof MessageEventDefinition) {
                problems.add(new ElementProblem(event.getId(), EngineText.of("engine.model.waitsForMessage")));
            } else if (d instanceof SignalEventDefinition) {
                problems.add(new ElementProblem(event.getId(), EngineText.of("engine.model.waitsForSignal")));
            } else if (d instanceof ConditionalEventDefinition conditional) {
                String text = conditional.getCondition() == null ? null : conditional.getCondition().getTextContent();
                if (blank(text)) {
                    problems.add(new ElementProblem(event.getId(), EngineText.of("engine.model.emptyConditionalEvent")));
                } else {
                    checkExpression(event.getId(), what("condition"), text.strip(), known, problems);
                }
            }
        }
    }

    private void checkTimer(String id, TimerEventDefinition timer, Set<String> known, List<ElementProblem> problems) {
        String date = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent();
        String duration = timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent();
        String cycle = timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent();
        if (blank(date) && blank(duration) && blank(cycle)) {
            problems.add(new ElementProblem(id, EngineText.of("engine.model.emptyTimer")));
            return;
        }
        if (!blank(date)) {
            checkTimeValue(id, what("timerDate"), date.strip(), known, problems, DeploymentValidator::isDateTime);
        }
        if (!blank(duration)) {
            checkTimeValue(id, what("timerDuration"), duration.strip(), known, problems, DeploymentValidator::isDuration);
        }
        if (!blank(cycle)) {
            checkTimeValue(id, what("timerCycle"), cycle.strip(), known, problems,
                    c -> c.startsWith("R") || c.split("\\s+").length >= 6);
        }
    }

    private void checkTimeValue(String id, EngineText what, String value, Set<String> known,
                                List<ElementProblem> problems, Predicate<String> literalOk) {
        if (value.contains("${") || value.contains("#{")) {
            checkExpression(id, what, value, known, problems);
        } else if (!literalOk.test(value)) {
            problems.add(new ElementProblem(id, EngineText.of("engine.model.notIso", what, value)));
        }
    }

    private static boolean isDateTime(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private static boolean isDuration(String s) {
        try {
            Duration.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                int t = s.indexOf('T');
                Period.parse(t < 0 ? s : s.substring(0, t));
                if (t >= 0) {
                    Duration.parse("P" + s.substring(t));
                }
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private void checkNameOrExpression(String id, EngineText what, String value, Set<String> known,
                                       List<ElementProblem> problems) {
        if (value.contains("${") || value.contains("#{")) {
            checkExpression(id, what, value, known, problems);
        } else if (!known.contains(value)) {
            problems.add(new ElementProblem(id, EngineText.of("engine.model.unsetVariable", what, value)));
        }
    }

    /** Parses an expression and checks that every name it uses exists when cases run. */
    void checkExpression(String id, EngineText what, String text, Set<String> known, List<ElementProblem> problems) {
        if (text == null || !(text.contains("${") || text.contains("#{"))) {
            return;
        }
        Tree tree;
        try {
            tree = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text);
        } catch (TreeBuilderException e) {
            problems.add(new ElementProblem(id, EngineText.of("engine.model.unparsable", what, text, e.getMessage())));
            return;
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (IdentifierNode node : tree.getIdentifierNodes()) {
            if (!known.contains(node.getName())) {
                unknown.add(node.getName());
            }
        }
        for (FunctionNode node : tree.getFunctionNodes()) {
            if (!FUNCTIONS.contains(node.getName())) {
                problems.add(new ElementProblem(id, EngineText.of("engine.model.unknownFunction", what, text,
                        node.getName())));
            }
        }
        for (String name : unknown) {
            problems.add(new ElementProblem(id, EngineText.of("engine.model.unknownName", what, text, name)));
        }
    }

    /** Names an expression may use: Procedo's case variables, the start form and every form and output. */
    private static Set<String> knownNames(Process process, Set<String> startFormFields) {
        Set<String> known = new HashSet<>(CaseVariables.IN_EXPRESSIONS);
        known.addAll(startFormFields);
        for (ModelElementInstance e : descendants(process)) {
            if (e instanceof CamundaFormField field && field.getCamundaId() != null) {
                known.add(field.getCamundaId());
            } else if (e instanceof CamundaOutputParameter out && out.getCamundaName() != null) {
                known.add(out.getCamundaName());
            } else if (e instanceof ServiceTask t && !blank(t.getCamundaResultVariable())) {
                known.add(t.getCamundaResultVariable());
            } else if (e instanceof MultiInstanceLoopCharacteristics mi && !blank(mi.getCamundaElementVariable())) {
                known.add(mi.getCamundaElementVariable());
                known.addAll(Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter"));
            }
        }
        return known;
    }

    static List<CamundaFormField> formFields(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        List<CamundaFormField> fields = new ArrayList<>();
        for (ModelElementInstance e : element.getExtensionElements().getElements()) {
            if (e instanceof CamundaFormData data) {
                fields.addAll(data.getCamundaFormFields());
            }
        }
        return fields;
    }

    /** Every element inside the process, sub-processes included, in document order. */
    static List<ModelElementInstance> descendants(ModelElementInstance root) {
        List<ModelElementInstance> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(ModelElementInstance element, List<ModelElementInstance> all) {
        ModelInstanceImpl model = (ModelInstanceImpl) element.getModelInstance();
        for (DomElement dom : element.getDomElement().getChildElements()) {
            ModelElementInstance child;
            try {
                child = ModelUtil.getModelElement(dom, model);
            } catch (ModelException e) {
                continue; // an element of a vendor this engine does not know: it ignores it too
            }
            all.add(child);
            collect(child, all);
        }
    }

    private static String ownerId(ModelElementInstance e) {
        ModelElementInstance p = e.getParentElement();
        while (p != null && !(p instanceof FlowNode)) {
            p = p.getParentElement();
        }
        return p instanceof FlowNode node ? node.getId() : "definitions";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }
}
