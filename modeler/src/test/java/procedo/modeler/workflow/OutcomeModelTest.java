package procedo.modeler.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import procedo.catalog.error.Problem;
import procedo.engine.CaseOutcome;
import procedo.modeler.model.BpmnAnalyser;

/**
 * What a model says of its cases' ends and its applicant's steps, as the deployment reads it: the outcome of each
 * end event (explicit, or by its name), the advice on a model that cannot refuse, and the applicant's steps the
 * engine keeps out of officers' lists.
 */
class OutcomeModelTest {

    private static byte[] demo(String file) throws IOException {
        try (InputStream in = OutcomeModelTest.class.getResourceAsStream("/demo/models/" + file)) {
            return in.readAllBytes();
        }
    }

    private static byte[] model(String endEvents) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:procedo="http://procedo.vn/schema/bpmn" id="Defs" targetNamespace="http://procedo/test">
                  <bpmn:process id="P" isExecutable="true">
                    <bpmn:startEvent id="S"/>
                    %s
                    <bpmn:subProcess id="Sub"><bpmn:endEvent id="SubEnd" name="Từ chối bước con"/></bpmn:subProcess>
                  </bpmn:process>
                </bpmn:definitions>""".formatted(endEvents)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEndEventMeansWhatItsAttributeSaysElseWhatItsNameSays() {
        Map<String, CaseOutcome> ends = new BpmnAnalyser().endOutcomes(model("""
                <bpmn:endEvent id="A" name="Đã trả kết quả"/>
                <bpmn:endEvent id="B" name="Hồ sơ bị TỪ CHỐI"/>
                <bpmn:endEvent id="C" name="Kết thúc" procedo:outcome="REFUSED"/>
                <bpmn:endEvent id="D" name="Từ chối" procedo:outcome="WITHDRAWN"/>
                <bpmn:endEvent id="E" name="Không cấp giấy phép"/>"""));
        assertThat(ends).containsExactly(Map.entry("A", CaseOutcome.GRANTED), Map.entry("B", CaseOutcome.REFUSED),
                Map.entry("C", CaseOutcome.REFUSED), Map.entry("D", CaseOutcome.WITHDRAWN),
                Map.entry("E", CaseOutcome.REFUSED));
    }

    @Test
    void aModelThatCannotRefuseIsAdvisedOfItAndOneThatCanIsNot() throws IOException {
        assertThat(WorkflowService.refusalAdvice(model("<bpmn:endEvent id=\"A\" name=\"Kết thúc\"/>")))
                .singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("A");
                    assertThat(p.text().key()).isEqualTo("modeler.deploy.noRefusalEnd");
                });
        assertThat(WorkflowService.refusalAdvice(demo("1.001612.TO_BE.bpmn"))).extracting(Problem::location)
                .containsExactly("EndEvent_Registered");
        assertThat(WorkflowService.refusalAdvice(demo("1.001193.TO_BE.bpmn"))).isEmpty();
        assertThat(new BpmnAnalyser().endOutcomes(demo("1.001193.TO_BE.bpmn"))).containsExactly(
                Map.entry("EndEvent_Refused", CaseOutcome.REFUSED), Map.entry("EndEvent_Done", CaseOutcome.GRANTED));
    }

    @Test
    void theApplicantsStepsAreTheActivitiesOfTheApplicantsLane() throws IOException {
        assertThat(new BpmnAnalyser().applicantSteps(demo("1.001193.TO_BE.bpmn")))
                .containsExactlyInAnyOrder("Task_SubmitOnline", "Task_ReceiveResult", "Task_CollectPaper");
    }
}
