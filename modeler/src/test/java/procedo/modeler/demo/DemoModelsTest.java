package procedo.modeler.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The demo as-is / to-be models listed in {@code demo/models/index.json}: sound BPMN 2.0 with complete diagram
 * interchange, to-be models that simplify their as-is (fewer visits and documents, no more hand-offs) and that
 * the Camunda 7 engine can run.
 */
class DemoModelsTest {

    private static final String DIR = "/demo/models/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, DemoModelFile> FILES = new LinkedHashMap<>();
    private static JsonNode index;

    @BeforeAll
    static void readAll() throws IOException {
        index = JSON.readTree(resource(DIR + "index.json"));
        for (JsonNode entry : index) {
            String file = entry.path("file").asText();
            try (InputStream in = resource(DIR + file)) {
                FILES.put(file, DemoModelFile.read(file, in));
            }
        }
    }

    static Stream<String> files() throws IOException {
        if (index == null) {
            readAll();
        }
        return FILES.keySet().stream();
    }

    static Stream<String> toBeFiles() throws IOException {
        return files().filter(f -> f.endsWith(".TO_BE.bpmn"));
    }

    @Test
    void theIndexListsAnAsIsAndAToBeOfAtLeastSixCatalogProcedures() throws IOException {
        Set<String> catalogCodes = new HashSet<>();
        try (InputStream in = resource("/demo/procedures.json")) {
            JSON.readTree(in).path("procedures").forEach(p -> catalogCodes.add(p.path("code").asText()));
        }
        Map<String, Set<String>> kinds = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode e : index) {
            String code = e.path("code").asText();
            String kind = e.path("kind").asText();
            assertThat(catalogCodes).as("code of %s", e).contains(code);
            assertThat(kind).isIn("AS_IS", "TO_BE");
            assertThat(e.path("file").asText()).isEqualTo(code + "." + kind + ".bpmn");
            assertThat(e.path("author").asText()).isNotBlank();
            assertThat(e.path("comment").asText()).isNotBlank();
            assertThat(seen.add(code + "/" + kind)).as("one model per code and kind: %s", e).isTrue();
            kinds.computeIfAbsent(code, c -> new HashSet<>()).add(kind);
        }
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(6);
        kinds.forEach((code, k) -> assertThat(k).as(code).containsExactlyInAnyOrder("AS_IS", "TO_BE"));
        assertThat(kinds).containsKeys("1.001193", "1.004222", "1.013225", "2.001610", "3.000333", "1.000894", "1.001612");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyModelIsSoundBpmnWithCompleteDiagramInterchange(String file) {
        DemoModelFile model = FILES.get(file);
        assertThat(model.problems()).as(file).isEmpty();
        assertThat(model.flowNodes()).as(file).hasSizeGreaterThan(5);
        assertThat(model.applicantLanes()).as("%s has one applicant lane", file).isEqualTo(1);
        assertThat(model.poolNamedLikeTheApplicant()).as("%s names a pool like the applicant", file).isFalse();
        assertThat(new String(model.bytes, StandardCharsets.UTF_8)).as(file).containsPattern("[ăâđêôơưạảấầẩậắặếềểệịọỏốồổộớờởợụủứừửựỳỷỹ]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyModelReadsAndValidatesWithTheCamundaModelApi(String file) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(FILES.get(file).bytes));
        Bpmn.validateModel(model);
        assertThat(model.getModelElementsByType(Process.class)).hasSize(1);
    }

    @Test
    void everyToBeHasFewerVisitsAndDocumentsAndNoMoreHandOffsThanItsAsIs() {
        Map<String, DemoModelFile.Figures> asIs = new TreeMap<>();
        Map<String, DemoModelFile.Figures> toBe = new TreeMap<>();
        for (JsonNode e : index) {
            DemoModelFile.Figures f = FILES.get(e.path("file").asText()).figures();
            (e.path("kind").asText().equals("AS_IS") ? asIs : toBe).put(e.path("code").asText(), f);
        }
        assertThat(toBe.keySet()).isEqualTo(asIs.keySet());
        for (String code : asIs.keySet()) {
            DemoModelFile.Figures before = asIs.get(code);
            DemoModelFile.Figures after = toBe.get(code);
            assertThat(before.visits()).as("%s as-is visits", code).isGreaterThanOrEqualTo(2);
            assertThat(after.visits()).as("%s visits", code).isLessThan(before.visits()).isLessThanOrEqualTo(1);
            assertThat(after.documents()).as("%s documents", code).isLessThan(before.documents());
            assertThat(after.handOffs()).as("%s hand-offs", code).isLessThanOrEqualTo(before.handOffs());
            assertThat(after.waits()).as("%s waits", code).isLessThan(before.waits());
        }
    }

    @Test
    void theFiguresCountWhatTheAnalystDrew() {
        // đăng ký khai sinh: seven trips in the as-is (three agencies, a certified copy), one optional in the to-be
        DemoModelFile.Figures birthAsIs = FILES.get("1.001193.AS_IS.bpmn").figures();
        DemoModelFile.Figures birthToBe = FILES.get("1.001193.TO_BE.bpmn").figures();
        assertThat(birthAsIs).isEqualTo(new DemoModelFile.Figures(7, 8, 7, 13, 3));
        assertThat(birthToBe).isEqualTo(new DemoModelFile.Figures(1, 1, 4, 9, 0));
        // message flows to the other agencies count as hand-offs
        assertThat(FILES.get("3.000333.AS_IS.bpmn").figures().handOffs()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toBeFiles")
    void everyToBeRunsOnCamunda7(String file) {
        DemoModelFile model = FILES.get(file);
        List<Element> processes = model.elements(DemoModelFile.BPMN, "process");
        assertThat(processes).hasSize(1);
        Element process = processes.get(0);
        assertThat(process.getAttribute("isExecutable")).as(file).isEqualTo("true");
        assertThat(process.getAttributeNS(DemoModelFile.CAMUNDA, "historyTimeToLive")).as(file).isNotBlank();
        List<String> problems = new ArrayList<>();
        for (Element task : model.elements(DemoModelFile.BPMN, "userTask")) {
            String id = task.getAttribute("id");
            String groups = task.getAttributeNS(DemoModelFile.CAMUNDA, "candidateGroups");
            if (groups.isBlank()) {
                problems.add(id + " has no candidateGroups");
            } else if (model.isApplicantLane(model.laneOf(id)) != groups.equals("applicant")) {
                problems.add(id + " has candidateGroups " + groups + " in lane " + model.laneOf(id));
            }
        }
        for (String type : List.of("serviceTask", "sendTask")) {
            for (Element task : model.elements(DemoModelFile.BPMN, type)) {
                boolean runs = Stream.of("expression", "class", "delegateExpression", "type")
                        .anyMatch(a -> !task.getAttributeNS(DemoModelFile.CAMUNDA, a).isBlank());
                if (!runs) {
                    problems.add(task.getAttribute("id") + " has no implementation");
                }
            }
        }
        for (Element gateway : model.elements(DemoModelFile.BPMN, "exclusiveGateway")) {
            List<Element> outgoing = model.elements(DemoModelFile.BPMN, "sequenceFlow").stream()
                    .filter(f -> f.getAttribute("sourceRef").equals(gateway.getAttribute("id"))).toList();
            if (outgoing.size() < 2) {
                continue;
            }
            String fallback = gateway.getAttribute("default");
            if (fallback.isBlank()) {
                problems.add(gateway.getAttribute("id") + " has no default flow");
            }
            for (Element flow : outgoing) {
                boolean conditional = !DemoModelFile.children(flow, DemoModelFile.BPMN, "conditionExpression").isEmpty();
                if (flow.getAttribute("id").equals(fallback) == conditional) {
                    problems.add(flow.getAttribute("id") + (conditional ? " is the default flow but has a condition"
                            : " has no condition"));
                }
            }
        }
        for (Element duration : model.elements(DemoModelFile.BPMN, "timeDuration")) {
            String text = duration.getTextContent().trim();
            if (!isIsoDuration(text)) {
                problems.add("timer duration " + text + " is not ISO-8601");
            }
        }
        for (Element event : model.elements(DemoModelFile.BPMN, "messageEventDefinition")) {
            if (event.getAttribute("messageRef").isBlank()) {
                problems.add("message event without message");
            }
        }
        assertThat(problems).as(file).isEmpty();
        BpmnModelInstance parsed = Bpmn.readModelFromStream(new ByteArrayInputStream(model.bytes));
        Process p = parsed.getModelElementsByType(Process.class).iterator().next();
        assertThat(p.isExecutable()).isTrue();
        assertThat(p.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
    }

    @Test
    void asIsTimersUseIsoDurationsToo() {
        for (DemoModelFile model : FILES.values()) {
            for (Element duration : model.elements(DemoModelFile.BPMN, "timeDuration")) {
                assertThat(isIsoDuration(duration.getTextContent().trim())).as(model.file).isTrue();
            }
        }
    }

    @Test
    void theReaderRefusesADoctype() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"" + DemoModelFile.BPMN + "\">&x;</bpmn:definitions>";
        assertThatThrownBy(() -> new DemoModelFile("hostile.bpmn", hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void theIntegrityCheckFindsABrokenModel() {
        String broken = new String(FILES.get("3.000333.TO_BE.bpmn").bytes, StandardCharsets.UTF_8)
                .replace("targetRef=\"Task_Review\"", "targetRef=\"Task_Missing\"")
                .replace("bpmnElement=\"Task_IssueRecord\"", "bpmnElement=\"Task_Nowhere\"");
        List<String> problems = new DemoModelFile("broken.bpmn", broken.getBytes(StandardCharsets.UTF_8)).problems();
        assertThat(problems).anyMatch(p -> p.contains("Task_Missing does not resolve"));
        assertThat(problems).contains("userTask Task_IssueRecord has no shape");
        assertThat(problems).anyMatch(p -> p.contains("bpmnElement Task_Nowhere does not resolve"));
    }

    private static boolean isIsoDuration(String text) {
        try {
            if (text.contains("T")) {
                Duration.parse(text);
            } else {
                Period.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoModelsTest.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
