package procedo.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import procedo.engine.ElementProblem;
import procedo.engine.EngineText;
import procedo.engine.FormField;
import procedo.engine.FormFieldType;

/**
 * The engine words its problems as message keys with arguments, each at its element named as a person sees it
 * (its kind and name); its English rendering is the sentence it always was.
 */
class ElementProblemWordingTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://procedo/bpmn">
              <bpmn:process id="Process_1" isExecutable="true" camunda:historyTimeToLive="P180D">
                <bpmn:startEvent id="StartEvent_1"/>
                <bpmn:userTask id="Task_Check" name="Thẩm định hồ sơ"/>
                <bpmn:exclusiveGateway id="Gateway_1" name="Hồ sơ hợp lệ?"/>
                <bpmn:userTask id="Task_2" camunda:candidateGroups="mot-cua"/>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Check"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="Gateway_1"/>
                <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_1" targetRef="Task_2">
                  <bpmn:conditionExpression>${hopLe}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_1" targetRef="Task_2"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private final List<ElementProblem> problems = new DeploymentValidator().validate(
            MODEL.getBytes(StandardCharsets.UTF_8), Set.of());

    @Test
    void aTaskIsNamedByItsKindAndNameAndItsIdStaysForScripts() {
        ElementProblem unassigned = at("Task_Check");
        assertThat(unassigned.text()).isEqualTo(EngineText.of("engine.model.unassigned"));
        assertThat(unassigned.place()).isEqualTo(EngineText.of("engine.place.task", "Thẩm định hồ sơ"));
        assertThat(unassigned.place().english()).isEqualTo("task 'Thẩm định hồ sơ'");
        assertThat(unassigned.message())
                .isEqualTo("a user task without assignee or candidate group: nobody would see it in a task list");
    }

    @Test
    void aFlowLeavingAGatewayNamesTheGatewayByItsNameAndAnUnnamedElementByItsId() {
        ElementProblem flow = at("Flow_No");
        assertThat(flow.place()).isEqualTo(EngineText.of("engine.place.flow", "Flow_No"));
        assertThat(flow.message()).isEqualTo("leaves gateway 'Hồ sơ hợp lệ?' without a condition and is not its "
                + "default flow: the engine could not choose");
        ElementProblem condition = at("Flow_Yes");
        assertThat(condition.text().key()).isEqualTo("engine.model.unknownName");
        assertThat(condition.text().args()).containsExactly(EngineText.of("engine.what.condition"), "${hopLe}",
                "hopLe");
        assertThat(condition.message()).startsWith("condition '${hopLe}' uses 'hopLe', which no form field");
    }

    @Test
    void aTaskFormNamesTheFieldByItsLabelAndADayTheCalendarDoesNotHave() {
        List<FormField> form = List.of(
                new FormField("ngayHen", "Ngày hẹn trả kết quả", FormFieldType.DATE, true, null, Map.of()),
                new FormField("ketQua", "Kết quả", FormFieldType.ENUM, true, null, Map.of("dat", "Đạt")));
        List<ElementProblem> found = new ArrayList<>();
        TaskForm.values(form, Map.of("ngayHen", "2025-02-31"), found);

        assertThat(found).extracting(ElementProblem::elementId).containsExactly("ngayHen", "ketQua");
        assertThat(found.get(0).place().english()).isEqualTo("Ngày hẹn trả kết quả");
        assertThat(found.get(0).text()).isEqualTo(EngineText.of("engine.form.noSuchDate", "31/02/2025"));
        assertThat(found.get(0).message()).isEqualTo("the date 31/02/2025 does not exist");
        assertThat(found.get(1).message()).isEqualTo("is required");
        found.clear();
        TaskForm.values(form, Map.of("ngayHen", "31/02/2025", "ketQua", "x"), found);
        assertThat(found).extracting(ElementProblem::message)
                .containsExactly("must be a date (YYYY-MM-DD)", "must be one of Đạt");
    }

    private ElementProblem at(String id) {
        return problems.stream().filter(p -> p.elementId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + id + " in " + problems));
    }
}
